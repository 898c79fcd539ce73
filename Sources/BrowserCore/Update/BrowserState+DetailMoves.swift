import ESSModel

/// The detail pane's cursor: from link to link while they are on screen, scrolling otherwise,
/// as text browsers do, so a long summary between two links is read, not skipped.
extension BrowserState {
    /// Lines the detail pane shows at once.
    var detailHeight: Int { max(1, BrowserLayout(self).detailText.height) }

    /// The lines on screen.
    var visibleDetailLines: Range<Int> {
        current.detailScroll..<(current.detailScroll + detailHeight)
    }

    mutating func moveInDetail(_ command: Command) {
        let height = detailHeight
        let maxScroll = max(0, detail.lines.count - height)
        switch command {
        case .moveDown: detailDown(maxScroll: maxScroll)
        case .moveUp: detailUp()
        case .pageDown: scrollDetail(to: current.detailScroll + max(1, height - 1), maxScroll: maxScroll)
        case .pageUp: scrollDetail(to: current.detailScroll - max(1, height - 1), maxScroll: maxScroll)
        case .moveFirst: scrollDetail(to: 0, maxScroll: maxScroll)
        case .moveLast: scrollDetail(to: maxScroll, maxScroll: maxScroll)
        default: break
        }
    }

    /// The next target if it starts on screen, else one line further down.
    private mutating func detailDown(maxScroll: Int) {
        let visible = visibleDetailLines
        let from = visibleCursor ?? -1
        let next = detail.targetLines.indices.first { $0 > from && detail.targetLines[$0].lowerBound >= visible.lowerBound }
        if let next, visible.contains(detail.targetLines[next].lowerBound) {
            select(target: next)
        } else {
            scrollDetail(to: current.detailScroll + 1, maxScroll: maxScroll)
        }
    }

    /// The previous target if it is on screen, else one line further up. With no cursor on
    /// screen (after scrolling to the end, say), the last target in view is picked.
    private mutating func detailUp() {
        let visible = visibleDetailLines
        let from = visibleCursor ?? Int.max
        if let previous = detail.targetLines.indices.last(where: {
            $0 < from && visible.contains(detail.targetLines[$0].lowerBound)
        }) {
            select(target: previous)
        } else {
            scrollDetail(to: current.detailScroll - 1, maxScroll: .max)
        }
    }

    /// Puts the cursor on a target and scrolls so that all its lines show.
    mutating func select(target: Int) {
        current.detailCursor = target
        let lines = detail.targetLines[target]
        current.detailScroll = Self.scroll(revealing: lines, from: current.detailScroll, height: detailHeight)
    }

    /// Scrolls, dropping the cursor if it leaves the screen: the next ↓ picks the first link
    /// in view instead of jumping back.
    mutating func scrollDetail(to line: Int, maxScroll: Int) {
        current.detailScroll = min(max(0, line), max(0, maxScroll))
        if visibleCursor == nil { current.detailCursor = nil }
    }

    /// The cursor, if the target it is on has a line on screen.
    var visibleCursor: Int? {
        guard let cursor = current.detailCursor, detail.targetLines.indices.contains(cursor) else { return nil }
        return detail.targetLines[cursor].overlaps(visibleDetailLines) ? cursor : nil
    }

    /// On entering the pane, the cursor goes to the first link or axis in view, if any.
    mutating func placeDetailCursor() {
        settle()
        guard current.detailCursor == nil else { return }
        let visible = visibleDetailLines
        current.detailCursor = detail.targetLines.indices.first { visible.contains(detail.targetLines[$0].lowerBound) }
    }

    // MARK: - Enter, folding

    /// Enter in the detail pane: follows the link under the cursor, folds the axis, or opens
    /// the web or e-mail address.
    mutating func followCursor() -> [Effect] {
        guard let cursor = visibleCursor else {
            setStatus(UIStrings.noLinkSelected)
            return []
        }
        switch detail.targets[cursor] {
        case .link(let id): open(id)
        case .axis(let id): toggleFold(id)
        case .address: return openSelectedAddress()
        }
        return []
    }

    mutating func toggleFoldUnderCursor() {
        guard let cursor = visibleCursor, case .axis(let id) = detail.targets[cursor] else { return }
        toggleFold(id)
    }

    mutating func toggleFold(_ axis: RecordID) {
        if foldedAxes.contains(axis) { foldedAxes.remove(axis) } else { foldedAxes.insert(axis) }
    }

    /// Folds or unfolds every axis of the page shown.
    mutating func foldAll(_ fold: Bool) {
        let axes = detail.targets.compactMap { target -> RecordID? in
            if case .axis(let id) = target { id } else { nil }
        }
        if fold { foldedAxes.formUnion(axes) } else { foldedAxes.subtract(axes) }
    }
}
