import ESSModel

/// The département, legal family and NAF section pickers, and the filter they set on the
/// imported actors of the Actors list.
extension BrowserState {
    /// Opens the picker of `facet`: its values among the imported actors of the list's territory
    /// and other facets, with their counts, the one in force selected.
    mutating func openFacetPicker(_ facet: ImportedFacet) {
        guard let source = data.importedActors else {
            setStatus(UIStrings.noDirectory)
            return
        }
        isEditingFilter = false
        let actors = sections[.actors] ?? SectionState()
        var picker = FacetPicker(facet: facet)
        let scope = actors.importScope ?? region?.region
        picker.values = source.facetCounts(facet, in: scope, matching: actors.importFilter.removing(facet))
        picker.allCount = source.count(in: scope, matching: actors.importFilter.removing(facet)) ?? 0
        picker.choices = facetChoices(picker.values, matching: "")
        let chosen = actors.importFilter.code(facet)
        picker.selection = picker.choices.firstIndex { $0?.choice.code == chosen } ?? 0
        overlay = .facetPicker(picker)
    }

    mutating func setFacetQuery(_ query: String) {
        guard case .facetPicker(var picker) = overlay else { return }
        picker.query = query
        picker.choices = facetChoices(picker.values, matching: query)
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

extension UIStrings {
    /// Before the facet values in force, in the header.
    public static let importedFilters = Localized(fr: "Importés", en: "Imported")
    public static let noDirectory = Localized(
        fr: "Aucun annuaire importé (ess import FICHIER)", en: "No directory imported (ess import FILE)")
    public static let noImportedResultsHint = Localized(
        fr: "x retire département, famille et NAF ; R retire la région",
        en: "x drops département, family and NAF; R drops the region")
    public static let noFacetValues = Localized(
        fr: "Aucun acteur importé n'a cette information ici (le fichier importé n'en donne peut-être pas).",
        en: "No imported actor has this here (the imported file may not give it).")
    public static let noImportFilter = Localized(
        fr: "Aucun filtre sur les acteurs importés", en: "No filter on the imported actors")
    /// The trail's step that dropped the facet filters.
    public static let noImportFilterCrumb = Localized(fr: "Acteurs sans filtres", en: "Actors, no filters")
    public static let importFilterCleared = Localized(
        fr: "Acteurs importés : filtres retirés", en: "Imported actors: filters dropped")

    /// "Acteurs importés : Rhône (69) · Associations".
    public static func importFilterApplied(_ labels: [String], _ language: Language) -> String {
        (language == .fr ? "Acteurs importés : " : "Imported actors: ") + labels.joined(separator: " · ")
    }

    /// The picker's note beside the input: how many values match.
    public static func facetValueCount(_ count: Int, _ language: Language) -> String {
        language == .fr ? "\(count) choix" : "\(count) choice\(count == 1 ? "" : "s")"
    }
}
