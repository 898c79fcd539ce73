import ESSModel
import TerminalGrid

/// How a key is named to a person, in the footer and the help overlay.
///
/// Not the key-script notation (`<PgDn>`), which is for files and tests: arrows as arrows, and
/// the names French keyboards print (Entrée, Échap, Début, Fin).
public enum KeyLabel {
    public static func label(_ key: Key, _ language: Language, unicode: Bool) -> String {
        let fr = language == .fr
        switch key {
        case .character(" "): return fr ? "Espace" : "Space"
        case .character(let c): return String(c)
        case .enter: return fr ? "Entrée" : "Enter"
        case .escape: return fr ? "Échap" : "Esc"
        case .backspace: return unicode ? "⌫" : "BS"
        case .tab: return "Tab"
        case .backTab: return unicode ? "⇧Tab" : "S-Tab"
        case .up: return unicode ? "↑" : "Up"
        case .down: return unicode ? "↓" : "Down"
        case .left: return unicode ? "←" : "Left"
        case .right: return unicode ? "→" : "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return fr ? "Début" : "Home"
        case .end: return fr ? "Fin" : "End"
        case .delete: return fr ? "Suppr" : "Del"
        case .insert: return fr ? "Inser" : "Ins"
        case .function(let n): return "F\(n)"
        case .control(let c): return "Ctrl-" + c.uppercased()
        case .alt(let c): return "Alt-\(c)"
        case .altLeft: return unicode ? "Alt-←" : "Alt-Left"
        case .altRight: return unicode ? "Alt-→" : "Alt-Right"
        }
    }
}

/// One hint of the footer: keys, then what they do.
public struct FooterHint: Hashable, Sendable {
    public var keys: String
    public var label: String
    public var command: Command

    public init(keys: String, label: String, command: Command) {
        self.keys = keys
        self.label = label
        self.command = command
    }

    /// Columns taken, key, space and label.
    public var width: Int { keys.displayWidth + 1 + label.displayWidth }
}

extension KeyMap {
    /// The footer of `context`, from its `footer` line and the keys bound there.
    ///
    /// Each command shows its first key in that context; a command with no key there is skipped,
    /// so the footer never advertises a key that does nothing.
    public func footerHints(for context: KeyContext, language: Language, unicode: Bool) -> [FooterHint] {
        (footers[context] ?? []).compactMap { item in
            let keyed = item.commands.compactMap { command in
                keys(for: command, in: context).first.map { (command, KeyLabel.label($0, language, unicode: unicode)) }
            }
            guard let first = keyed.first else { return nil }
            // "↑↓" reads as one key pair; letters need a slash ("h/l"); sections a range ("1-5").
            let arrows = keyed.allSatisfy { ["↑", "↓", "←", "→"].contains($0.1) }
            let joiner = first.0.group == Command.Group.sections ? "-" : arrows ? "" : "/"
            let names = keyed.map { $0.1 }.joined(separator: joiner)
            let label = keyed.count > 1
                ? (first.0.pairShort?(language) ?? keyed.map { $0.0.short(language) }.joined(separator: "/"))
                : first.0.short(language)
            return FooterHint(keys: names, label: label, command: first.0)
        }
    }
}
