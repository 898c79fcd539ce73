import ESSModel
import TerminalGrid

/// What the search, region and facet overlays share: a cleared box, a title, an input line and
/// picker lines.
enum OverlayFrame {
    /// Clears `rect` and draws its border and title.
    static func draw(_ rect: Rect, title: String, unicode: Bool, into grid: inout Grid) {
        grid.fill(rect, role: .overlay)
        grid.drawBox(rect, role: .borderFocused, title: title, titleRole: .overlayTitle, ascii: !unicode)
    }

    /// `› query█` on the first inner row, with a note (a count) right-aligned.
    static func drawInput(_ query: String, note: String, in rect: Rect, unicode: Bool, into grid: inout Grid) {
        let inner = rect.inset(by: 1)
        guard inner.height > 0, inner.width > 2 else { return }
        let noteWidth = note.isEmpty ? 0 : min(note.displayWidth + 1, inner.width / 3)
        let field = Rect(x: inner.x, y: inner.y, width: inner.width - noteWidth, height: 1)
        let prompt = unicode ? "› " : "> "
        var x = field.x + grid.put(prompt, at: field.origin, role: .accent, maxWidth: field.width)
        let room = max(0, field.maxX - x - 1)
        let text = TerminalText.sanitize(query)
        let shown = text.displayWidth > room ? String(String(text.reversed()).prefix(fittingWidth: room).text.reversed()) : text
        x += grid.put(shown, at: Point(x: x, y: field.y), role: .input, maxWidth: room)
        grid.put(" ", at: Point(x: x, y: field.y), role: .cursor, maxWidth: max(0, field.maxX - x))
        if noteWidth > 0 {
            grid.write(note, at: Point(x: inner.maxX - noteWidth + 1, y: inner.y), width: noteWidth - 1, role: .muted)
        }
    }

    /// Clears `rect`, draws its border and title, and a muted note on the first inner row: the
    /// frame of the lists without an input line (marks, copy menu).
    static func draw(_ rect: Rect, title: String, note: String, unicode: Bool, into grid: inout Grid) {
        draw(rect, title: title, unicode: unicode, into: &grid)
        let inner = rect.inset(by: 1)
        grid.write(" " + note, at: inner.origin, width: inner.width, role: .muted)
    }

    /// A hint in muted text, wrapped into `area`.
    static func drawHint(_ text: String, in area: Rect, into grid: inout Grid) {
        for (offset, line) in text.wrapped(toWidth: max(1, area.width - 1)).enumerated() where offset < area.height {
            grid.write(" " + line, at: Point(x: area.x, y: area.y + offset), width: area.width, role: .muted)
        }
    }

    /// A picker's line: `▶✓ name …   42`, the cursor on the selected line, a check on the
    /// choice in force, the count right-aligned (muted when 0).
    static func drawChoice(_ spans: [Span], count: Int, selected: Bool, active: Bool, look: Look,
                           into grid: inout Grid, at point: Point, width: Int) {
        let unicode = look.unicode
        let glyphs = look.glyphs
        let base: StyleRole = selected ? .selection : .overlay
        let countText = Formatting.number(Double(count), look.language)
        let countWidth = max(6, countText.displayWidth + 2)
        grid.fill(Rect(x: point.x, y: point.y, width: width, height: 1), role: base)
        var x = point.x
        x += grid.write(selected ? glyphs.cursor : " ", at: point, width: 1, role: base)
        x += grid.write(active ? (unicode ? "✓" : "*") : " ", at: Point(x: x, y: point.y), width: 2, role: selected ? base : .accent)
        let room = max(0, point.x + width - countWidth - x)
        grid.write(spans.map { Span(TerminalText.sanitize($0.text), $0.role) }.fittingWidth(room), at: Point(x: x, y: point.y), width: room)
        let countRole: StyleRole = selected ? base : (count == 0 ? .muted : .accent)
        grid.write(countText.leftPadded(toWidth: countWidth - 1) + " ", at: Point(x: point.x + width - countWidth, y: point.y),
                   width: countWidth, role: countRole)
    }
}
