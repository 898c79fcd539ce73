/// Filling, restyling and box drawing on a ``Grid``.
extension Grid {
    /// Fills `rect` (clipped) with `character` in `role`; a space clears an area.
    public mutating func fill(_ rect: Rect, role: StyleRole, with character: Character = " ") {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        let text = String(character)
        for y in area.y..<area.maxY {
            var x = area.x
            while x < area.maxX {
                let used = put(text, at: Point(x: x, y: y), role: role, maxWidth: area.maxX - x)
                x += max(1, used)
            }
        }
    }

    /// Gives every cell of `rect` (clipped) the role `role` without changing its text, e.g. to
    /// highlight a selected row after drawing it.
    public mutating func setRole(_ rect: Rect, role: StyleRole) {
        let area = rect.intersection(bounds)
        guard !area.isEmpty else { return }
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX { restyle(x: x, y: y, role: role) }
        }
    }

    /// Draws a horizontal line of `length` columns from `point`.
    public mutating func drawHorizontalLine(at point: Point, length: Int, role: StyleRole, ascii: Bool = false) {
        guard length > 0 else { return }
        let glyph = BoxGlyphs.glyphs(ascii: ascii).horizontal
        put(String(repeating: glyph, count: length), at: point, role: role, maxWidth: length)
    }

    /// Draws a vertical line of `length` rows from `point`.
    public mutating func drawVerticalLine(at point: Point, length: Int, role: StyleRole, ascii: Bool = false) {
        let glyph = String(BoxGlyphs.glyphs(ascii: ascii).vertical)
        for y in point.y..<(point.y + max(0, length)) {
            put(glyph, at: Point(x: point.x, y: y), role: role)
        }
    }

    /// Draws the border of `rect` with an optional title in the top edge: `┌─ Title ───┐`.
    ///
    /// Uses light Unicode box characters, or `+`, `-` and `|` when `ascii` is true (terminals
    /// without UTF-8). The title is truncated with `…` to fit; the interior is left untouched.
    /// A rectangle narrower or shorter than 2 draws nothing.
    public mutating func drawBox(
        _ rect: Rect, role: StyleRole, title: String? = nil, titleRole: StyleRole? = nil, ascii: Bool = false
    ) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let g = BoxGlyphs.glyphs(ascii: ascii)
        let inner = rect.width - 2
        let top = String(g.topLeft) + String(repeating: g.horizontal, count: inner) + String(g.topRight)
        let bottom = String(g.bottomLeft) + String(repeating: g.horizontal, count: inner) + String(g.bottomRight)
        put(top, at: rect.origin, role: role)
        put(bottom, at: Point(x: rect.x, y: rect.maxY - 1), role: role)
        drawVerticalLine(at: Point(x: rect.x, y: rect.y + 1), length: rect.height - 2, role: role, ascii: ascii)
        drawVerticalLine(at: Point(x: rect.maxX - 1, y: rect.y + 1), length: rect.height - 2, role: role, ascii: ascii)
        if let title, !title.isEmpty, rect.width >= 7 {
            let text = " " + title.truncated(toWidth: rect.width - 6) + " "
            put(text, at: Point(x: rect.x + 2, y: rect.y), role: titleRole ?? role)
        }
    }
}

/// The characters of a box border, Unicode light lines or plain ASCII.
public struct BoxGlyphs: Hashable, Sendable {
    public var horizontal: Character
    public var vertical: Character
    public var topLeft: Character
    public var topRight: Character
    public var bottomLeft: Character
    public var bottomRight: Character
    /// `├` or `+`: where a horizontal separator meets a left border.
    public var teeRight: Character
    /// `┤` or `+`: where a horizontal separator meets a right border.
    public var teeLeft: Character

    public static let unicode = BoxGlyphs(
        horizontal: "─", vertical: "│", topLeft: "┌", topRight: "┐",
        bottomLeft: "└", bottomRight: "┘", teeRight: "├", teeLeft: "┤"
    )
    public static let ascii = BoxGlyphs(
        horizontal: "-", vertical: "|", topLeft: "+", topRight: "+",
        bottomLeft: "+", bottomRight: "+", teeRight: "+", teeLeft: "+"
    )

    public static func glyphs(ascii: Bool) -> BoxGlyphs { ascii ? .ascii : .unicode }
}
