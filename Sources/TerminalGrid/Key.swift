/// A key press, decoded from whatever bytes the terminal sent.
///
/// Printable text arrives as `.character`, with the case already applied (`J` is
/// `.character("J")`, not shift-j). Ctrl with a letter arrives as `.control` with the lower-case
/// letter, except the combinations terminals cannot tell apart from other keys: Ctrl-I is
/// `.tab`, Ctrl-M and Ctrl-J are `.enter`, Ctrl-H is `.backspace`, Ctrl-[ is `.escape`.
public enum Key: Hashable, Sendable {
    case character(Character)
    case enter
    case escape
    case backspace
    case tab
    /// Shift-Tab.
    case backTab
    case up
    case down
    case left
    case right
    case pageUp
    case pageDown
    case home
    case end
    case delete
    case insert
    /// F1 to F12 (and beyond, if the terminal reports them).
    case function(Int)
    /// Ctrl with a key, the letter lower-cased: Ctrl-C is `.control("c")`.
    case control(Character)
    /// Alt (Meta) with a character: Alt-x is `.alt("x")`.
    case alt(Character)
    /// Alt-Left, commonly "back" in browsers.
    case altLeft
    /// Alt-Right, commonly "forward" in browsers.
    case altRight
}

// MARK: - Names

extension Key: CustomStringConvertible {
    /// The key in key-script notation: `j`, `<Enter>`, `<C-c>`, `<A-Left>`, `<PgDn>`, `<S-Tab>`.
    ///
    /// ``Key/parseScript(_:)`` reads these back, so descriptions concatenate into a script.
    public var description: String {
        switch self {
        case .character(let c):
            switch c {
            case "<": return "<lt>"
            case " ": return "<Space>"
            default: return c.isPrintableKeyCharacter ? String(c) : "<U+\(c.hexScalars)>"
            }
        case .control(let c): return "<C-\(c.keyScriptName)>"
        case .alt(let c): return "<A-\(c.keyScriptName)>"
        case .function(let n): return "<F\(n)>"
        default: return "<\(Key.names.first { $0.key == self }?.name ?? "?")>"
        }
    }

    /// Names of the keys that have no character, in their preferred spelling first.
    static let names: [(name: String, key: Key)] = [
        ("Enter", .enter), ("Esc", .escape), ("BS", .backspace), ("Tab", .tab),
        ("S-Tab", .backTab), ("Up", .up), ("Down", .down), ("Left", .left), ("Right", .right),
        ("PgUp", .pageUp), ("PgDn", .pageDown), ("Home", .home), ("End", .end),
        ("Del", .delete), ("Ins", .insert), ("A-Left", .altLeft), ("A-Right", .altRight),
        // Accepted aliases.
        ("Return", .enter), ("CR", .enter), ("Escape", .escape), ("Backspace", .backspace),
        ("BackTab", .backTab), ("PageUp", .pageUp), ("PageDown", .pageDown),
        ("Delete", .delete), ("Insert", .insert), ("M-Left", .altLeft), ("M-Right", .altRight),
    ]
}

extension Character {
    /// True for a character a key script can hold literally.
    fileprivate var isPrintableKeyCharacter: Bool {
        guard let first = unicodeScalars.first else { return false }
        return first.value >= 0x20 && first.value != 0x7F && !(first.value >= 0x80 && first.value < 0xA0)
            && first.properties.generalCategory != .format
    }

    /// How the character is spelled after `C-` or `A-`.
    fileprivate var keyScriptName: String {
        switch self {
        case "<": return "lt"
        case " ": return "Space"
        default: return isPrintableKeyCharacter ? String(self) : "U+\(hexScalars)"
        }
    }

    fileprivate var hexScalars: String {
        unicodeScalars.map { String($0.value, radix: 16, uppercase: true) }.joined(separator: "+")
    }
}
