import ESSModel
import TerminalGrid

/// The session kept between runs: taken from the state after every update, restored at start.
extension BrowserState {
    /// Where the user is and what they marked, as the program loop saves it.
    public var session: SavedSession {
        let lists = Section.allCases.map { section in
            let state = sections[section] ?? SectionState()
            let facets = ImportedFacet.allCases.compactMap { facet in
                state.importFilter[facet].map { SavedSession.SavedFacet(facet: facet.rawValue, code: $0.code, label: $0.label, section: $0.section) }
            }
            // An imported actor shown over the list is where the user is: its row may not be read.
            let record = state.aside.flatMap { isImported($0) ? $0 : nil } ?? state.selectedID
            return SavedSession.SavedList(section: section.rawValue, filter: state.filter, record: record?.rawValue,
                                          detailScroll: state.detailScroll == 0 ? nil : state.detailScroll,
                                          detailCursor: state.detailCursor, facets: facets.isEmpty ? nil : facets)
        }
        let trail = back.suffix(Self.savedTrailLimit).map { SavedSession.SavedPlace(section: $0.section.rawValue, record: $0.record?.rawValue) }
        return SavedSession(section: section.rawValue, focus: focus.rawValue, region: region?.requested.rawValue,
                            lists: lists, trail: Array(trail), marks: marks)
    }

    /// How many steps of the trail are saved: enough to walk back a while, never a large file.
    static let savedTrailLimit = 50

    /// From now on, every update that changes ``session`` returns ``Effect/saveSession(_:)``.
    /// The session as it is now counts as saved.
    public mutating func enableSessionSaving() {
        savesSession = true
        savedSession = session
    }

    /// The save the last update calls for, if any.
    mutating func sessionSaves() -> [Effect] {
        guard savesSession else { return [] }
        let now = session
        guard now != savedSession else { return [] }
        savedSession = now
        return [.saveSession(now)]
    }

    /// Puts the browser back where `saved` left it: region, each list's filter and selection,
    /// section, focus, trail and marks. What the catalogue no longer holds is dropped; dropped
    /// marks are said in the status line.
    public mutating func restore(_ saved: SavedSession) {
        let regionBefore = region
        if let id = saved.region, let choice = data.regionChoices.first(where: { $0.filter.requested.rawValue == id }) {
            region = choice.filter
        }
        var changed: Set<Section> = []
        for list in saved.lists {
            guard let section = Section(rawValue: list.section), var state = sections[section] else { continue }
            let before = (state.filter, state.importFilter)
            state.filter = list.filter
            if data.importedActors != nil { state.importFilter = Self.importFilter(list.facets ?? []) }
            if (state.filter, state.importFilter) != before { changed.insert(section) }
            sections[section] = state
        }
        // Rows depend on the region and each list's filters: only those that changed are
        // rebuilt (a session with neither, the usual one, rebuilds none at start).
        if region != regionBefore {
            reloadAllRows()
        } else {
            for section in Section.allCases where changed.contains(section) { invalidateRows(section) }
        }
        for list in saved.lists {
            guard let section = Section(rawValue: list.section), let id = list.record.map(RecordID.init(rawValue:)),
                  var state = sections[section] else { continue }
            if state.rowsBuilt {
                guard let index = state.rows.index(of: id) else { continue }
                state.selection = index
            } else {
                // Selected when the section is first shown, if it is still listed then.
                state.selectionAwaitingRows = id
            }
            // Clamped to the page by settling, like any scroll.
            state.detailScroll = max(0, list.detailScroll ?? 0)
            state.detailCursor = list.detailCursor.map { max(0, $0) }
            sections[section] = state
        }
        section = Section(rawValue: saved.section) ?? .programmes
        focus = Focus(rawValue: saved.focus) ?? .list
        back = saved.trail.compactMap { place in
            guard let section = Section(rawValue: place.section) else { return nil }
            let record = place.record.map(RecordID.init(rawValue:))
            if let record, !catalogue.contains(record), !ImportedActorRow.isImportedID(record) { return nil }
            return Location(section: section, record: record, focus: record == nil ? .list : .detail)
        }
        let kept = saved.marks.filter { catalogue.contains(RecordID($0.id)) || ImportedActorRow.isImportedID(RecordID($0.id)) }
        let dropped = saved.marks.filter { !kept.contains($0) }.map(\.id)
        marks = kept
        settle()
        if focus == .detail { placeDetailCursor() }
        if !dropped.isEmpty { status = StatusMessage(UIStrings.marksDropped(dropped.map(TerminalText.sanitize), language), isWarning: true) }
        if savesSession { savedSession = session }
    }

    /// The facets saved, those of a facet this version knows.
    private static func importFilter(_ facets: [SavedSession.SavedFacet]) -> ImportedActorFilter {
        var filter = ImportedActorFilter()
        for saved in facets {
            guard let facet = ImportedFacet(rawValue: saved.facet) else { continue }
            filter[facet] = ImportedFacetChoice(code: saved.code, label: TerminalText.sanitize(saved.label), section: saved.section)
        }
        return filter
    }

    /// Opens `id` as a followed link would, as the trail's first step: `ess browse ID`.
    public mutating func start(at id: RecordID) {
        open(id, asStep: false)
        settle()
    }

    /// Shows `text` in the status line until the next key: a message from start-up (a session
    /// file set aside, a mistake in the config file).
    public mutating func announce(_ text: String, warning: Bool = true) {
        let line = TerminalText.sanitize(text)
        if let status, status.isWarning == warning {
            self.status = StatusMessage(status.text + " · " + line, isWarning: warning)
        } else {
            status = StatusMessage(line, isWarning: warning)
        }
    }

    /// Narrows every section to `filter` at start, without a status message: `ess browse --region`.
    public mutating func startNarrowed(to filter: RegionFilter?) {
        region = filter
        reloadAllRows()
        settle()
    }
}
