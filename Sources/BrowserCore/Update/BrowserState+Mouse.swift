import ESSModel
import TerminalGrid

/// Clicks and wheel turns, hit-tested against the same layout the view draws.
extension BrowserState {
    /// How many rows or lines one wheel notch scrolls.
    static let wheelStep = 3

    mutating func handle(_ event: MouseEvent) -> [Effect] {
        guard fitsMinimumSize else { return [] }
        let layout = BrowserLayout(self)
        switch event.kind {
        case .press(button: 1): return click(at: event.point, layout)
        case .wheelUp: wheel(-Self.wheelStep, at: event.point, layout)
        case .wheelDown: wheel(Self.wheelStep, at: event.point, layout)
        default: break
        }
        return []
    }

    // MARK: - Clicks

    /// A click; a click on an address opens it, the one effect a click can have.
    private mutating func click(at point: Point, _ layout: BrowserLayout) -> [Effect] {
        if overlay != nil {
            clickInOverlay(at: point, layout)
            return []
        }
        isEditingFilter = false
        if section == .map, MapPanel.mapArea(layout).contains(point) {
            clickMap(at: point)
        } else if layout.listRows.contains(point) {
            let row = current.scroll + point.y - layout.listRows.y
            let again = row == current.selection && focus == .list && current.aside == nil
            focus = .list
            guard current.rows.indices.contains(row), !current.rows[row].isHeading else { return [] }
            selectRow(row)
            if again { openSelectedRow() }
        } else if layout.listBox.contains(point) {
            focus = .list
        } else if layout.detailText.contains(point) {
            focus = .detail
            let line = current.detailScroll + point.y - layout.detailText.y
            guard detail.lines.indices.contains(line), let target = detail.lines[line].target else { return [] }
            current.detailCursor = target
            switch detail.targets[target] {
            case .link(let id): open(id)
            case .axis(let id): toggleFold(id)
            case .address: return openSelectedAddress()
            }
        } else if layout.detailBox.contains(point) {
            setFocus(.detail)
        } else if layout.header.contains(point) {
            if let tab = layout.tabs.first(where: { $0.columns.contains(point.x) }) {
                switchSection(to: tab.section)
            }
        } else if layout.chart.contains(point) {
            let bar = point.y - layout.chart.y - 2
            if bar >= 0 && bar < layout.chartBars { open(chart.spans[bar].id) }
        }
        return []
    }

    /// A click on an overlay row picks it and acts on it; a click outside closes the overlay.
    private mutating func clickInOverlay(at point: Point, _ layout: BrowserLayout) {
        guard layout.overlay.contains(point) else {
            overlay = nil
            return
        }
        let rowsArea = overlayRows(layout)
        guard rowsArea.contains(point), var open = overlay else { return }
        let outcome = open.click(row: point.y - rowsArea.y)
        overlay = open
        carryOut(outcome)
    }

    // MARK: - Wheel

    private mutating func wheel(_ delta: Int, at point: Point, _ layout: BrowserLayout) {
        switch overlay {
        case .some:
            for _ in 0..<abs(delta) { performInOverlay(delta > 0 ? .moveDown : .moveUp) }
        case nil:
            if layout.listBox.contains(point) {
                scrollList(by: delta)
            } else if layout.detailBox.contains(point) {
                scrollDetail(to: current.detailScroll + delta, maxScroll: max(0, detail.lines.count - detailHeight))
            }
        }
    }
}
