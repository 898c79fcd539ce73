import TerminalGrid

/// A colour of the basic eight, or the terminal's own default.
enum ThemeColor: Int16, Sendable {
    case terminalDefault = -1
    case black = 0, red, green, yellow, blue, magenta, cyan, white
}

/// Attributes a role is drawn with, independent of curses' bit layout.
struct ThemeAttributes: OptionSet, Hashable, Sendable {
    let rawValue: UInt8
    static let bold = ThemeAttributes(rawValue: 1)
    static let reverse = ThemeAttributes(rawValue: 2)
    static let underline = ThemeAttributes(rawValue: 4)
    static let dim = ThemeAttributes(rawValue: 8)
}

/// How one role looks.
struct ThemeStyle: Hashable, Sendable {
    var foreground: ThemeColor = .terminalDefault
    var background: ThemeColor = .terminalDefault
    var attributes: ThemeAttributes = []
}

/// The mapping from semantic roles to looks, like tig's line-info table.
///
/// The monochrome table is the foundation: it alone must make every state visible (selection
/// reversed, focus bold, links underlined). The colour table adds colour on top and never drops
/// a monochrome attribute, so nothing depends on colour alone.
enum CursesTheme {
    static func style(for role: StyleRole, color: Bool, theme: ThemeName = .dark) -> ThemeStyle {
        var style = !color || theme == .mono ? ThemeStyle() : theme == .light ? lightColored(role) : colored(role)
        style.attributes.formUnion(monochrome(role))
        return style
    }

    /// Attributes only: what `NO_COLOR` and colourless terminals get.
    static func monochrome(_ role: StyleRole) -> ThemeAttributes {
        switch role {
        case .normal, .breadcrumb, .border, .bar, .barAlt, .overlay, .mapShade1, .mapShade2, .mapShade3: return []
        case .mapShade0: return .dim
        case .mapShade4: return .bold
        case .mapCursor: return [.reverse, .bold]
        case .title, .borderFocused, .accent, .heading, .warning, .error, .overlayTitle: return .bold
        case .header, .footer, .selectionInactive, .cursor: return .reverse
        case .headerAccent, .footerKey, .selection: return [.reverse, .bold]
        case .link, .input: return .underline
        case .linkSelected: return [.reverse, .underline]
        case .match: return [.underline, .bold]
        case .muted: return .dim
        }
    }

    /// The light theme: cyan and yellow, faint on white, give way to blue, magenta and red.
    private static func lightColored(_ role: StyleRole) -> ThemeStyle {
        switch role {
        case .title, .border, .borderFocused, .link, .selection, .linkSelected: return ThemeStyle(foreground: .blue)
        case .heading, .overlayTitle: return ThemeStyle(foreground: .magenta)
        case .warning, .error: return ThemeStyle(foreground: .red)
        case .breadcrumb: return ThemeStyle(foreground: .magenta)
        case .accent: return ThemeStyle(foreground: .green)
        case .headerAccent, .footerKey: return ThemeStyle(foreground: .blue, background: .white)
        case .header, .footer: return ThemeStyle(foreground: .white, background: .black)
        default: return colored(role)
        }
    }

    /// Colours, plus any attribute that only makes sense with them.
    private static func colored(_ role: StyleRole) -> ThemeStyle {
        switch role {
        case .normal, .overlay, .input, .cursor, .selectionInactive, .muted: return ThemeStyle()
        case .title: return ThemeStyle(foreground: .cyan)
        // Header and footer keep their monochrome reverse video, so their colours are given
        // swapped: reversed, blue-on-white shows as white text on a blue bar.
        case .header, .footer: return ThemeStyle(foreground: .blue, background: .white)
        case .headerAccent, .footerKey: return ThemeStyle(foreground: .blue, background: .yellow)
        case .breadcrumb: return ThemeStyle(foreground: .magenta)
        case .border: return ThemeStyle(foreground: .blue)
        case .borderFocused, .link: return ThemeStyle(foreground: .cyan)
        case .selection, .linkSelected: return ThemeStyle(foreground: .cyan)
        case .accent: return ThemeStyle(foreground: .green)
        case .heading, .warning, .overlayTitle: return ThemeStyle(foreground: .yellow)
        case .match: return ThemeStyle(foreground: .black, background: .yellow)
        case .error: return ThemeStyle(foreground: .red)
        case .bar: return ThemeStyle(foreground: .green)
        case .barAlt: return ThemeStyle(foreground: .magenta)
        // A sequence from cool to warm: the eight basic colours have no finer ramp.
        case .mapShade0, .mapCursor: return ThemeStyle()
        case .mapShade1: return ThemeStyle(foreground: .cyan)
        case .mapShade2: return ThemeStyle(foreground: .green)
        case .mapShade3: return ThemeStyle(foreground: .yellow)
        case .mapShade4: return ThemeStyle(foreground: .red)
        }
    }
}
