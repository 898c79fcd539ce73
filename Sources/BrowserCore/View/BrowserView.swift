import TerminalGrid

/// Draws the whole screen for `state`: a pure function of the state.
///
/// Below 80×24 only the "terminal too small" message is drawn; otherwise header, trail, the
/// panes of the section (with the chart on the timeline), the footer, and the open overlay.
/// In ASCII mode (no UTF-8) boxes and marks are ASCII, and so are the ellipses of cut text.
public func view(_ state: BrowserState) -> Grid {
    var grid = Grid(size: state.size)
    guard state.fitsMinimumSize else {
        TooSmallPanel.render(state, into: &grid, area: grid.bounds)
        return grid
    }
    let layout = BrowserLayout(state)
    HeaderPanel.render(state, into: &grid, area: layout.header)
    BreadcrumbPanel.render(state, into: &grid, area: layout.breadcrumb)
    if state.section == .timeline {
        TimelinePanel.render(state, into: &grid, area: layout.chart)
    }
    ListPanel.render(state, into: &grid, area: layout.listBox)
    DetailPanel.render(state, into: &grid, area: layout.detailBox)
    FooterPanel.render(state, into: &grid, area: layout.footer)
    if state.overlay != nil { dimBehind(layout.overlay, layout: layout, into: &grid) }
    switch state.overlay {
    case .help: HelpOverlayPanel.render(state, into: &grid, area: layout.overlay)
    case .search: SearchOverlayPanel.render(state, into: &grid, area: layout.overlay)
    case .regionPicker: RegionPickerPanel.render(state, into: &grid, area: layout.overlay)
    case .facetPicker: FacetPickerPanel.render(state, into: &grid, area: layout.overlay)
    case .evidence: EvidenceOverlayPanel.render(state, into: &grid, area: layout.overlay)
    case nil: break
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
