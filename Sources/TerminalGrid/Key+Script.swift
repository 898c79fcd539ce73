/// Reading keys from text: single key names for key-map tables, and key scripts for tests.
extension Key {
    /// Parses one key name: a single character (`j`, `?`), or a name with or without angle
    /// brackets (`Enter`, `<Enter>`, `C-c`, `A-x`, `A-Left`, `F5`, `Space`, `lt`).
    ///
    /// Names are case-insensitive; the character after `C-` is lower-cased (terminals cannot
    /// send Ctrl-Shift-letter), the one after `A-` is kept as written. Returns nil for an
    /// unknown name.
    public static func parse(name: String) -> Key? {
        var name = Substring(name)
        if name.count > 2, name.first == "<", name.last == ">" {
            name = name.dropFirst().dropLast()
        }
        if name.count == 1, let c = name.first { return .character(c) }
        let lower = name.lowercased()
        if let named = names.first(where: { $0.name.lowercased() == lower }) { return named.key }
        switch lower {
        case "space": return .character(" ")
        case "lt": return .character("<")
        case "gt": return .character(">")
        case "bar": return .character("|")
        default: break
        }
        if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...63).contains(n) {
            return .function(n)
        }
        if lower.hasPrefix("c-"), let c = modifiedCharacter(name.dropFirst(2)) {
            return controlKey(for: c)
        }
        if lower.hasPrefix("a-") || lower.hasPrefix("m-"), let c = modifiedCharacter(name.dropFirst(2)) {
            return .alt(c)
        }
        return nil
    }

    /// Parses a key script such as `"2/loire<Enter><Tab>j<BS>"` into keys.
    ///
    /// Plain characters stand for themselves; `<Name>` is any name ``parse(name:)`` accepts.
    /// A literal `<` is written `<lt>`. An unknown or unterminated name is an error, so a typo
    /// in a test fails loudly instead of typing stray characters.
    public static func parseScript(_ script: String) throws(KeyScriptError) -> [Key] {
        var keys: [Key] = []
        var index = script.startIndex
        while index < script.endIndex {
            let character = script[index]
            guard character == "<" else {
                keys.append(.character(character))
                index = script.index(after: index)
                continue
            }
            guard let close = script[index...].firstIndex(of: ">") else {
                throw .unterminatedName(String(script[index...]))
            }
            let name = String(script[script.index(after: index)..<close])
            guard let key = parse(name: name) else {
                throw .unknownName(name)
            }
            keys.append(key)
            index = script.index(after: close)
        }
        return keys
    }

    /// The key script that types `keys`: the inverse of ``parseScript(_:)``.
    public static func script(_ keys: [Key]) -> String {
        keys.map(\.description).joined()
    }

    // MARK: - Modifiers

    private static func modifiedCharacter(_ rest: Substring) -> Character? {
        if rest.count == 1 { return rest.first }
        switch rest.lowercased() {
        case "space": return " "
        case "lt": return "<"
        default: return nil
        }
    }

    /// Ctrl combinations that terminals send as the same byte as another key.
    private static func controlKey(for character: Character) -> Key {
        let lower = Character(character.lowercased())
        switch lower {
        case "i": return .tab
        case "m", "j": return .enter
        case "h": return .backspace
        case "[": return .escape
        default: return .control(lower)
        }
    }
}

/// Why a key script could not be read.
public enum KeyScriptError: Error, Hashable, Sendable, CustomStringConvertible {
    /// `<Name>` with a name no key has.
    case unknownName(String)
    /// A `<` with no `>` after it; write `<lt>` for a literal `<`.
    case unterminatedName(String)

    public var description: String {
        switch self {
        case .unknownName(let name): return "unknown key name <\(name)>"
        case .unterminatedName(let rest): return "missing '>' in key script at \"\(rest)\" (write <lt> for '<')"
        }
    }
}
