import ESSModel

/// The words of copy (`y`) and export (`E`), in both interface languages.
extension UIStrings {
    public static let copyTitle = Localized(fr: "Copier", en: "Copy")
    public static let copyHint = Localized(
        fr: "Entrée copie dans le presse-papiers (OSC 52, aussi par ssh et tmux)",
        en: "Enter copies to the clipboard (OSC 52, over ssh and tmux too)")

    public static func copied(_ what: String, _ language: Language) -> String {
        language == .fr ? "Copié dans le presse-papiers : \(what)" : "Copied to the clipboard: \(what)"
    }

    public static let noAddress = Localized(
        fr: "Aucune adresse web ou e-mail ici", en: "No web or e-mail address here")

    public static func opening(_ address: String, _ language: Language) -> String {
        language == .fr ? "Ouverture de \(address)" : "Opening \(address)"
    }

    public static let exportTitle = Localized(fr: "Exporter la liste en CSV", en: "Export the list as CSV")
    public static func exportHint(_ count: Int, _ language: Language) -> String {
        language == .fr
            ? "\(count) ligne\(count > 1 ? "s" : "") avec les filtres en cours ; Entrée écrit le fichier, Échap annule"
            : "\(count) row\(count == 1 ? "" : "s") with the filters in force; Enter writes the file, Esc cancels"
    }
    public static let exportNoPath = Localized(fr: "Indiquez un chemin de fichier", en: "Give a file path")
    public static let exportImportedLeftOut = Localized(
        fr: "les acteurs importés ne sont pas exportés ici (ess list actors --format csv)",
        en: "imported actors are not exported here (ess list actors --format csv)")

    public static func exported(_ count: Int, _ path: String, _ language: Language) -> String {
        language == .fr ? "\(count) ligne\(count > 1 ? "s" : "") écrite\(count > 1 ? "s" : "") dans \(path)"
            : "\(count) row\(count == 1 ? "" : "s") written to \(path)"
    }
}
