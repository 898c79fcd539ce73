import ESSMap
import TerminalGrid

/// Section 6: a status line naming the place under the cursor with its count, then the map with
/// its legend and the overseas insets, in place of the list and page panes.
///
/// `Rhône (69) · Auvergne-Rhône-Alpes : 412 acteurs importés`
/// `⠀⠀⣀⣤⣶⣿⣿⣷⣦⣄  …              Acteurs importés par département`
/// `…                              ⣿⣿ 120 – 1 234`
enum MapPanel {
    /// The body between the trail and the footer, less the status line and a column each side.
    static func mapArea(_ layout: BrowserLayout) -> Rect {
        let body = body(layout)
        return body.dropping(top: 1).inset(horizontal: 1, vertical: 0)
    }

    static func body(_ layout: BrowserLayout) -> Rect {
        Rect(x: layout.header.x, y: layout.listBox.y, width: layout.header.width, height: layout.listBox.height)
    }

    static func render(_ state: BrowserState, look: Look, into grid: inout Grid, layout: BrowserLayout) {
        let body = body(layout)
        guard !body.isEmpty else { return }
        grid.write(" " + state.mapStatusLine, at: Point(x: body.x, y: body.y), width: body.width, role: .accent)
        guard let picture = state.map.picture, let shading = state.map.shading else { return }
        picture.draw(shading, cursor: state.map.cursor, into: &grid)
        MapLegend.draw(shading, glyphs: picture.glyphs, none: UIStrings.mapNone(look.language), into: &grid, area: picture.legend)
    }
}
