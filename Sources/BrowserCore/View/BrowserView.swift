import ESSModel
import TerminalGrid

/// Draws the whole screen for `state`: a pure function of the state.
///
/// Below 80×24 only the "terminal too small" message is drawn; otherwise header, trail, the
/// panes of the section (with the chart on the timeline), the footer, and the open overlay. The
/// layout is computed once here; each panel gets its rectangles and its model.
/// In ASCII mode (no UTF-8) boxes and marks are ASCII, and so are the ellipses of cut text.
public func view(_ state: BrowserState) -> Grid {
    var grid = Grid(size: state.size)
    guard state.fitsMinimumSize else {
        TooSmallPanel.render(state, into: &grid, area: grid.bounds)
        return grid
    }
    let layout = BrowserLayout(state)
    let look = Look(language: state.language, unicode: state.unicode)
    HeaderPanel.render(state, tabs: layout.tabs, spans: layout.headerSpans, into: &grid, area: layout.header)
    BreadcrumbPanel.render(state, into: &grid, area: layout.breadcrumb)
    if state.section == .timeline {
        let highlighted = state.current.selectedID.flatMap(state.catalogue.destination(ofEvent:))
        TimelinePanel.render(state.chart, bars: layout.chartBars, highlighted: highlighted, look: look, into: &grid, area: layout.chart)
    }
    if state.section == .map {
        MapPanel.render(state, look: look, into: &grid, layout: layout)
    } else {
        ListPanel.render(ListPanel.model(state), look: look, into: &grid, box: layout.listBox, rows: layout.listRows,
                         filterLine: layout.filterLine)
        DetailPanel.render(state.detail, scroll: state.current.detailScroll, cursor: state.current.detailCursor,
                           title: DetailPanel.title(state), focused: state.focus == .detail && state.overlay == nil && !state.isEditingFilter,
                           look: look, into: &grid, box: layout.detailBox, text: layout.detailText)
    }
    FooterPanel.render(state, into: &grid, area: layout.footer)
    if state.overlay != nil { dimBehind(layout.overlay, layout: layout, into: &grid) }
    switch state.overlay {
    case .help(let help):
        let lines = HelpContent.lines(keyMap: state.keyMap, language: state.language, unicode: state.unicode)
        HelpOverlayPanel.render(help, lines: lines, look: look, into: &grid, box: layout.overlay, rows: layout.helpRows)
    case .search(let search):
        SearchOverlayPanel.render(search, look: look, into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .regionPicker(let picker):
        RegionPickerPanel.render(picker, current: state.region, allCount: state.data.regionalRecordCount, look: look,
                                 into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .facetPicker(let picker):
        FacetPickerPanel.render(picker, chosen: state.sections[.actors]?.importFilter.code(picker.facet), look: look,
                                into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .evidence(let evidence):
        EvidenceOverlayPanel.render(evidence, look: look, into: &grid, box: layout.overlay, rows: layout.helpRows)
    case .tableOfContents(let contents):
        TableOfContentsPanel.render(contents, look: look, into: &grid, box: layout.overlay, rows: layout.helpRows)
    case .path(let path):
        PathOverlayPanel.render(path, state: state, look: look, into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .neighbourhood(let tree):
        NeighbourhoodPanel.render(tree, catalogue: state.catalogue, look: look, into: &grid, box: layout.overlay,
                                  rows: layout.overlayListRows)
    case .copy(let menu):
        CopyMenuPanel.render(menu, look: look, into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .export(let prompt):
        ExportPromptPanel.render(prompt, look: look, into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case .marks(let marks):
        MarksOverlayPanel.render(marks, look: look, into: &grid, box: layout.overlay, rows: layout.overlayListRows)
    case nil:
        break
    }
    if !state.unicode { asciiEllipses(&grid) }
    return grid
}

/// Without UTF-8 the "…" that TerminalGrid's truncation adds would reach the terminal as "?":
/// it is drawn as ".", in the same single column, so nothing moves.
private func asciiEllipses(_ grid: inout Grid) {
    for y in 0..<grid.height {
        for x in 0..<grid.width where grid[x, y].grapheme == "…" {
            grid.put(".", at: Point(x: x, y: y), role: grid[x, y].role)
        }
    }
}

/// Mutes the panes behind an overlay and clears a column on each side of it, so the overlay's
/// border stands apart from the pane borders it covers.
private func dimBehind(_ overlay: Rect, layout: BrowserLayout, into grid: inout Grid) {
    let body = Rect(x: 0, y: overlay.y, width: grid.width, height: overlay.height)
    grid.setRole(body, role: .muted)
    grid.fill(Rect(x: overlay.x - 1, y: overlay.y, width: overlay.width + 2, height: overlay.height), role: .normal)
}
