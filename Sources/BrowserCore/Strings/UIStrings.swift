import ESSModel

/// Every piece of interface text the browser shows, in French and English.
///
/// Catalogue content stays as written (French); only the interface around it is translated.
/// Record labels (kinds, roles, page headings) come from the model's own tables.
public enum UIStrings {
    // MARK: - Helpers

    /// Between a label and its value: " : " in French, whose typography puts a space before a
    /// colon, ": " in English.
    public static func separator(_ language: Language) -> String { language == .fr ? " : " : ": " }

    /// "Région : Bretagne" / "Region: Bretagne".
    public static func labelled(_ label: String, _ value: String, _ language: Language) -> String {
        label + separator(language) + value
    }

    /// The noun for `count` things: French takes the plural from 2, English for all but 1.
    public static func plural(_ count: Int, _ singular: Localized, _ plural: Localized, _ language: Language) -> String {
        let isPlural = language == .fr ? count > 1 : count != 1
        return (isPlural ? plural : singular)(language)
    }

    /// "2 résultats" / "2 results": the count, then its noun made plural by an "s" where it takes one.
    public static func counted(_ count: Int, _ noun: Localized, _ language: Language) -> String {
        "\(count) " + plural(count, noun, Localized(fr: noun.fr + "s", en: noun.en + "s"), language)
    }

    // MARK: - Header and breadcrumb

    public static let region = Localized(fr: "Région", en: "Region")
    public static let filter = Localized(fr: "Filtre", en: "Filter")
    public static let allRegions = Localized(fr: "Toutes les régions", en: "All regions")
    public static let trail = Localized(fr: "Parcours", en: "Trail")

    // MARK: - Panes

    public static let noResults = Localized(fr: "Aucun résultat", en: "No results")
    /// The parts of the hint under "no results", each with the key the key map gives.
    public static func clearsFilter(_ key: String, _ language: Language) -> String {
        language == .fr ? "\(key) efface le filtre" : "\(key) clears the filter"
    }

    public static func dropsRegion(_ key: String, _ language: Language) -> String {
        language == .fr ? "\(key) retire la région" : "\(key) drops the region"
    }
    public static let outsideFilter = Localized(fr: "hors filtre", en: "outside filter")
    public static let nothingSelected = Localized(fr: "Aucune fiche sélectionnée", en: "Nothing selected")
    public static let details = Localized(fr: "Fiche", en: "Details")
    public static let identifier = Localized(fr: "id", en: "id")

    // MARK: - Timeline

    public static let periods = Localized(fr: "Périodes des programmes", en: "Programme periods")
    public static let undated = Localized(fr: "date non précisée", en: "date not given")
    public static let noDatedProgramme = Localized(fr: "Aucun programme daté", en: "No dated programme")
    public static let events = Localized(fr: "Événements", en: "Events")

    public static func more(_ count: Int, _ language: Language) -> String {
        "+ \(count) " + plural(count, Localized(fr: "autre", en: "more"), Localized(fr: "autres", en: "more"), language)
    }

    // MARK: - Overlays

    public static let helpTitle = Localized(fr: "Aide — toutes les touches", en: "Help — every key")
    public static let searchTitle = Localized(fr: "Rechercher dans tout le catalogue", en: "Search the whole catalogue")
    public static let searchHint = Localized(
        fr: "Tapez des mots : nom, sigle, lieu… (accents et majuscules indifférents)",
        en: "Type words: name, acronym, place… (accents and case do not matter)")
    public static let regionTitle = Localized(fr: "Choisir une région", en: "Choose a region")
    public static let regionHint = Localized(
        fr: "Tapez pour réduire la liste : nom, ancienne région ou code INSEE",
        en: "Type to narrow: name, former region or INSEE code")

    /// The help overlay's last line: what the mouse does.
    public static let mouse = Localized(fr: "Souris", en: "Mouse")
    public static let mouseHelp = Localized(
        fr: "clic : choisir une ligne, suivre un lien ; molette : faire défiler",
        en: "click: pick a row, follow a link; wheel: scroll")

    public static func resultCount(_ count: Int, _ language: Language) -> String {
        counted(count, Localized(fr: "résultat", en: "result"), language)
    }

    /// The region picker's note beside the input: how many regions match.
    public static func regionCount(_ count: Int, _ language: Language) -> String {
        counted(count, Localized(fr: "région", en: "region"), language)
    }

    // MARK: - Too small

    public static let tooSmall = Localized(fr: "terminal trop petit (80×24 minimum)", en: "terminal too small (needs 80×24)")
    public static let tooSmallASCII = Localized(fr: "terminal trop petit (80x24 minimum)", en: "terminal too small (needs 80x24)")

    public static func currentSize(_ size: String, _ language: Language) -> String {
        labelled(language == .fr ? "taille actuelle" : "current size", size, language)
    }

    public static let quitHint = Localized(fr: "q : quitter", en: "q: quit")

    // MARK: - Status messages

    public static let noLinkSelected = Localized(
        fr: "Aucun lien sélectionné : ↑/↓ pour en choisir un", en: "No link selected: ↑/↓ to pick one")
    public static let historyStart = Localized(fr: "Début de l'historique", en: "Nothing to go back to")
    public static let historyEnd = Localized(fr: "Fin de l'historique", en: "Nothing to go forward to")
    public static let noLinkedProgramme = Localized(
        fr: "Aucun programme ni acteur lié à cet événement", en: "No programme or actor linked to this event")
    public static let regionCleared = Localized(fr: "Filtre région retiré", en: "Region filter cleared")
    public static let noRegion = Localized(fr: "Aucun filtre région", en: "No region filter")
    public static let noRecord = Localized(fr: "Aucune fiche ici", en: "No record here")

    public static func regionApplied(_ name: String, _ language: Language) -> String {
        labelled(region(language), name, language)
    }

    public static func unknownKey(_ key: String, _ language: Language) -> String {
        language == .fr ? "Touche \(key) sans effet ici (? pour l'aide)" : "Key \(key) does nothing here (? for help)"
    }

    // MARK: - Dates

    private static let shortMonthsFR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août",
                                        "sept.", "oct.", "nov.", "déc."]
    private static let shortMonthsEN = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct",
                                        "Nov", "Dec"]

    /// A date inside its year, for the timeline where the year is the group heading:
    /// "28 avr.", "déc." / "Apr 28", "Dec"; empty for a year alone.
    public static func dayAndMonth(_ date: PartialDate?, _ language: Language) -> String {
        guard let date, let month = date.month, (1...12).contains(month) else { return "" }
        let name = (language == .fr ? shortMonthsFR : shortMonthsEN)[month - 1]
        guard let day = date.day else { return name }
        return language == .fr ? "\(day == 1 ? "1er" : String(day)) \(name)" : "\(name) \(day)"
    }
}
