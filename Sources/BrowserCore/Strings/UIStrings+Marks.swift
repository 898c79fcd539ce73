import ESSModel

/// The words of marks and of the session kept between runs, in both interface languages.
extension UIStrings {
    public static let marksTitle = Localized(fr: "Fiches marquées", en: "Marked records")
    public static let noMarksHint = Localized(
        fr: "Aucune fiche marquée : b marque la fiche affichée.", en: "No marked record: b marks the record shown.")

    public static func markCount(_ count: Int, _ language: Language) -> String {
        "\(count) " + plural(count, Localized(fr: "fiche marquée", en: "marked record"),
                             Localized(fr: "fiches marquées", en: "marked records"), language)
    }

    public static func marked(_ name: String, _ language: Language) -> String {
        labelled(language == .fr ? "Marquée" : "Marked", name, language)
    }

    public static func unmarked(_ name: String, _ language: Language) -> String {
        labelled(language == .fr ? "Marque retirée" : "Unmarked", name, language)
    }

    /// Said at start when marked records are gone from the catalogue.
    public static func marksDropped(_ ids: [String], _ language: Language) -> String {
        let list = ids.prefix(3).joined(separator: ", ") + (ids.count > 3 ? "…" : "")
        return language == .fr
            ? "\(ids.count) marque\(ids.count > 1 ? "s" : "") retirée\(ids.count > 1 ? "s" : "") (fiche disparue du catalogue) : \(list)"
            : "\(ids.count) mark\(ids.count == 1 ? "" : "s") dropped (record no longer in the catalogue): \(list)"
    }

    public static let notInCatalogue = Localized(
        fr: "Cette fiche n'est pas dans le catalogue ouvert", en: "This record is not in the open catalogue")
}
