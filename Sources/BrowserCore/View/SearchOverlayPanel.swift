import TerminalGrid

/// The search overlay: the query, then hits grouped under their type.
///
/// ```
/// ┌─ Rechercher dans tout le catalogue ───────────┐
/// │› loire█                           12 résultats│
/// │                                               │
/// │ Programmes (2)                                │
/// │▶PROGRESS                    Programme terr…   │
/// ```
enum SearchOverlayPanel: Panel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard case .search(let search) = state.overlay, area.width >= 4, area.height >= 4 else { return }
        let language = state.language
        OverlayFrame.draw(area, title: UIStrings.searchTitle(language), unicode: state.unicode, into: &grid)
        let note = search.query.isEmpty ? "" : UIStrings.resultCount(search.hitCount, language)
        OverlayFrame.drawInput(search.query, note: note, in: area, unicode: state.unicode, into: &grid)
        let rows = BrowserLayout(state).overlayListRows
        if search.query.trimmingCharacters(in: .whitespaces).isEmpty {
            OverlayFrame.drawHint(UIStrings.searchHint(language), in: rows, into: &grid)
            return
        }
        if search.rows.isEmpty {
            OverlayFrame.drawHint(UIStrings.noResults(language), in: rows, into: &grid)
            return
        }
        for line in 0..<rows.height {
            let index = search.scroll + line
            guard search.rows.indices.contains(index) else { break }
            ListPanel.renderRow(search.rows[index], selected: index == search.selection ? .selection : nil,
                                state: state, into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
    }
}
