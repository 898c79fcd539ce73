import ESSModel
import TerminalGrid

/// The text of the `?` overlay, generated from the key map: every command that has a key,
/// grouped, with all its keys.
public enum HelpContent {
    /// One line of the overlay.
    public enum Line: Hashable, Sendable {
        case heading(String)
        case entry(keys: String, help: String)
        case blank
    }

    /// Width of the keys column.
    public static let keyColumn = 20

    /// The contexts a user browses in; the others are overlays and inputs.
    static let browsing: [KeyContext] = [.list, .actors, .detail]

    /// The keys that really run `command`: those that do in the list or the page when any does,
    /// else those of the overlay or input it belongs to. A key an overlay gives another meaning
    /// (Space pages down in this help, folds an axis on a page) is listed only where it does
    /// that, so the help cannot promise what a key does not do.
    public static func keysDoing(_ command: Command, in keyMap: KeyMap) -> [Key] {
        let overlays = KeyContext.allCases.filter { ![.global, .generic].contains($0) && !browsing.contains($0) }
        for contexts in [browsing, overlays] {
            var keys: [Key] = []
            for context in contexts {
                for key in keyMap.keys(for: command, in: context) where !keys.contains(key) { keys.append(key) }
            }
            if !keys.isEmpty { return keys }
        }
        return keyMap.keys(for: command, in: .global)
    }

    public static func lines(keyMap: KeyMap, language: Language, unicode: Bool) -> [Line] {
        var lines: [Line] = []
        for group in Command.Group.allCases {
            let entries = Command.allCases.filter { $0.group == group }.compactMap { command -> Line? in
                let keys = keysDoing(command, in: keyMap)
                guard !keys.isEmpty else { return nil }
                let names = keys.map { KeyLabel.label($0, language, unicode: unicode) }
                return .entry(keys: names.joined(separator: " "), help: command.help(language))
            }
            guard !entries.isEmpty else { continue }
            if !lines.isEmpty { lines.append(.blank) }
            lines.append(.heading(group.title(language)))
            lines += entries
        }
        lines.append(.blank)
        lines.append(.entry(keys: UIStrings.mouse(language), help: UIStrings.mouseHelp(language)))
        return lines
    }
}
