import TerminalGrid

/// Reads a key map written in tigrc style.
///
/// ```
/// # A comment: a line whose first non-blank character is '#'.
/// bind generic j         move-down
/// bind detail  <Space>   toggle-fold
/// footer list  move-up/move-down open-record help
/// ```
/// `bind CONTEXT KEY COMMAND` binds a key (any name ``Key/parse(name:)`` reads); a later line
/// for the same key and context wins. `footer CONTEXT ITEM…` lists the footer's hints in
/// priority order; `a/b` shows two commands as one hint. Every problem of every line is reported,
/// with its line number.
public enum KeyMapParser {
    public static func parse(_ text: String) -> Result<KeyMap, KeyMapErrors> {
        var map = KeyMap()
        var errors: [KeyMapError] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = rawLine.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let directive = words.first, !directive.hasPrefix("#") else { continue }
            let line = index + 1
            switch directive {
            case "bind":
                if let problem = parseBind(Array(words.dropFirst()), into: &map) {
                    errors.append(KeyMapError(line: line, message: problem))
                }
            case "footer":
                if let problem = parseFooter(Array(words.dropFirst()), into: &map) {
                    errors.append(KeyMapError(line: line, message: problem))
                }
            default:
                errors.append(KeyMapError(line: line, message: "unknown directive '\(directive)' (use bind or footer)"))
            }
        }
        return errors.isEmpty ? .success(map) : .failure(KeyMapErrors(errors: errors))
    }

    // MARK: - Directives

    private static func parseBind(_ words: [String], into map: inout KeyMap) -> String? {
        guard words.count == 3 else {
            return "bind takes a context, a key and a command, not \(words.count) word\(words.count == 1 ? "" : "s")"
        }
        guard let context = KeyContext(rawValue: words[0]) else { return unknownContext(words[0]) }
        guard let key = Key.parse(name: words[1]) else { return "unknown key '\(words[1])'" }
        guard let command = Command(rawValue: words[2]) else { return unknownCommand(words[2]) }
        map.bind(key, to: command, in: context)
        return nil
    }

    private static func parseFooter(_ words: [String], into map: inout KeyMap) -> String? {
        guard let contextName = words.first else { return "footer takes a context and at least one command" }
        guard let context = KeyContext(rawValue: contextName) else { return unknownContext(contextName) }
        var items: [KeyMap.FooterItem] = []
        for word in words.dropFirst() {
            var commands: [Command] = []
            for name in word.split(separator: "/", omittingEmptySubsequences: false) {
                guard let command = Command(rawValue: String(name)) else { return unknownCommand(String(name)) }
                commands.append(command)
            }
            items.append(KeyMap.FooterItem(commands: commands))
        }
        guard !items.isEmpty else { return "footer takes a context and at least one command" }
        map.setFooter(items, for: context)
        return nil
    }

    private static func unknownContext(_ name: String) -> String {
        "unknown context '\(name)' (contexts: \(KeyContext.allCases.map(\.rawValue).joined(separator: ", ")))"
    }

    private static func unknownCommand(_ name: String) -> String {
        let names = Command.allCases.map(\.rawValue)
        let close = names.filter { $0.hasPrefix(String(name.prefix(3))) }.prefix(3)
        return "unknown command '\(name)'" + (close.isEmpty ? "" : " (did you mean \(close.joined(separator: ", "))?)")
    }
}

/// One problem in a key map, at a 1-based line.
public struct KeyMapError: Error, Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var message: String

    public init(line: Int, message: String) {
        self.line = line
        self.message = message
    }

    public var description: String { "line \(line): \(message)" }
}

/// Every problem of a key map.
public struct KeyMapErrors: Error, Hashable, Sendable, CustomStringConvertible {
    public var errors: [KeyMapError]

    public var description: String { errors.map(\.description).joined(separator: "\n") }
}
