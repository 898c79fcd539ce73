import ESSModel

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

    public static func lines(keyMap: KeyMap, language: Language, unicode: Bool) -> [Line] {
        var lines: [Line] = []
        for group in Command.Group.allCases {
            let entries = Command.allCases.filter { $0.group == group }.compactMap { command -> Line? in
                let keys = keyMap.allKeys(for: command)
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
