import ESSModel

/// Opening the département, legal family and NAF section pickers (``FacetPicker``), and the
/// filter they set on the imported actors of the Actors list.
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
        overlay = .facetPicker(FacetPicker(facet: facet, scope: actors.importScope ?? region?.region, filter: actors.importFilter))
    }

    /// The open picker's values, read from the directory.
    mutating func receiveFacetValues(_ facet: ImportedFacet, _ values: [ImportedFacetCount], allCount: Int) {
        guard case .facetPicker(var picker) = overlay, picker.facet == facet, picker.values == nil else { return }
        picker.receive(values, allCount: allCount)
        overlay = .facetPicker(picker)
    }

    /// The divisions of the NAF section the open picker opened.
    mutating func receiveNafDivisions(_ values: [ImportedFacetCount], of section: String) {
        guard case .facetPicker(var picker) = overlay else { return }
        picker.receiveDivisions(values, of: section)
        overlay = .facetPicker(picker)
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
