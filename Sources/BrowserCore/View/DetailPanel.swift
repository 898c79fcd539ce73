import ESSModel
import TerminalGrid

/// The right pane: the displayed record's page, as laid out by ``DetailDocument``.
///
/// The link or axis under the cursor gets a "▶" in the margin and, while the pane has focus,
/// the selected-link role; "▲"/"▼" in the border say there is more above or below.
enum DetailPanel: Panel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        let layout = BrowserLayout(state)
        let focused = state.focus == .detail && state.overlay == nil && !state.isEditingFilter
        grid.drawPane(area, title: title(state), focused: focused, unicode: state.unicode)
        let text = layout.detailText
        let document = state.detail
        guard !document.lines.isEmpty else {
            if text.height > 0 {
                grid.write(UIStrings.nothingSelected(state.language), at: text.origin, width: text.width, role: .muted)
            }
            return
        }
        let scroll = state.current.detailScroll
        let cursor = state.current.detailCursor
        let glyphs = Glyphs.glyphs(unicode: state.unicode)
        for row in 0..<text.height {
            let index = scroll + row
            guard document.lines.indices.contains(index) else { break }
            let line = document.lines[index]
            let selected = line.target != nil && line.target == cursor
            var spans = line.spans
            if selected && focused { spans = highlighted(spans) }
            grid.write(spans, at: Point(x: text.x, y: text.y + row), width: text.width)
            if selected && index == document.targetLines[cursor!].lowerBound {
                grid.put(glyphs.cursor, at: Point(x: text.x - 1, y: text.y + row), role: focused ? .linkSelected : .accent)
            }
        }
        let arrows = state.unicode ? ("▲", "▼") : ("^", "v")
        if scroll > 0 { grid.drawBorderNote(arrows.0, in: area, role: .border, top: true) }
        if scroll + text.height < document.lines.count {
            grid.drawBorderNote(arrows.1 + " \(scroll + text.height)/\(document.lines.count)", in: area, role: .border)
        }
    }

    /// The pane's title: the kind of record shown ("Programme", "Source").
    static func title(_ state: BrowserState) -> String {
        guard let id = state.current.displayedID, let type = state.catalogue.type(of: id) else {
            return UIStrings.details(state.language)
        }
        return UIStrings.typeSingular(type)(state.language)
    }

    /// The selected target's look: links reversed and underlined, other text reversed; the
    /// indent before the text stays plain.
    private static func highlighted(_ spans: [Span]) -> [Span] {
        var reachedText = false
        return spans.map { span in
            if !reachedText && span.text.allSatisfy({ $0 == " " }) { return span }
            reachedText = true
            switch span.role {
            case .link: return Span(span.text, .linkSelected)
            case .normal, .accent, .muted: return Span(span.text, .selection)
            default: return span
            }
        }
    }
}
