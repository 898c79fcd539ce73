import TerminalGrid

/// The table of contents: the page's title and headings, the one at the top of the page marked.
///
/// ```
/// ┌─ Sommaire · SRESS ───────────────────┐
/// │  Stratégie régionale de l'ESS      1 │
/// │▶ Axes et objectifs                42 │
/// ```
enum TableOfContentsPanel {
    static func render(_ contents: TableOfContents, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 3 else { return }
        let title = UIStrings.contentsTitle(look.language) + " · " + TerminalText.sanitize(contents.title)
        OverlayFrame.draw(box, title: title.truncated(toWidth: max(1, box.width - 6)), unicode: look.unicode, into: &grid)
        for line in 0..<rows.height {
            let index = contents.scroll + line
            guard contents.headings.indices.contains(index) else { break }
            let heading = contents.headings[index]
            let selected = index == contents.selection
            let role: StyleRole = selected ? .selection : .overlay
            let point = Point(x: rows.x, y: rows.y + line)
            // The line number, as the page's border counts them, tells how long each part is.
            let number = String(heading.line + 1)
            let numberWidth = number.displayWidth + 2
            grid.fill(Rect(x: point.x, y: point.y, width: rows.width, height: 1), role: role)
            var x = point.x + grid.write(selected ? look.glyphs.cursor : " ", at: point, width: 2, role: role)
            let indent = index == 0 ? "" : "  "
            x += grid.write(indent + heading.title, at: Point(x: x, y: point.y), width: max(0, rows.maxX - numberWidth - x),
                            role: index == 0 && !selected ? .heading : role)
            grid.write(number.leftPadded(toWidth: numberWidth - 1), at: Point(x: x, y: point.y), width: numberWidth - 1,
                       role: selected ? role : .muted)
        }
    }
}
