import TerminalGrid

/// Below 80×24: a centred message with the current size, and how to quit.
enum TooSmallPanel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let language = state.language
        let times = Glyphs.glyphs(unicode: state.unicode).times
        let lines = [
            (state.unicode ? UIStrings.tooSmall : UIStrings.tooSmallASCII)(language),
            UIStrings.currentSize("\(state.size.width)\(times)\(state.size.height)", language),
            UIStrings.quitHint(language),
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.maxY {
            let text = line.truncated(toWidth: area.width)
            let x = area.x + max(0, (area.width - text.displayWidth) / 2)
            grid.put(text, at: Point(x: x, y: top + offset), role: offset == 0 ? .warning : .muted)
        }
    }
}
