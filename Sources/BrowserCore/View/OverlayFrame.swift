import TerminalGrid

/// What the search and region overlays share: a cleared box, a title, and an input line.
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

    /// A hint in muted text, wrapped into `area`.
    static func drawHint(_ text: String, in area: Rect, into grid: inout Grid) {
        for (offset, line) in text.wrapped(toWidth: max(1, area.width - 1)).enumerated() where offset < area.height {
            grid.write(" " + line, at: Point(x: area.x, y: area.y + offset), width: area.width, role: .muted)
        }
    }
}
