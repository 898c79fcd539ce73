import TerminalGrid

/// The `?` overlay: every command with its keys, generated from the key map, scrollable.
enum HelpOverlayPanel {
    static func render(_ help: HelpOverlay, lines: [HelpContent.Line], look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 3 else { return }
        OverlayFrame.draw(box, title: UIStrings.helpTitle(look.language), unicode: look.unicode, into: &grid)
        let keyWidth = min(HelpContent.keyColumn, rows.width / 3)
        for row in 0..<rows.height {
            let index = help.scroll + row
            guard lines.indices.contains(index) else { break }
            let point = Point(x: rows.x, y: rows.y + row)
            switch lines[index] {
            case .heading(let title):
                grid.write(" " + title, at: point, width: rows.width, role: .heading)
            case .entry(let keys, let text):
                grid.write("  " + keys, at: point, width: keyWidth, role: .accent)
                grid.write(" " + text, at: Point(x: point.x + keyWidth, y: point.y), width: rows.width - keyWidth, role: .overlay)
            case .blank:
                break
            }
        }
        let arrows = look.unicode ? ("▲", "▼") : ("^", "v")
        if help.scroll > 0 { grid.drawBorderNote(arrows.0, in: box, role: .borderFocused, top: true) }
        if help.scroll + rows.height < lines.count {
            grid.drawBorderNote(arrows.1 + " \(help.scroll + rows.height)/\(lines.count)", in: box, role: .borderFocused)
        }
    }
}
