import ESSModel

/// The interface around the directory of imported actors: its list, its facet pickers, reading it.
extension UIStrings {
    // MARK: - The imported actors

    /// The mark beside each imported actor in a list.
    public static let importedMark = Localized(fr: "importé", en: "imported")
    /// The heading of a programme page's counts of imported actors.
    public static let importedInTerritory = Localized(fr: "Acteurs importés du territoire", en: "Imported actors in the territory")
    static let importedActors = Localized(fr: "Acteurs importés", en: "Imported actors")

    /// "Acteurs importés (1 000 000)", "Acteurs importés · Loire (12 345)", "(…)" while not
    /// counted; a filter's first matches: "(50 sur 1 234)", "(50 sur …)" while the matches are
    /// counted (`matchCount` nil), "(50 sur plus de 10 000)" past the bound, "(50 premiers)"
    /// where no count is asked (the search overlay).
    public static func importedHeading(count: Int?, scope: String?, searched: Bool, matchCount: ImportedMatchCount?? = .none,
                                       _ language: Language) -> String {
        let number = count.map { Formatting.number(Double($0), language) } ?? "…"
        var amount = number
        if searched && count ?? 0 >= BrowserState.importedSearchLimit {
            switch matchCount {
            case .none: amount = language == .fr ? "\(number) premiers" : "first \(number)"
            case .some(let counted): amount = number + (language == .fr ? " sur " : " of ") + matchTotal(counted, language)
            }
        }
        return importedActors(language) + (scope.map { " · " + $0 } ?? "") + " (\(amount))"
    }

    /// "1 234", "plus de 10 000" past the bound, "…" while counted.
    static func matchTotal(_ counted: ImportedMatchCount?, _ language: Language) -> String {
        guard let counted else { return "…" }
        let bound = BrowserState.importedMatchCountBound
        guard counted.count <= bound, counted.isExact else {
            let floor = Formatting.number(Double(min(counted.count, bound)), language)
            return (language == .fr ? "plus de " : "over ") + floor
        }
        return Formatting.number(Double(counted.count), language)
    }

    /// "Loire : 12 345 acteurs importés": a line of a programme's page that lists them.
    public static func importedCount(_ count: Int, in place: String, _ language: Language) -> String {
        let number = Formatting.number(Double(count), language)
        let actors = plural(count, Localized(fr: "acteur importé", en: "imported actor"),
                            Localized(fr: "acteurs importés", en: "imported actors"), language)
        return labelled(place, number + " " + actors, language)
    }

    // MARK: - Facets

    /// Before the facet values in force, in the header.
    public static let importedFilters = Localized(fr: "Importés", en: "Imported")
    public static let noDirectory = Localized(
        fr: "Aucun annuaire importé (ess import FICHIER)", en: "No directory imported (ess import FILE)")
    public static func dropsActorFilters(_ key: String, _ language: Language) -> String {
        language == .fr ? "\(key) retire département, famille et NAF" : "\(key) drops département, family and NAF"
    }
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
        labelled(importedActors(language), labels.joined(separator: " · "), language)
    }

    /// The picker's note beside the input: how many values match.
    public static func facetValueCount(_ count: Int, _ language: Language) -> String {
        "\(count) " + plural(count, Localized(fr: "choix", en: "choice"), Localized(fr: "choix", en: "choices"), language)
    }

    // MARK: - Reading the directory

    /// A detail page or a picker waiting for the directory.
    public static let reading = Localized(fr: "Lecture de l'annuaire…", en: "Reading the directory…")
    public static let importRunning = Localized(fr: "Import en cours…", en: "Import running…")
    public static let importDone = Localized(fr: "Annuaire modifié : Ctrl-R recharge", en: "Directory changed: Ctrl-R reloads")
    public static let importFinished = Localized(
        fr: "Import terminé : Ctrl-R recharge l'annuaire", en: "Import finished: Ctrl-R reloads the directory")
    public static let directoryReloaded = Localized(fr: "Annuaire rechargé", en: "Directory reloaded")

    /// "Annuaire illisible : …", a failed read in the status line.
    public static func directoryUnreadable(_ reason: String, _ language: Language) -> String {
        labelled(language == .fr ? "Annuaire illisible" : "Directory unreadable", reason, language)
    }
}
