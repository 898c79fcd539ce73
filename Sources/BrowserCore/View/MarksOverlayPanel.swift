import ESSModel
import TerminalGrid

/// The marks list: a count, then each marked record's name and id.
///
/// ```
/// ┌─ Fiches marquées ──────────────────────────────┐
/// │ 2 fiches marquées                              │
/// │                                                │
/// │▶★ PROGRESS                             progress │
/// │ ★ Loire Active                      loire-active│
/// ```
enum MarksOverlayPanel {
    static func render(_ marks: MarksOverlay, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.marksTitle(language), note: UIStrings.markCount(marks.entries.count, language),
                          unicode: look.unicode, into: &grid)
        if marks.entries.isEmpty {
            OverlayFrame.drawHint(UIStrings.noMarksHint(language), in: rows, into: &grid)
            return
        }
        for line in 0..<rows.height {
            let index = marks.scroll + line
            guard marks.entries.indices.contains(index) else { break }
            let mark = marks.entries[index]
            let row = ListRow(id: RecordID(mark.id), text: look.glyphs.mark + " " + mark.name, detail: mark.id)
            ListPanel.renderRow(row, selected: index == marks.selection ? .selection : nil,
                                look: look, into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
    }
}
