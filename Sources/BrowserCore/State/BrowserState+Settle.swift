import ESSModel

/// Keeping what is derived consistent after every action: the laid-out detail page, selections
/// inside their lists, and scroll offsets that show the selection.
extension BrowserState {
    /// Brings every derived part up to date; idempotent, called at the end of every update.
    mutating func settle() {
        let layout = BrowserLayout(self)
        settleList(rows: max(1, layout.listRows.height))
        settleDetail(width: layout.detailText.width, height: max(1, layout.detailText.height))
        settleOverlay(layout)
        settleMap(area: MapPanel.mapArea(layout))
    }

    private mutating func settleList(rows height: Int) {
        current.cursor.settle(rows: current.rows, height: height)
    }

    private mutating func settleDetail(width: Int, height: Int) {
        let id = current.displayedID
        var inputs = DetailDocument.Inputs(record: id, width: width, language: language, folded: foldedAxes, unicode: unicode)
        if let id, isImported(id) {
            let read = directory.page.flatMap { $0.id == id && $0.language == language ? $0 : nil }
            inputs.importedPage = read?.page
            inputs.isReading = read == nil
        }
        inputs.importedCounts = importedCountBlocks(id)
        if detail.inputs != inputs {
            detail = DetailDocument.build(inputs, catalogue: catalogue, document: id.flatMap { data.documentBlocks[language]?[$0] } ?? [])
        }
        var state = current
        if let cursor = state.detailCursor, !detail.targets.indices.contains(cursor) { state.detailCursor = nil }
        let maxScroll = max(0, detail.lines.count - height)
        // While an imported actor's page is read, the place on it waits for the page (a
        // restored session's scroll), instead of being clamped to the one line of "reading".
        state.detailScroll = detail.inputs.isReading ? max(0, state.detailScroll) : min(max(0, state.detailScroll), maxScroll)
        // A cursor wholly off screen (after a resize or a fold) is brought back into view. One
        // partly on screen is left alone: the user is scrolling past it.
        if let cursor = state.detailCursor, !detail.targetLines[cursor].overlaps(state.detailScroll..<(state.detailScroll + height)) {
            state.detailScroll = Self.scroll(revealing: detail.targetLines[cursor], from: state.detailScroll, height: height)
        }
        current = state
    }

    private mutating func settleOverlay(_ layout: BrowserLayout) {
        let textLines: Int
        switch overlay {
        case nil: return
        case .evidence(let evidence): textLines = EvidenceOverlayPanel.lines(evidence, width: layout.helpRows.width, language: language).count
        case .help: textLines = HelpContent.lines(keyMap: keyMap, language: language, unicode: unicode).count
        case .search, .regionPicker, .facetPicker, .tableOfContents, .path, .neighbourhood, .marks, .copy, .export: textLines = 0
        }
        overlay?.settle(listHeight: layout.overlayListRows.height, textHeight: layout.helpRows.height, textLines: textLines)
    }

    // MARK: - Scrolling

    /// The scroll offset closest to `scroll` that shows all of `lines`, or their start when
    /// they are taller than the pane.
    static func scroll(revealing lines: Range<Int>, from scroll: Int, height: Int) -> Int {
        if lines.lowerBound < scroll { return lines.lowerBound }
        if lines.upperBound > scroll + height { return min(lines.lowerBound, lines.upperBound - height) }
        return scroll
    }
}
