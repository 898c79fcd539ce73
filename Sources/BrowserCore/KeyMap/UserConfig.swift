import TerminalGrid

/// The user's config file (`$XDG_CONFIG_HOME/ess/config`), read at start: the default key map
/// changed by `bind`, `unbind` and `footer` lines, and `set` lines for the theme and the
/// sources folder.
///
/// ```
/// # Move with the arrows only; b is free for something else.
/// unbind generic j
/// unbind generic k
/// bind   generic <C-j> move-down
/// set theme light
/// set sources ~/ess/seeds
/// set hyperlinks off
/// ```
public struct UserConfig: Hashable, Sendable {
    public var keyMap: KeyMap
    public var theme: ThemeName?
    /// The folder of the source documents, as written (a leading `~/` is the caller's to expand).
    public var sources: String?
    /// `set hyperlinks off` keeps web and e-mail addresses plain text (no OSC 8); nil: on.
    public var hyperlinks: Bool?

    public init(keyMap: KeyMap = .standard, theme: ThemeName? = nil, sources: String? = nil) {
        self.keyMap = keyMap
        self.theme = theme
        self.sources = sources
    }

    /// Reads `text` over `base`. Every mistake is returned, each at its line and column; the
    /// caller keeps the defaults when there is any, so a half-applied file never surprises.
    public static func parse(_ text: String, base: KeyMap = .standard) -> Result<UserConfig, ConfigErrors> {
        var config = UserConfig(keyMap: base)
        var errors: [ConfigError] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let words = Self.words(rawLine)
            guard let directive = words.first, !directive.text.hasPrefix("#") else { continue }
            if let problem = config.apply(directive.text, Array(words.dropFirst()), at: directive.column) {
                errors.append(ConfigError(line: index + 1, column: problem.column, message: problem.message, hint: problem.hint))
            }
        }
        return errors.isEmpty ? .success(config) : .failure(ConfigErrors(errors: errors))
    }

    // MARK: - Directives

    typealias Word = (text: String, column: Int)
    typealias Problem = (column: Int, message: String, hint: String)

    private mutating func apply(_ directive: String, _ words: [Word], at column: Int) -> Problem? {
        let end = (words.last.map { $0.column + $0.text.count } ?? column + directive.count)
        switch directive {
        case "bind":
            guard words.count == 3 else {
                return (words.count > 3 ? words[3].column : end, "bind takes a context, a key and a command",
                        "write: bind generic j move-down")
            }
            guard let context = KeyContext(rawValue: words[0].text) else { return Self.unknownContext(words[0]) }
            guard let key = Key.parse(name: words[1].text) else { return Self.unknownKey(words[1]) }
            guard let command = Command(rawValue: words[2].text) else { return Self.unknownCommand(words[2]) }
            keyMap.bind(key, to: command, in: context)
        case "unbind":
            guard words.count == 2 else {
                return (words.count > 2 ? words[2].column : end, "unbind takes a context and a key", "write: unbind generic j")
            }
            guard let context = KeyContext(rawValue: words[0].text) else { return Self.unknownContext(words[0]) }
            guard let key = Key.parse(name: words[1].text) else { return Self.unknownKey(words[1]) }
            guard keyMap.unbind(key, in: context) else {
                return (words[1].column, "\(words[1].text) is not bound in \(context.rawValue)",
                        "ess keys lists every binding with its context")
            }
        case "footer":
            switch KeyMapParser.parse("footer " + words.map(\.text).joined(separator: " ")) {
            case .failure(let errors):
                return (words.first?.column ?? end, errors.errors.first?.message ?? "bad footer", "write: footer list open-record help quit")
            case .success(let parsed):
                for (context, items) in parsed.footers { keyMap.setFooter(items, for: context) }
            }
        case "set":
            return set(words, end: end)
        default:
            return (column, "unknown directive '\(directive)'", "use bind, unbind, footer or set")
        }
        return nil
    }

    private mutating func set(_ words: [Word], end: Int) -> Problem? {
        guard let name = words.first else { return (end, "set takes a setting and a value", "write: set theme dark") }
        switch name.text {
        case "theme":
            guard words.count == 2 else {
                return (words.count > 2 ? words[2].column : end, "set theme takes one value", Self.themeHint)
            }
            guard let theme = ThemeName(rawValue: words[1].text) else {
                return (words[1].column, "unknown theme '\(words[1].text)'", Self.themeHint)
            }
            self.theme = theme
        case "hyperlinks":
            guard words.count == 2, let value = ["on": true, "off": false][words[1].text] else {
                return (words.count >= 2 ? words[1].column : end, "set hyperlinks takes on or off", "write: set hyperlinks off")
            }
            hyperlinks = value
        case "sources":
            guard words.count >= 2 else { return (end, "set sources takes a folder", "write: set sources ~/ess/seeds") }
            // A folder name may hold spaces: the rest of the line is the path.
            sources = words.dropFirst().map(\.text).joined(separator: " ")
        default:
            return (name.column, "unknown setting '\(name.text)'", "settings: theme, sources, hyperlinks")
        }
        return nil
    }

    private static let themeHint = "themes: " + ThemeName.allCases.map(\.rawValue).joined(separator: ", ")

    private static func unknownContext(_ word: Word) -> Problem {
        (word.column, "unknown context '\(word.text)'", "contexts: " + KeyContext.allCases.map(\.rawValue).joined(separator: ", "))
    }

    private static func unknownKey(_ word: Word) -> Problem {
        (word.column, "unknown key '\(word.text)'", "keys are written j, G, <Enter>, <C-r>, <A-Left>, <F1>, <Space>")
    }

    private static func unknownCommand(_ word: Word) -> Problem {
        let names = Command.allCases.map(\.rawValue)
        let close = names.filter { $0.hasPrefix(String(word.text.prefix(3))) }.prefix(3)
        return (word.column, "unknown command '\(word.text)'",
                close.isEmpty ? "ess keys lists every command" : "did you mean \(close.joined(separator: ", "))?")
    }

    /// The words of a line with their 1-based columns (counted in characters).
    private static func words(_ line: Substring) -> [Word] {
        var words: [Word] = []
        var current = ""
        var start = 0
        for (offset, character) in line.enumerated() {
            if character == " " || character == "\t" || character == "\r" {
                if !current.isEmpty { words.append((current, start + 1)) }
                current = ""
            } else {
                if current.isEmpty { start = offset }
                current.append(character)
            }
        }
        if !current.isEmpty { words.append((current, start + 1)) }
        return words
    }
}

/// One mistake in the config file, at a 1-based line and column, with how to fix it.
public struct ConfigError: Error, Hashable, Sendable {
    public var line: Int
    public var column: Int
    public var message: String
    public var hint: String
}

/// Every mistake of a config file.
public struct ConfigErrors: Error, Hashable, Sendable {
    public var errors: [ConfigError]

    /// `path:line:column: message (hint)`, one line per mistake.
    public func lines(path: String) -> [String] {
        errors.map { "\(path):\($0.line):\($0.column): \($0.message) (\($0.hint))" }
    }
}
