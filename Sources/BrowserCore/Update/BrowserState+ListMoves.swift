import ESSModel

/// Moving through the list pane and opening what is selected.
extension BrowserState {
    /// Rows the list pane shows at once.
    var listHeight: Int { max(1, BrowserLayout(self).listRows.height) }

    mutating func moveInList(_ command: Command) {
        if let target = ListCursor.target(of: command, from: current.selection, in: current.rows, page: listHeight - 1) {
            selectRow(target)
        }
    }

    /// Selects row `index` of the current list; a new record starts its page at the top.
    mutating func selectRow(_ index: Int) {
        var state = current
        guard state.rows.indices.contains(index), !state.rows[index].isHeading else { return }
        if state.selection != index || state.aside != nil {
            state.detailScroll = 0
            state.detailCursor = nil
        }
        state.selection = index
        state.aside = nil
        current = state
    }

    /// Enter in the list: the timeline opens the event's programme or actor; other sections
    /// move to the record's page.
    mutating func openSelectedRow() {
        guard let id = current.selectedID else {
            setStatus(UIStrings.noRecord)
            return
        }
        if section == .timeline {
            guard let destination = catalogue.destination(ofEvent: id) else {
                setStatus(UIStrings.noLinkedProgramme, warning: true)
                return
            }
            open(destination)
        } else {
            current.aside = nil
            setFocus(.detail)
        }
    }

    /// Scrolls the list by `delta` rows (the mouse wheel), dragging the selection along so it
    /// stays on screen.
    mutating func scrollList(by delta: Int) {
        var state = current
        let height = listHeight
        guard state.rows.count > height else { return }
        state.scroll = min(max(0, state.scroll + delta), state.rows.count - height)
        current = state
        let visible = state.scroll..<(state.scroll + height)
        if !visible.contains(state.selection) {
            let edge = state.selection < state.scroll ? state.scroll : state.scroll + height - 1
            let target = delta > 0
                ? state.rows[edge...].firstIndex { !$0.isHeading }
                : state.rows[...edge].lastIndex { !$0.isHeading }
            if let target { selectRow(target) }
        }
    }
}
