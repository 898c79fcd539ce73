import ESSModel
import TerminalGrid

/// The top bar: the section tabs, the count, and the active filters.
///
/// `[1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie`
/// `[1 Programmes] 2 3 4 5 │ 3/11 │ Région : Pays de la Loire │ Filtre : « loire »`
/// `1 [2 Acteurs] 3 4 5 │ 412/1 073 │ Importés : Rhône (69) · Associations`
/// The list's title already gives its size: the header counts only when a filter hides rows.
/// When the room is short, what the list pane already shows (the count, the text filter) is left
/// out first, then the other tabs shrink to their digits; the current section always keeps its
/// name, in brackets, so it shows without colour.
enum HeaderPanel {
    /// `tabs` and `spans` come from the layout, which made room for the one beside the other.
    static func render(_ state: BrowserState, tabs: [HeaderTab], spans: [Span], into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area, role: .header)
        for tab in tabs {
            let role: StyleRole = tab.section == state.section ? .headerAccent : .header
            grid.put(tab.text, at: Point(x: area.x + tab.columns.lowerBound, y: area.y), role: role,
                     maxWidth: area.maxX - tab.columns.lowerBound)
        }
        var x = area.x + (tabs.last?.columns.upperBound ?? 1)
        for span in spans {
            let room = area.maxX - x
            guard room > 0 else { break }
            let text = TerminalText.sanitize(span.text)
            x += grid.put(text.truncated(toWidth: room), at: Point(x: x, y: area.y), role: span.role, maxWidth: room)
        }
    }
}
