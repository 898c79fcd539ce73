import TerminalGrid

/// The bottom bar: the keys of the focused context, from the key map, or a status message.
///
/// Hints are laid out in the key map's priority order until the width runs out; the help hint
/// is kept whatever happens, so `?` is always discoverable.
enum FooterPanel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area, role: .footer)
        if let status = state.status {
            grid.write(" " + status.text, at: area.origin, width: area.width, role: status.isWarning ? .warning : .footerKey)
            return
        }
        var x = area.x + 1
        for hint in fitting(hints(state), width: area.width - 1) {
            x += grid.put(hint.keys, at: Point(x: x, y: area.y), role: .footerKey, maxWidth: area.maxX - x)
            x += grid.put(" " + hint.label + "  ", at: Point(x: x, y: area.y), role: .footer, maxWidth: area.maxX - x)
        }
    }

    /// The hints of the context that has the keys.
    static func hints(_ state: BrowserState) -> [FooterHint] {
        var hints = state.keyMap.footerHints(for: state.keyContext, language: state.language, unicode: state.unicode)
        if state.overlay != nil, state.keyContext.acceptsText {
            // Every picker and the search follow one rule, said here: arrows move, letters type
            // (so `j` in a picker is text, never a move).
            let typing = FooterHint(keys: UIStrings.lettersKey(state.language), label: UIStrings.lettersType(state.language),
                                    command: .clearInput)
            hints.insert(typing, at: min(1, hints.count))
        }
        return hints
    }

    /// The hints that fit in `width`, in order, keeping the help hint.
    static func fitting(_ hints: [FooterHint], width: Int) -> [FooterHint] {
        let help = hints.first { $0.command == .help }
        // Each hint is followed by two spaces, except the last, whose separator may fall off the edge.
        var budget = width + 2 - (help.map { $0.width + 2 } ?? 0)
        var shown: [FooterHint] = []
        for hint in hints where hint.command != .help {
            guard hint.width + 2 <= budget else { continue }
            shown.append(hint)
            budget -= hint.width + 2
        }
        if let help, let index = hints.firstIndex(of: help) {
            // Keep the key map's order: help goes back where it was written.
            let before = shown.filter { hints.firstIndex(of: $0)! < index }.count
            shown.insert(help, at: before)
        }
        return shown
    }
}
