import ESSModel
import TerminalGrid

/// What every panel draws with besides its model: the interface language and whether the
/// terminal shows Unicode.
///
/// A panel is an enum with a `render` function that receives its rectangle(s) from the layout
/// computed once per frame by ``view(_:)``, and its model: a list, an overlay, a laid-out page.
/// Panels are pure and never change what they draw; scroll offsets and selections were settled
/// by `update` before drawing.
struct Look {
    var language: Language
    var unicode: Bool

    var glyphs: Glyphs { .glyphs(unicode: unicode) }
}

extension Grid {
    /// Writes `text` sanitised, cut with "…" and padded with spaces to exactly `width` columns,
    /// so whatever the text holds, the next column starts where it should.
    @discardableResult
    mutating func write(_ text: String, at point: Point, width: Int, role: StyleRole) -> Int {
        guard width > 0 else { return 0 }
        let fitted = TerminalText.sanitize(text).padded(toWidth: width)
        return put(fitted, at: point, role: role, maxWidth: width)
    }

    /// Writes styled spans from `point`, clipped to `width` columns; returns the columns used.
    /// A span's link marks its cells, so the terminal shows them as a hyperlink.
    @discardableResult
    mutating func write(_ spans: [Span], at point: Point, width: Int) -> Int {
        var x = point.x
        for span in spans {
            let room = point.x + width - x
            guard room > 0 else { break }
            x += put(span.text, at: Point(x: x, y: point.y), role: span.role, maxWidth: room, link: span.link)
        }
        return x - point.x
    }

    /// A pane's border, with the title in the top edge. The focused pane has the focused
    /// border role and a "▶" before its title, so focus shows without colour.
    mutating func drawPane(_ rect: Rect, title: String, focused: Bool, unicode: Bool) {
        let glyphs = Glyphs.glyphs(unicode: unicode)
        let marked = focused ? glyphs.cursor + " " + title : title
        drawBox(rect, role: focused ? .borderFocused : .border, title: TerminalText.sanitize(marked),
                titleRole: focused ? .title : .border, ascii: !unicode)
    }

    /// A short note in a box's bottom edge, right-aligned: a position, "more below".
    mutating func drawBorderNote(_ note: String, in rect: Rect, role: StyleRole, top: Bool = false) {
        let width = note.displayWidth + 2
        guard rect.width >= width + 4, rect.height >= 2 else { return }
        let y = top ? rect.y : rect.maxY - 1
        put(" " + note + " ", at: Point(x: rect.maxX - 2 - width, y: y), role: role)
    }
}
