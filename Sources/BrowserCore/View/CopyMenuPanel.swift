import ESSModel
import TerminalGrid

/// The copy menu: each choice with the start of the text it copies.
///
/// ```
/// ┌─ Copier (OSC 52) ──────────────────────────────┐
/// │ Entrée copie dans le presse-papiers            │
/// │                                                │
/// │▶Identifiant    progress                        │
/// │ Nom            PROGRESS                        │
/// │ Citation       PROGRESS — Programme territor…  │
/// ```
enum CopyMenuPanel {
    static func render(_ menu: CopyMenu, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.copyTitle(language), note: UIStrings.copyHint(language),
                          unicode: look.unicode, into: &grid)
        for (index, choice) in menu.choices.enumerated() where index < rows.height {
            let row = ListRow(id: RecordID(choice.label.en), text: choice.label(language),
                              detail: TerminalText.sanitize(choice.text))
            ListPanel.renderRow(row, selected: index == menu.selection ? .selection : nil, longestName: 14,
                                look: look, into: &grid, at: Point(x: rows.x, y: rows.y + index), width: rows.width)
        }
    }
}
