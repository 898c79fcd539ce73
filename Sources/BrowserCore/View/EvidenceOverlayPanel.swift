import ESSModel
import TerminalGrid

/// The `e` overlay: each fact, then indented its document and paragraph, opening words, the
/// source's reference and (with the documents) the sentence; scrollable like the help.
enum EvidenceOverlayPanel {
    static func render(_ evidence: EvidenceOverlay, look: Look, into grid: inout Grid, box area: Rect, rows: Rect) {
        guard area.width >= 4, area.height >= 3 else { return }
        OverlayFrame.draw(area, title: UIStrings.evidenceTitle(look.language) + " · " + TerminalText.sanitize(evidence.title),
                          unicode: look.unicode, into: &grid)
        let lines = lines(evidence, width: rows.width, language: look.language)
        let scroll = min(evidence.scroll, max(0, lines.count - 1))
        for row in 0..<rows.height {
            guard lines.indices.contains(scroll + row) else { break }
            let line = lines[scroll + row]
            _ = grid.write(line.text, at: Point(x: rows.x, y: rows.y + row), width: rows.width, role: line.role)
        }
        let arrows = look.unicode ? ("▲", "▼") : ("^", "v")
        if scroll > 0 { grid.drawBorderNote(arrows.0, in: area, role: .borderFocused, top: true) }
        if scroll + rows.height < lines.count {
            grid.drawBorderNote(arrows.1 + " \(scroll + rows.height)/\(lines.count)", in: area, role: .borderFocused)
        }
    }

    struct Line: Equatable {
        var text: String
        var role: StyleRole
    }

    /// The overlay's text wrapped to `width`: what it draws and how far it scrolls.
    static func lines(_ evidence: EvidenceOverlay, width: Int, language: Language) -> [Line] {
        var lines: [Line] = []
        func add(_ text: String, indent: Int, role: StyleRole) {
            let pad = String(repeating: " ", count: indent)
            for part in TerminalText.sanitize(text).wrapped(toWidth: max(1, width - indent)) {
                lines.append(Line(text: pad + part, role: role))
            }
        }
        for (index, entry) in evidence.entries.enumerated() {
            if index > 0 { lines.append(Line(text: "", role: .overlay)) }
            add(entry.fact, indent: 1, role: .heading)
            add(entry.locator, indent: 3, role: .overlay)
            if let opening = entry.opening { add(opening, indent: 3, role: .accent) }
            if let sentence = entry.sentence { add("« " + sentence + " »", indent: 3, role: .overlay) }
            if let reference = entry.reference { add(UIStrings.referenceLabel(language) + reference, indent: 3, role: .muted) }
        }
        return lines
    }
}
