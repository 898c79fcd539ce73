import ESSModel

/// The map of France, in the browser and `ess map`.
extension UIStrings {
    public static let mapSection = Localized(fr: "Carte", en: "Map")
    /// The legend's line for places with no actor.
    public static let mapNone = Localized(fr: "aucun", en: "none")
    public static let mapSource = Localized(
        fr: "Sources : INSEE COG 2025 (centres des communes), RP 2021 ; annuaire importé",
        en: "Sources: INSEE COG 2025 (commune centres), census 2021; imported directory")
    public static let mapCounting = Localized(fr: "Comptage…", en: "Counting…")
    public static let mapNoDirectory = Localized(
        fr: "Aucun annuaire importé : la carte compte les acteurs importés (ess import FICHIER)",
        en: "No directory imported: the map counts imported actors (ess import FILE)")

    /// The legend's title: "Acteurs importés par département", "… pour 10 000 habitants".
    public static func mapTitle(by unit: String, perTenThousand: Bool, _ language: Language) -> String {
        if perTenThousand {
            return language == .fr ? "Acteurs importés pour 10 000 habitants" : "Imported actors per 10,000 inhabitants"
        }
        switch (unit, language) {
        case ("region", .fr): return "Acteurs importés par région"
        case ("region", _): return "Imported actors per region"
        case ("commune", .fr): return "Acteurs importés par commune"
        case ("commune", _): return "Imported actors per commune"
        case (_, .fr): return "Acteurs importés par département"
        default: return "Imported actors per département"
        }
    }

    /// "Carte des acteurs importés — 1 000 acteurs · Rhône (69)".
    public static func mapHeading(total: Int, filters: [String], _ language: Language) -> String {
        let number = Formatting.number(Double(total), language)
        let actors = plural(total, Localized(fr: "acteur", en: "actor"), Localized(fr: "acteurs", en: "actors"), language)
        let base = (language == .fr ? "Carte des acteurs importés — " : "Map of the imported actors — ") + number + " " + actors
        return ([base] + filters).joined(separator: " · ")
    }

    /// The status line over the map: "Rhône (69) · Auvergne-Rhône-Alpes : 412".
    public static func mapPlace(_ name: String, value: String, _ language: Language) -> String {
        labelled(name, value, language)
    }

    public static let mapRecordsTitle = Localized(
        fr: "Programmes, acteurs et événements du catalogue par région",
        en: "Catalogue programmes, actors and events per region")
    public static let mapNothingToLight = Localized(
        fr: "Cette fiche n'a pas de territoire en France à montrer sur la carte",
        en: "This page has no territory in France to show on the map")

    /// The legend's title with a record's territories lit.
    public static func mapLitTitle(_ name: String, _ language: Language) -> String {
        (language == .fr ? "Territoires de " : "Territories of ") + name
    }

    /// The word after a value in the status line.
    static func mapUnitWord(_ layer: MapLayer, _ language: Language) -> String {
        switch (layer, language) {
        case (.perTenThousand, .fr): "pour 10 000 hab."
        case (.perTenThousand, _): "per 10,000 inhabitants"
        case (.records, .fr): "fiches du catalogue dans la région"
        case (.records, _): "catalogue records in the region"
        case (.regions, .fr): "acteurs importés dans la région"
        case (.regions, _): "imported actors in the region"
        case (_, .fr): "acteurs importés"
        default: "imported actors"
        }
    }
}
