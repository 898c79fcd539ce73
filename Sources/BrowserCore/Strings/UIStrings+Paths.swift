import ESSModel

/// The words of the path overlay (`p`) and the neighbourhood tree (`X`).
extension UIStrings {
    /// "Chemin depuis PROGRESS" / "Path from PROGRESS".
    public static func pathTitle(from name: String, _ language: Language) -> String {
        (language == .fr ? "Chemin depuis " : "Path from ") + name
    }

    public static let pathHint = Localized(
        fr: "Tapez le nom, le sigle ou l'id de la fiche à rejoindre, puis Entrée.",
        en: "Type the name, acronym or id of the record to reach, then Enter.")

    /// "3 liens" / "3 links".
    public static func linkCount(_ count: Int, _ language: Language) -> String {
        counted(count, Localized(fr: "lien", en: "link"), language)
    }

    /// "Aucun chemin de liens entre A et B."
    public static func noPath(from start: String, to target: String, _ language: Language) -> String {
        language == .fr ? "Aucun chemin de liens entre « \(start) » et « \(target) »."
            : "No chain of links between “\(start)” and “\(target)”."
    }

    public static let noPathWhy = Localized(
        fr: "Les liens sont suivis dans les deux sens ; territoires et sources ne servent pas d'étapes.",
        en: "Links are followed both ways; territories and sources are not used as steps.")

    public static let noPathImported = Localized(
        fr: "Un acteur importé n'a pas de lien écrit, seulement un lieu : aucun chemin ne le rejoint.",
        en: "An imported actor has no written link, only a place: no chain reaches it.")

    public static let pathTypeAgain = Localized(
        fr: "Tapez pour choisir une autre cible.", en: "Type to choose another target.")

    public static let noRecordForPath = Localized(fr: "Aucune fiche affichée", en: "No record shown")

    public static let importedHasNoLinks = Localized(
        fr: "Acteur importé : pas de lien écrit à montrer", en: "Imported actor: no written link to show")

    /// "Voisinage de PROGRESS" / "Neighbourhood of PROGRESS".
    public static func neighbourhoodTitle(of name: String, _ language: Language) -> String {
        (language == .fr ? "Voisinage de " : "Neighbourhood of ") + name
    }

    public static let cycleNotUnfolded = Localized(
        fr: "Déjà plus haut dans cette branche : non déplié", en: "Already higher up this branch: not unfolded")

    public static let noLinksToUnfold = Localized(fr: "Aucun lien à déplier", en: "No link to unfold")

    /// Beside a node already higher up its branch.
    public static let cycleMark = Localized(fr: "déjà plus haut", en: "already above")

    public static let noLinks = Localized(fr: "Aucun lien écrit sur cette fiche.", en: "No written link on this record.")
}
