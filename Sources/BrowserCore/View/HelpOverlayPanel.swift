import TerminalGrid

/// The `?` overlay: every command with its keys, generated from the key map, scrollable.
enum HelpOverlayPanel: Panel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard case .help(let help) = state.overlay, area.width >= 4, area.height >= 3 else { return }
        OverlayFrame.draw(area, title: UIStrings.helpTitle(state.language), unicode: state.unicode, into: &grid)
        let rows = BrowserLayout(state).helpRows
        let lines = HelpContent.lines(keyMap: state.keyMap, language: state.language, unicode: state.unicode)
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
        let arrows = state.unicode ? ("▲", "▼") : ("^", "v")
        if help.scroll > 0 { grid.drawBorderNote(arrows.0, in: area, role: .borderFocused, top: true) }
        if help.scroll + rows.height < lines.count {
            grid.drawBorderNote(arrows.1 + " \(help.scroll + rows.height)/\(lines.count)", in: area, role: .borderFocused)
        }
    }
}
