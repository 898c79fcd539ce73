import ESSModel

/// Typing: the list filter and the open overlay's query, each a ``TextField``.
extension BrowserState {
    /// Adds typed text to whatever field has the keys.
    mutating func type(_ text: String) {
        edit(.insert(text))
    }

    /// Edits the field that has the keys: the open overlay's query, or the list filter while it
    /// is typed.
    mutating func edit(_ edit: TextField.Edit) {
        if var open = overlay {
            let outcome = open.edit(edit)
            overlay = open
            carryOut(outcome)
        } else if isEditingFilter {
            var field = TextField(current.filter)
            let changed = field.apply(edit)
            if case .insert = edit, !changed { return }
            setFilter(field.text)
        }
    }

    // MARK: - List filter

    mutating func startFilter() {
        focus = .list
        isEditingFilter = true
    }

    mutating func clearFilter() {
        isEditingFilter = false
        setFilter("")
    }

    /// Narrows the list as the user types; a link's pinned record goes, since the user is now
    /// choosing what to see.
    mutating func setFilter(_ text: String) {
        guard text != current.filter || current.pinned != nil else { return }
        current.filter = text
        current.pinned = nil
        reloadRows(section)
    }

    // MARK: - Overlays

    /// Hands `command` to the open overlay, then does what it asks.
    mutating func performInOverlay(_ command: Command) {
        guard var open = overlay else { return }
        let layout = BrowserLayout(self)
        let rows = overlayRows(layout).height
        let outcome = open.perform(command, page: max(1, rows - 1))
        overlay = open
        carryOut(outcome)
    }

    /// What an overlay asked for after a command, an edit or a click.
    mutating func carryOut(_ outcome: OverlayOutcome) {
        switch outcome {
        case .stay:
            break
        case .close:
            overlay = nil
        case .queryChanged:
            if case .search(let search) = overlay { setSearchQuery(search.query) }
        case .open(let id):
            overlay = nil
            open(id)
        case .applyRegion(let filter):
            applyRegion(filter)
        case .applyFacet(let facet, let choice):
            var filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
            filter[facet] = choice
            applyImportFilter(filter)
        case .jumpToLine(let line):
            overlay = nil
            scrollPage(toLine: line)
        }
    }
}
