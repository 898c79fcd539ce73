import ESSModel
import TerminalGrid

/// The right pane: the displayed record's page, as laid out by ``DetailDocument``.
///
/// The link or axis under the cursor gets a "▶" in the margin and, while the pane has focus,
/// the selected-link role; "▲"/"▼" in the border say there is more above or below.
enum DetailPanel {
    /// `scroll` and `cursor` are where the section left the page; `focused` whether it has the keys.
    static func render(_ document: DetailDocument, scroll: Int, cursor: Int?, title: String, focused: Bool, look: Look,
                       into grid: inout Grid, box: Rect, text: Rect) {
        grid.drawPane(box, title: title, focused: focused, unicode: look.unicode)
        // Beyond the page only while it is read (the place kept for it): drawn from its top.
        let scroll = min(scroll, max(0, document.lines.count - text.height))
        guard !document.lines.isEmpty else {
            if text.height > 0 {
                grid.write(UIStrings.nothingSelected(look.language), at: text.origin, width: text.width, role: .muted)
            }
            return
        }
        for row in 0..<text.height {
            let index = scroll + row
            guard document.lines.indices.contains(index) else { break }
            let line = document.lines[index]
            let selected = line.target != nil && line.target == cursor
            var spans = line.spans
            if selected && focused { spans = highlighted(spans) }
            grid.write(spans.fittingWidth(text.width), at: Point(x: text.x, y: text.y + row), width: text.width)
            if selected, let cursor, index == document.targetLines[cursor].lowerBound {
                grid.put(look.glyphs.cursor, at: Point(x: text.x - 1, y: text.y + row), role: focused ? .linkSelected : .accent)
            }
        }
        let arrows = look.unicode ? ("▲", "▼") : ("^", "v")
        if scroll > 0 { grid.drawBorderNote(arrows.0, in: box, role: .border, top: true) }
        if scroll + text.height < document.lines.count {
            grid.drawBorderNote(arrows.1 + " \(scroll + text.height)/\(document.lines.count)", in: box, role: .border)
        }
    }

    /// The pane's title: the kind of record shown ("Programme", "Source").
    static func title(_ state: BrowserState) -> String {
        guard let id = state.current.displayedID, let type = state.catalogue.type(of: id) ?? state.importedType(id) else {
            return marked(state, UIStrings.details(state.language))
        }
        return marked(state, UIStrings.typeSingular(type)(state.language))
    }

    /// The title with the mark glyph in front when the record shown is marked.
    private static func marked(_ state: BrowserState, _ title: String) -> String {
        guard let id = state.current.displayedID, state.isMarked(id) else { return title }
        return Glyphs.glyphs(unicode: state.unicode).mark + " " + title
    }

    /// The selected target's look: links reversed and underlined, other text reversed; the
    /// indent before the text stays plain.
    private static func highlighted(_ spans: [Span]) -> [Span] {
        var reachedText = false
        return spans.map { span in
            if !reachedText && span.text.allSatisfy({ $0 == " " }) { return span }
            reachedText = true
            switch span.role {
            case .link: return Span(span.text, .linkSelected, link: span.link)
            case .normal, .accent, .muted: return Span(span.text, .selection, link: span.link)
            default: return span
            }
        }
    }
}
