import ESSModel
import TerminalGrid

/// Clicks and wheel turns, hit-tested against the same layout the view draws.
extension BrowserState {
    /// How many rows or lines one wheel notch scrolls.
    static let wheelStep = 3

    mutating func handle(_ event: MouseEvent) {
        guard fitsMinimumSize else { return }
        let layout = BrowserLayout(self)
        switch event.kind {
        case .press(button: 1): click(at: event.point, layout)
        case .wheelUp: wheel(-Self.wheelStep, at: event.point, layout)
        case .wheelDown: wheel(Self.wheelStep, at: event.point, layout)
        default: break
        }
    }

    // MARK: - Clicks

    private mutating func click(at point: Point, _ layout: BrowserLayout) {
        if overlay != nil {
            clickInOverlay(at: point, layout)
            return
        }
        isEditingFilter = false
        if layout.listRows.contains(point) {
            let row = current.scroll + point.y - layout.listRows.y
            let again = row == current.selection && focus == .list && current.aside == nil
            focus = .list
            guard current.rows.indices.contains(row), !current.rows[row].isHeading else { return }
            selectRow(row)
            if again { openSelectedRow() }
        } else if layout.listBox.contains(point) {
            focus = .list
        } else if layout.detailText.contains(point) {
            focus = .detail
            let line = current.detailScroll + point.y - layout.detailText.y
            guard detail.lines.indices.contains(line), let target = detail.lines[line].target else { return }
            current.detailCursor = target
            switch detail.targets[target] {
            case .link(let id): open(id)
            case .axis(let id): toggleFold(id)
            }
        } else if layout.detailBox.contains(point) {
            setFocus(.detail)
        } else if layout.header.contains(point) {
            if let tab = HeaderPanel.tabs(self, width: layout.header.width).first(where: { $0.columns.contains(point.x) }) {
                switchSection(to: tab.section)
            }
        } else if layout.chart.contains(point) {
            let bar = point.y - layout.chart.y - 2
            let shown = TimelinePanel.visibleBars(count: chart.spans.count, rows: layout.chart.height - 3)
            if bar >= 0 && bar < shown { open(chart.spans[bar].id) }
        }
    }

    /// A click on an overlay row picks it and acts on it; a click outside closes the overlay.
    private mutating func clickInOverlay(at point: Point, _ layout: BrowserLayout) {
        guard layout.overlay.contains(point) else {
            overlay = nil
            return
        }
        let rowsArea = layout.overlayListRows
        guard rowsArea.contains(point) else { return }
        switch overlay {
        case .search(var search):
            let row = search.scroll + point.y - rowsArea.y
            guard search.rows.indices.contains(row), !search.rows[row].isHeading else { return }
            search.selection = row
            overlay = .search(search)
            openSearchResult()
        case .regionPicker, .facetPicker:
            guard var picker = overlay?.pickerPosition else { return }
            let row = picker.scroll + point.y - rowsArea.y
            guard (0..<picker.count).contains(row) else { return }
            picker.selection = row
            overlay?.pickerPosition = picker
            if case .regionPicker = overlay { applyPickedRegion() } else { applyPickedFacet() }
        case .help, .evidence, nil:
            break
        }
    }

    // MARK: - Wheel

    private mutating func wheel(_ delta: Int, at point: Point, _ layout: BrowserLayout) {
        switch overlay {
        case .help:
            for _ in 0..<abs(delta) { scrollHelp(delta > 0 ? .moveDown : .moveUp) }
        case .evidence:
            for _ in 0..<abs(delta) { scrollEvidence(delta > 0 ? .moveDown : .moveUp) }
        case .search, .regionPicker, .facetPicker:
            for _ in 0..<abs(delta) { moveInOverlay(delta > 0 ? .moveDown : .moveUp) }
        case nil:
            if layout.listBox.contains(point) {
                scrollList(by: delta)
            } else if layout.detailBox.contains(point) {
                scrollDetail(to: current.detailScroll + delta, maxScroll: max(0, detail.lines.count - detailHeight))
            }
        }
    }
}
