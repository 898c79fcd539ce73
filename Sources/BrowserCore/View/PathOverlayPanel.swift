import ESSModel
import TerminalGrid

/// The path overlay: the target's query, then its results or the chain of links to it.
///
/// ```
/// ┌─ Chemin depuis Samuel Jabrin ────────────────────┐
/// │› loire active█                            2 liens│
/// │                                                  │
/// │ Samuel Jabrin                                    │
/// │▶└─ Travaille pour → France Active AURA           │
/// │   └─ Membres → Loire Active                      │
/// ```
enum PathOverlayPanel {
    static func render(_ path: PathOverlay, state: BrowserState, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        let startName = state.pathName(of: path.start)
        OverlayFrame.draw(box, title: UIStrings.pathTitle(from: TerminalText.sanitize(startName), language), unicode: look.unicode,
                          into: &grid)
        switch path.phase {
        case .choosing:
            let note = path.hasQuery ? UIStrings.resultCount(path.rows.count(where: { !$0.isHeading }), language) : ""
            OverlayFrame.drawInput(path.query, note: note, in: box, unicode: look.unicode, into: &grid)
            renderResults(path, look: look, into: &grid, rows: rows)
        case .found(_, let steps):
            OverlayFrame.drawInput(path.query, note: UIStrings.linkCount(steps.count, language), in: box, unicode: look.unicode,
                                   into: &grid)
            renderSteps(path, steps: steps, state: state, look: look, into: &grid, rows: rows)
        case .none(let target, let imported):
            OverlayFrame.drawInput(path.query, note: "", in: box, unicode: look.unicode, into: &grid)
            let why = imported ? UIStrings.noPathImported(language) : UIStrings.noPathWhy(language)
            let text = UIStrings.noPath(from: startName, to: state.pathName(of: target), language)
            grid.write(" " + text, at: rows.origin, width: rows.width, role: .warning)
            OverlayFrame.drawHint(why + " " + UIStrings.pathTypeAgain(language), in: rows.dropping(top: 2), into: &grid)
        }
    }

    private static func renderResults(_ path: PathOverlay, look: Look, into grid: inout Grid, rows: Rect) {
        guard path.hasQuery else {
            OverlayFrame.drawHint(UIStrings.pathHint(look.language), in: rows, into: &grid)
            return
        }
        guard !path.rows.isEmpty else {
            OverlayFrame.drawHint(UIStrings.noResults(look.language), in: rows, into: &grid)
            return
        }
        SearchOverlayPanel.renderHits(path.rows, selection: path.selection, scroll: path.scroll, look: look, into: &grid, area: rows)
    }

    /// The start on the first row, then one row per step, each indented under the one before
    /// (as far as a quarter of the width), as `ess path` prints it.
    private static func renderSteps(_ path: PathOverlay, steps: [PathStep], state: BrowserState, look: Look,
                                    into grid: inout Grid, rows: Rect) {
        guard rows.height > 0 else { return }
        let glyphs = look.glyphs
        grid.write([Span(" "), Span(TerminalText.sanitize(state.pathName(of: path.start)), .title)].fittingWidth(rows.width),
                   at: rows.origin, width: rows.width)
        for line in 0..<(rows.height - 1) {
            let index = path.scroll + line
            guard steps.indices.contains(index) else { break }
            let step = steps[index]
            let selected = index == path.selection
            let point = Point(x: rows.x, y: rows.y + 1 + line)
            let base: StyleRole = selected ? .selection : .overlay
            grid.fill(Rect(x: point.x, y: point.y, width: rows.width, height: 1), role: base)
            let indent = String(repeating: " ", count: min(index * 3, rows.width / 4))
            let spans = [
                Span(selected ? glyphs.cursor : " ", base),
                Span(indent + (look.unicode ? "└─ " : "`- "), selected ? base : .border),
                Span(TerminalText.sanitize(step.relation.label(step.direction)(look.language)), selected ? base : .accent),
                Span(" " + glyphs.link + " ", selected ? base : .muted),
                Span(TerminalText.sanitize(state.pathName(of: step.to)), selected ? base : .link),
            ]
            grid.write(spans.fittingWidth(rows.width), at: point, width: rows.width)
        }
    }
}
