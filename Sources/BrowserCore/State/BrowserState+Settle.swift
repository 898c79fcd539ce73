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
    }

    private mutating func settleList(rows height: Int) {
        var state = current
        if state.rows.isEmpty {
            state.selection = 0
            state.scroll = 0
        } else {
            state.selection = min(max(0, state.selection), state.rows.count - 1)
            if state.rows[state.selection].isHeading {
                state.selection = Self.recordRow(near: state.selection, in: state.rows) ?? state.selection
            }
            state.scroll = Self.scroll(showing: state.selection, from: state.scroll, height: height, rows: state.rows)
        }
        current = state
        fetchImportedWindow(height: height)
    }

    private mutating func settleDetail(width: Int, height: Int) {
        let inputs = DetailDocument.Inputs(record: current.displayedID, width: width, language: language,
                                           folded: foldedAxes, unicode: unicode)
        if detail.inputs != inputs {
            detail = DetailDocument.build(inputs, catalogue: catalogue, extraBlocks: data.extraBlocks,
                                          imported: data.importedActors, importedCounts: importedCountBlocks)
        }
        var state = current
        if let cursor = state.detailCursor, !detail.targets.indices.contains(cursor) { state.detailCursor = nil }
        let maxScroll = max(0, detail.lines.count - height)
        state.detailScroll = min(max(0, state.detailScroll), maxScroll)
        // A cursor wholly off screen (after a resize or a fold) is brought back into view. One
        // partly on screen is left alone: the user is scrolling past it.
        if let cursor = state.detailCursor, !detail.targetLines[cursor].overlaps(state.detailScroll..<(state.detailScroll + height)) {
            state.detailScroll = Self.scroll(revealing: detail.targetLines[cursor], from: state.detailScroll, height: height)
        }
        current = state
    }

    private mutating func settleOverlay(_ layout: BrowserLayout) {
        switch overlay {
        case .help(var help):
            let lines = HelpContent.lines(keyMap: keyMap, language: language, unicode: unicode).count
            help.scroll = min(max(0, help.scroll), max(0, lines - max(1, layout.helpRows.height)))
            overlay = .help(help)
        case .evidence(var evidence):
            let lines = EvidenceOverlayPanel.lines(evidence, width: layout.helpRows.width, language: language).count
            evidence.scroll = min(max(0, evidence.scroll), max(0, lines - max(1, layout.helpRows.height)))
            overlay = .evidence(evidence)
        case .search(var search):
            let height = max(1, layout.overlayListRows.height)
            search.selection = min(max(0, search.selection), max(0, search.rows.count - 1))
            if search.rows.indices.contains(search.selection), search.rows[search.selection].isHeading {
                search.selection = Self.recordRow(near: search.selection, in: search.rows) ?? search.selection
            }
            search.scroll = Self.scroll(showing: search.selection, from: search.scroll, height: height, rows: search.rows)
            overlay = .search(search)
        case .regionPicker, .facetPicker:
            guard var picker = overlay?.pickerPosition else { return }
            let height = max(1, layout.overlayListRows.height)
            picker.selection = min(max(0, picker.selection), max(0, picker.count - 1))
            picker.scroll = Self.scroll(showing: picker.selection, from: picker.scroll, height: height, count: picker.count)
            overlay?.pickerPosition = picker
        case nil:
            break
        }
    }

    // MARK: - Scrolling

    /// The scroll offset closest to `scroll` that shows row `selection`, and the heading just
    /// above it when there is room, so a year or a type never scrolls away from its first row.
    static func scroll<Rows: RandomAccessCollection<ListRow>>(showing selection: Int, from scroll: Int, height: Int,
                                                              rows: Rows) -> Int where Rows.Index == Int {
        var top = Self.scroll(showing: selection, from: scroll, height: height, count: rows.count)
        if top == selection, selection > 0, rows[selection - 1].isHeading, height > 1 { top = selection - 1 }
        return top
    }

    /// The scroll offset closest to `scroll` that shows all of `lines`, or their start when
    /// they are taller than the pane.
    static func scroll(revealing lines: Range<Int>, from scroll: Int, height: Int) -> Int {
        if lines.lowerBound < scroll { return lines.lowerBound }
        if lines.upperBound > scroll + height { return min(lines.lowerBound, lines.upperBound - height) }
        return scroll
    }

    static func scroll(showing selection: Int, from scroll: Int, height: Int, count: Int) -> Int {
        var top = scroll
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        return min(max(0, top), max(0, count - height))
    }

    /// The record row nearest to `index`, looking down first: headings are never selected.
    static func recordRow<Rows: RandomAccessCollection<ListRow>>(near index: Int, in rows: Rows) -> Int? where Rows.Index == Int {
        rows[index...].firstIndex { !$0.isHeading } ?? rows[..<index].lastIndex { !$0.isHeading }
    }
}
