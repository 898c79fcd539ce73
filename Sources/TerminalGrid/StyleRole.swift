/// What a cell *means*, never what colour it is.
///
/// Renderers pick a role; only the backend maps roles to colours and attributes. This keeps the
/// core testable as text and lets a monochrome or `NO_COLOR` terminal use a mapping of attributes
/// alone. Roles that carry state (selection, focus, cursor) must stay visible without colour, so
/// the backend always gives them reverse video or bold, whatever the theme.
public enum StyleRole: String, CaseIterable, Hashable, Sendable {
    /// Ordinary text.
    case normal
    /// The application title.
    case title
    /// The top bar.
    case header
    /// Emphasised text in the top bar (counts, current mode).
    case headerAccent
    /// The bottom bar with key hints.
    case footer
    /// A key name inside the footer (`q`, `?`).
    case footerKey
    /// The navigation trail.
    case breadcrumb
    /// A pane border.
    case border
    /// The border of the pane that has focus (bold, not just coloured).
    case borderFocused
    /// The selected row of the focused pane (reverse video).
    case selection
    /// The selected row of a pane without focus (reverse video, dimmer).
    case selectionInactive
    /// A followable reference (underlined).
    case link
    /// The link under the cursor (reverse and underlined).
    case linkSelected
    /// Secondary text: identifiers, dates, hints.
    case muted
    /// Something to notice, without being a warning.
    case accent
    /// A section heading inside a pane (bold).
    case heading
    /// A search match.
    case match
    /// A recoverable problem.
    case warning
    /// An error message.
    case error
    /// A timeline bar. Draw it with glyphs (`█`, or `#` without Unicode), not coloured
    /// spaces: a monochrome terminal shows the glyphs but not the colour.
    case bar
    /// A second timeline bar colour to tell neighbours apart; use a different glyph too
    /// (`▓` or `=`), for the same reason.
    case barAlt
    /// The body of a modal overlay (help, dialogs).
    case overlay
    /// An overlay's title.
    case overlayTitle
    /// A text input field.
    case input
    /// The text cursor in an input field (reverse video).
    case cursor
    // Map shades, lightest (places with nothing) to darkest. Drawn with glyphs of growing
    // density as well, so the map reads without colour.
    case mapShade0
    case mapShade1
    case mapShade2
    case mapShade3
    case mapShade4
    /// The place under the map's cursor (reverse video).
    case mapCursor

    /// The map shade roles, lightest first.
    public static let mapShades: [StyleRole] = [.mapShade0, .mapShade1, .mapShade2, .mapShade3, .mapShade4]
}
