/// What sort of organisation an actor is.
public enum ActorKind: String, CaseIterable, Sendable, Codable {
    case commune, epci, pays, departement, region, etat, cress, reseau, financeur
    case entrepriseESS = "entreprise-ess"
    case ptce, dispositif
    case evenementRecurrent = "evenement-recurrent"
    case media, consulaire, recherche, entreprise, autre

    public var label: Localized {
        switch self {
        case .commune: Localized(fr: "Commune", en: "Municipality")
        case .epci: Localized(fr: "Intercommunalité", en: "Inter-municipal body")
        case .pays: Localized(fr: "Pays", en: "Pays (local area)")
        case .departement: Localized(fr: "Département", en: "Département")
        case .region: Localized(fr: "Région", en: "Region")
        case .etat: Localized(fr: "État", en: "State service")
        case .cress: Localized(fr: "CRESS", en: "CRESS")
        case .reseau: Localized(fr: "Réseau", en: "Network")
        case .financeur: Localized(fr: "Financeur", en: "Funder")
        case .entrepriseESS: Localized(fr: "Entreprise de l'ESS", en: "ESS enterprise")
        case .ptce: Localized(fr: "PTCE", en: "PTCE cluster")
        case .dispositif: Localized(fr: "Dispositif", en: "Support scheme")
        case .evenementRecurrent: Localized(fr: "Rendez-vous", en: "Event series")
        case .media: Localized(fr: "Média", en: "Media")
        case .consulaire: Localized(fr: "Chambre consulaire", en: "Chamber")
        case .recherche: Localized(fr: "Recherche", en: "Research")
        case .entreprise: Localized(fr: "Entreprise", en: "Company")
        case .autre: Localized(fr: "Autre", en: "Other")
        }
    }
}

/// What sort of public action a programme is.
public enum ProgrammeKind: String, CaseIterable, Sendable, Codable {
    case programmeTerritorial = "programme-territorial"
    case strategieRegionale = "strategie-regionale"
    case schemaMetropolitain = "schema-metropolitain"
    case politiqueLocale = "politique-locale"
    case politiqueRegionale = "politique-regionale"
    case reseau, contrat
    case appelAProjets = "appel-a-projets"
    case planDActions = "plan-d-actions"
    case experimentation
    case schemaRegional = "schema-regional"

    public var label: Localized {
        switch self {
        case .programmeTerritorial: Localized(fr: "Programme territorial", en: "Territorial programme")
        case .strategieRegionale: Localized(fr: "Stratégie régionale", en: "Regional strategy")
        case .schemaMetropolitain: Localized(fr: "Schéma métropolitain", en: "Metropolitan scheme")
        case .politiqueLocale: Localized(fr: "Politique locale", en: "Local policy")
        case .politiqueRegionale: Localized(fr: "Politique régionale", en: "Regional policy")
        case .reseau: Localized(fr: "Réseau", en: "Network")
        case .contrat: Localized(fr: "Contrat", en: "Contract")
        case .appelAProjets: Localized(fr: "Appel à projets", en: "Call for projects")
        case .planDActions: Localized(fr: "Plan d'actions", en: "Action plan")
        case .experimentation: Localized(fr: "Expérimentation", en: "Experiment")
        case .schemaRegional: Localized(fr: "Schéma régional", en: "Regional scheme")
        }
    }
}

/// Where a territory sits in the administrative hierarchy.
public enum TerritoryLevel: String, CaseIterable, Sendable, Codable {
    case commune, epci, pays, arrondissement, departement, region
    case ancienneRegion = "ancienne-region"
    case paysEtranger = "pays-etranger"
    case france

    public var label: Localized {
        switch self {
        case .commune: Localized(fr: "Commune", en: "Municipality")
        case .epci: Localized(fr: "Intercommunalité", en: "Inter-municipal area")
        case .pays: Localized(fr: "Pays", en: "Local area (pays)")
        case .arrondissement: Localized(fr: "Arrondissement", en: "Arrondissement")
        case .departement: Localized(fr: "Département", en: "Département")
        case .region: Localized(fr: "Région", en: "Region")
        case .ancienneRegion: Localized(fr: "Ancienne région", en: "Former region")
        case .paysEtranger: Localized(fr: "Pays étranger", en: "Foreign country")
        case .france: Localized(fr: "Pays", en: "Country")
        }
    }
}
