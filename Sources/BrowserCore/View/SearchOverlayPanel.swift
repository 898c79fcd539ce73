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
enum SearchOverlayPanel {
    static func render(_ search: SearchOverlay, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.searchTitle(language), unicode: look.unicode, into: &grid)
        let note = search.query.isEmpty ? "" : UIStrings.searchCount(listed: search.hitCount, matching: search.matchCount,
                                                                     capped: search.importedCapped, language)
        OverlayFrame.drawInput(search.query, note: note, in: box, unicode: look.unicode, into: &grid)
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
                                look: look, into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
    }
}
