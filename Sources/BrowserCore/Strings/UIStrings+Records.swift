import ESSModel

/// The names of record types and territory levels, and counts on record pages.
extension UIStrings {
    /// A record type in the singular, as the detail pane's title.
    public static func typeSingular(_ type: RecordType) -> Localized {
        switch type {
        case .programme: Localized(fr: "Programme", en: "Programme")
        case .actor: Localized(fr: "Acteur", en: "Actor")
        case .person: Localized(fr: "Personne", en: "Person")
        case .event: Localized(fr: "Événement", en: "Event")
        case .territory: Localized(fr: "Territoire", en: "Territory")
        case .source: Localized(fr: "Source", en: "Source")
        }
    }

    /// Record types as search results group them.
    public static func typeName(_ type: RecordType) -> Localized {
        switch type {
        case .programme: Localized(fr: "Programmes", en: "Programmes")
        case .actor: Localized(fr: "Acteurs", en: "Actors")
        case .person: Localized(fr: "Personnes", en: "People")
        case .event: Localized(fr: "Événements", en: "Events")
        case .territory: Localized(fr: "Territoires", en: "Territories")
        case .source: Localized(fr: "Sources", en: "Sources")
        }
    }

    /// The headings of the territories list, one per level.
    public static func levelHeading(_ level: TerritoryLevel) -> Localized {
        switch level {
        case .france: Localized(fr: "Pays", en: "Country")
        case .region: Localized(fr: "Régions", en: "Regions")
        case .ancienneRegion: Localized(fr: "Anciennes régions (avant 2016)", en: "Former regions (before 2016)")
        case .departement: Localized(fr: "Départements", en: "Départements")
        case .arrondissement: Localized(fr: "Arrondissements", en: "Arrondissements")
        case .pays: Localized(fr: "Pays (territoires de projet)", en: "Pays (local areas)")
        case .epci: Localized(fr: "Intercommunalités", en: "Inter-municipal bodies")
        case .commune: Localized(fr: "Communes", en: "Municipalities")
        case .paysEtranger: Localized(fr: "Pays étrangers", en: "Foreign countries")
        }
    }

    /// "2 objectifs" / "2 objectives": shown after a folded axis.
    public static func objectiveCount(_ count: Int, _ language: Language) -> String {
        counted(count, Localized(fr: "objectif", en: "objective"), language)
    }
}
