/// The labels of record pages, in both interface languages.
enum PageStrings {
    static let type = Localized(fr: "Type", en: "Type")
    static let territory = Localized(fr: "Territoire", en: "Territory")
    static let period = Localized(fr: "Période", en: "Period")
    static let date = Localized(fr: "Date", en: "Date")
    static let founded = Localized(fr: "Création", en: "Founded")
    static let website = Localized(fr: "Site", en: "Website")
    static let acronym = Localized(fr: "Sigle", en: "Acronym")
    static let fullName = Localized(fr: "Nom complet", en: "Full name")
    static let aliases = Localized(fr: "Autres noms", en: "Also known as")
    static let code = Localized(fr: "Code INSEE", en: "INSEE code")
    static let level = Localized(fr: "Niveau", en: "Level")
    static let publisher = Localized(fr: "Éditeur", en: "Publisher")
    static let file = Localized(fr: "Fichier", en: "File")
    static let url = Localized(fr: "Adresse", en: "URL")
    static let function = Localized(fr: "Fonction", en: "Role")
    static let summary = Localized(fr: "Résumé", en: "Summary")
    static let axes = Localized(fr: "Axes et objectifs", en: "Axes and objectives")
    static let figures = Localized(fr: "Chiffres clés", en: "Key figures")
    static let governance = Localized(fr: "Gouvernance", en: "Governance")
    static let links = Localized(fr: "Liens", en: "Links")
    static let events = Localized(fr: "Événements", en: "Events")
    static let dateUnknown = Localized(fr: "date non précisée", en: "date not given")
    static let person = Localized(fr: "Personne", en: "Person")
    static let event = Localized(fr: "Événement", en: "Event")
    static let source = Localized(fr: "Source", en: "Source")
    static let regionsLabel = Localized(fr: "Régions", en: "Regions")
    static let formerRegions = Localized(fr: "Anciennes régions", en: "Former regions")
    static let alsoIn = Localized(fr: "aussi dans : ", en: "also in: ")

    static func axesCount(_ axes: Int, _ objectives: Int, _ language: Language) -> String {
        language == .fr
            ? "\(axes) axe\(axes > 1 ? "s" : ""), \(objectives) objectif\(objectives > 1 ? "s" : "")"
            : "\(axes) ax\(axes > 1 ? "es" : "is"), \(objectives) objective\(objectives > 1 ? "s" : "")"
    }
}
