import ESSModel
import TerminalGrid

/// The export prompt: the path, then how many rows will be written.
enum ExportPromptPanel {
    static func render(_ prompt: ExportPrompt, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.exportTitle(language), unicode: look.unicode, into: &grid)
        OverlayFrame.drawInput(prompt.path, note: "", in: box, unicode: look.unicode, into: &grid)
        var hint = UIStrings.exportHint(prompt.rowCount, language)
        if prompt.leavesImportedOut { hint += " — " + UIStrings.exportImportedLeftOut(language) }
        OverlayFrame.drawHint(hint, in: rows, into: &grid)
    }
}
