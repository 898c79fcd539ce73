import ESSModel

/// Following links and walking the trail back and forward, across sections, like a web browser.
extension BrowserState {
    /// How many steps back the trail keeps.
    static let trailLimit = 200

    /// Opens `id` in its own section (a source in the current one), remembering where the user
    /// was unless `asStep` is false (a start at a record: the list behind it was never visited).
    /// The page gets the focus, so the next ↓ walks its links.
    mutating func open(_ id: RecordID, asStep: Bool = true) {
        if let territory = Self.importedScope(of: id), data.importedActors != nil {
            openImported(in: territory)
            return
        }
        let imported = isImported(id)
        guard catalogue.contains(id) || imported else { return }
        let here = location
        let home = imported ? .actors : catalogue.type(of: id).flatMap(Section.home(of:)) ?? section
        let actors = home == .actors ? sections[.actors] : nil
        let there = Location(section: home, record: id, focus: .detail, importScope: actors?.importScope,
                             importFilter: actors?.importFilter ?? ImportedActorFilter())
        guard there.section != here.section || there.record != here.record else {
            setFocus(.detail)
            return
        }
        if asStep {
            back.append(here)
            if back.count > Self.trailLimit { back.removeFirst(back.count - Self.trailLimit) }
            forward.removeAll()
        }
        go(to: there)
    }

    /// Once links were followed, a section switch is a step of the trail too: `2 Tab j Enter`
    /// then `2` reads `AG2I › Bourg-en-Bresse › AG2I`, not `AG2I › AG2I` with the step followed
    /// lost, and back returns to it. Browsing sections before following anything leaves no trail.
    mutating func recordSwitch(from here: Location) {
        guard !back.isEmpty, !here.isSamePlace(as: location) else { return }
        back.append(here)
        if back.count > Self.trailLimit { back.removeFirst(back.count - Self.trailLimit) }
        forward.removeAll()
    }

    mutating func goBack() {
        guard let previous = back.popLast() else {
            setStatus(UIStrings.historyStart)
            return
        }
        forward.append(location)
        go(to: previous)
    }

    mutating func goForward() {
        guard let next = forward.popLast() else {
            setStatus(UIStrings.historyEnd)
            return
        }
        back.append(location)
        go(to: next)
    }

    /// Shows a location: its section, its record selected (listed even when the filters would
    /// hide it, marked as outside them), its focus, and its page where it was left.
    mutating func go(to place: Location) {
        overlay = nil
        isEditingFilter = false
        section = place.section
        if section == .actors { setImportScope(place.importScope, filter: place.importFilter) }
        if place.record == nil, place.importScope == nil, place.importFilter.isEmpty, current.displayedID != nil {
            // The place showed nothing (its filter hid every record): drop the record pinned
            // since, so forward after back returns to the same empty list. (A jump to the
            // imported actors of a territory, or a facet chosen, has no record either: the
            // narrowing selects the first.)
            current.pinned = nil
            current.aside = nil
            reloadRows(section)
        }
        if let id = place.record, isImported(id), current.rows.index(of: id) == nil {
            // An imported actor reached by a search: its place in a million-row list is not
            // known without counting, so its page opens over the list, as a source's does.
            if current.aside != id {
                current.aside = id
                current.detailScroll = 0
                current.detailCursor = nil
            }
        } else if let id = place.record, isImported(id) {
            show(id)
        } else if let id = place.record, catalogue.contains(id) {
            if catalogue.type(of: id) == place.section.recordType {
                show(id)
            } else if current.aside != id {
                current.aside = id
                current.detailScroll = 0
                current.detailCursor = nil
            }
        }
        focus = place.focus
        if place.detailScroll > 0 || place.detailCursor != nil {
            current.detailScroll = place.detailScroll
            current.detailCursor = place.detailCursor
            settle()
        }
        if focus == .detail { placeDetailCursor() }
    }

    /// Selects `id` in the current section's list, pinning it there if the filters hide it.
    private mutating func show(_ id: RecordID) {
        if current.rows.index(of: id) == nil {
            current.pinned = id
            reloadRows(section)
        }
        if let index = current.rows.index(of: id) {
            selectRow(index)
        }
    }
}
