import ESSModel

extension CatalogueRecord {
    /// The name a list shows: the acronym first where the record has one its name does not
    /// already start with (`SRESS — Stratégie régionale…`), so records cut at the same width
    /// can still be told apart.
    var listName: String {
        let acronym: String? = switch self {
        case let programme as Programme: programme.acronym
        case let actor as Actor: actor.acronym
        default: nil
        }
        guard let acronym, !acronym.isEmpty else { return displayName }
        let words = TextFolding.fold(displayName).split { !$0.isLetter && !$0.isNumber }
        guard !words.contains(Substring(TextFolding.fold(acronym))) else { return displayName }
        return acronym + " — " + displayName
    }
}
