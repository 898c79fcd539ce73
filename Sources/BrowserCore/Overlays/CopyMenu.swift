import ESSModel

/// The `y` overlay: what of the record shown can be copied (its id, its name, a citation),
/// each with the text that would be copied.
public struct CopyMenu: Hashable, Sendable {
    public struct Choice: Hashable, Sendable {
        public var label: Localized
        public var text: String
    }

    public let choices: [Choice]
    var cursor = ListCursor()

    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    /// The text of the chosen line.
    public var chosen: Choice? { choices.indices.contains(cursor.selection) ? choices[cursor.selection] : nil }

    init(choices: [Choice]) {
        self.choices = choices
    }

    /// The menu for `id`, named `name`: a catalogue record's citation names its sources.
    init(id: RecordID, name: String, catalogue: Catalogue, language: Language) {
        choices = [
            Choice(label: Localized(fr: "Identifiant", en: "Id"), text: id.rawValue),
            Choice(label: Localized(fr: "Nom", en: "Name"), text: name),
            Choice(label: Localized(fr: "Citation", en: "Citation"), text: Self.citation(id: id, name: name, catalogue: catalogue, language: language)),
        ]
    }

    mutating func perform(_ command: Command, page: Int) {
        cursor.move(command, count: choices.count, page: page)
    }

    /// `Name — subtitle. Sources : Title (Publisher, date), url. ess : id` — what a note or a
    /// report needs to find the record again and the documents it rests on.
    static func citation(id: RecordID, name: String, catalogue: Catalogue, language: Language) -> String {
        guard let record = catalogue.record(id) else { return "\(name). ess\(UIStrings.separator(language))\(id.rawValue)" }
        var text = record.displayName
        let subtitle = catalogue.subtitle(of: record, language)
        if !subtitle.isEmpty { text += " — " + subtitle }
        let sources = record.sources.compactMap { catalogue.record($0) as? Source }.map { source -> String in
            let details = [source.publisher.map { catalogue.name(of: $0) }, source.date.map { Formatting.date($0, language) }].compactMap { $0 }
            return source.title + (details.isEmpty ? "" : " (" + details.joined(separator: ", ") + ")") + (source.url.map { ", " + $0 } ?? "")
        }
        if !sources.isEmpty {
            text += ". " + (language == .fr ? "Sources" : "Sources") + UIStrings.separator(language) + sources.joined(separator: " ; ")
        }
        return text + ". ess" + UIStrings.separator(language) + id.rawValue
    }
}
