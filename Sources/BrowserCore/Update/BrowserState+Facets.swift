import ESSModel

/// The département, legal family and NAF section pickers, and the filter they set on the
/// imported actors of the Actors list.
extension BrowserState {
    /// Opens the picker of `facet`: its values among the imported actors of the list's territory
    /// and other facets, with their counts, the one in force selected.
    mutating func openFacetPicker(_ facet: ImportedFacet) {
        guard data.importedActors != nil else {
            setStatus(UIStrings.noDirectory)
            return
        }
        isEditingFilter = false
        let actors = sections[.actors] ?? SectionState()
        var picker = FacetPicker(facet: facet)
        picker.scope = actors.importScope ?? region?.region
        picker.otherFilters = actors.importFilter.removing(facet)
        picker.chosen = actors.importFilter.code(facet)
        overlay = .facetPicker(picker)
    }

    /// The picker's values, read from the directory: the one in force selected unless the user
    /// has started typing.
    mutating func receiveFacetValues(_ facet: ImportedFacet, _ values: [ImportedFacetCount], allCount: Int) {
        guard case .facetPicker(var picker) = overlay, picker.facet == facet, picker.values == nil else { return }
        picker.values = values
        picker.allCount = allCount
        picker.choices = facetChoices(values, matching: picker.query)
        picker.selection = picker.query.isEmpty ? picker.choices.firstIndex { $0?.choice.code == picker.chosen } ?? 0 : 0
        overlay = .facetPicker(picker)
    }

    mutating func setFacetQuery(_ query: String) {
        guard case .facetPicker(var picker) = overlay else { return }
        picker.query = query
        picker.choices = picker.values.map { facetChoices($0, matching: query) } ?? []
        picker.selection = 0
        picker.scroll = 0
        overlay = .facetPicker(picker)
    }

    /// With no query, "all" then every value. With one, the values whose code is the query,
    /// then those whose label starts with it, then those containing it.
    func facetChoices(_ values: [ImportedFacetCount], matching query: String) -> [ImportedFacetCount?] {
        let folded = TextFolding.fold(query)
        let code = query.trimmingCharacters(in: .whitespaces).uppercased()
        guard !folded.isEmpty else { return [nil] + values.map(Optional.some) }
        let ranked = values.enumerated().compactMap { index, value -> (Int, Int, ImportedFacetCount)? in
            let label = TextFolding.fold(value.choice.label)
            if value.choice.code.uppercased() == code { return (0, index, value) }
            if label.hasPrefix(folded) { return (1, index, value) }
            if label.contains(folded) { return (2, index, value) }
            return nil
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Optional.some($0.2) }
    }

    mutating func applyPickedFacet() {
        guard case .facetPicker(let picker) = overlay, picker.choices.indices.contains(picker.selection) else { return }
        overlay = nil
        var filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
        filter[picker.facet] = picker.choices[picker.selection]?.choice
        applyImportFilter(filter)
    }

    /// Shows the Actors list with its imported actors narrowed to `filter`, the first selected.
    /// A step of the trail: go-back returns to the list as it was.
    mutating func applyImportFilter(_ filter: ImportedActorFilter) {
        guard data.importedActors != nil else {
            setStatus(UIStrings.noDirectory)
            return
        }
        overlay = nil
        let actors = sections[.actors] ?? SectionState()
        if section != .actors || actors.importFilter != filter {
            visit(Location(section: .actors, record: nil, focus: .list, importScope: actors.importScope, importFilter: filter))
        }
        status = StatusMessage(filter.isEmpty ? UIStrings.importFilterCleared(language)
                                              : UIStrings.importFilterApplied(filter.labels, language))
    }

    mutating func clearImportFilter() {
        guard data.importedActors != nil, sections[.actors]?.importFilter.isEmpty == false else {
            setStatus(data.importedActors == nil ? UIStrings.noDirectory : UIStrings.noImportFilter)
            return
        }
        applyImportFilter(ImportedActorFilter())
    }
}
