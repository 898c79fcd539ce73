import ESSModel

/// Building each section's rows from the catalogue, the region and the section's text filter.
extension BrowserState {
    /// Rebuilds the rows of `section`, keeping the same record selected when it is still listed.
    mutating func reloadRows(_ section: Section) {
        var state = sections[section] ?? SectionState()
        let awaited = state.rowsBuilt ? nil : state.selectionAwaitingRows
        let previous = state.selectedID
        state.rows = ListRows(section == .map ? [] : section == .timeline ? timelineRows(state) : recordRows(section, state),
                              imported: section == .actors ? importedRows(state) : nil)
        state.rowsBuilt = true
        state.selectionAwaitingRows = nil
        if let previous, let index = state.rows.index(of: previous) {
            state.selection = index
        } else {
            state.selection = state.rows.firstIndex { !$0.isHeading } ?? 0
            state.scroll = 0
            state.detailCursor = nil
            if let awaited, isImported(awaited) {
                // An imported actor's row in a list of a million is not known before its window
                // is read: its page opens over the list, at the place the session kept.
                state.aside = awaited
            } else {
                state.detailScroll = 0
            }
        }
        sections[section] = state
    }

    /// Rebuilds the rows of `section` now if it is on screen, else when it is next shown, with
    /// the same record selected then if it is still listed.
    mutating func invalidateRows(_ section: Section) {
        guard section != self.section else { return reloadRows(section) }
        guard var state = sections[section], state.rowsBuilt else { return }
        state.selectionAwaitingRows = state.selectedID
        state.rowsBuilt = false
        state.rows = ListRows()
        state.selection = 0
        sections[section] = state
    }

    /// Builds the rows of `section` if they are not built.
    mutating func buildRowsIfNeeded(_ section: Section) {
        if sections[section]?.rowsBuilt != true { reloadRows(section) }
    }

    /// Every section's rows, after the region or the language changed.
    mutating func reloadAllRows() {
        for section in Section.allCases { invalidateRows(section) }
        chart = TimelineChart(catalogue: catalogue, region: region, latestYear: data.latestYear)
    }

    // MARK: - Records

    /// The records that pass the filters, plus the pinned one where it sorts.
    private func matchingRecords(_ type: RecordType, _ state: SectionState) -> [(record: any CatalogueRecord, pinned: Bool)] {
        // In the timeline and the programmes, `/2016` or `/2015-2017` keeps what is dated then.
        let years = type == .event || type == .programme ? Self.yearFilter(state.filter) : nil
        let text = state.filter.isEmpty || years != nil ? nil : state.filter
        let query = RecordQuery(type: type, region: region, years: years, text: text)
        // Curated actors carry no département code, legal family or NAF section: a facet hides them.
        let matches = state.importFilter.isEmpty ? catalogue.list(query) : []
        guard let pinned = state.pinned, !matches.contains(where: { $0.id == pinned }) else {
            return matches.map { ($0, false) }
        }
        let ids = Set(matches.map(\.id))
        return catalogue.records(of: type).compactMap { record in
            ids.contains(record.id) ? (record, false) : record.id == pinned ? (record, true) : nil
        }
    }

    private func recordRows(_ section: Section, _ state: SectionState) -> [ListRow] {
        let records = matchingRecords(section.recordType, state)
        guard section == .territories else {
            return records.map { record, pinned in
                ListRow(id: record.id, text: record.listName, detail: secondColumn(record), outsideFilter: pinned)
            }
        }
        // Territories come broadest first; a heading per level makes 170 of them scannable.
        var rows: [ListRow] = []
        var level: TerritoryLevel?
        for (record, pinned) in records {
            guard let territory = record as? Territory else { continue }
            if territory.level != level {
                level = territory.level
                rows.append(.heading(UIStrings.levelHeading(territory.level)(language)))
            }
            rows.append(ListRow(id: territory.id, text: territory.name, detail: territoryColumn(territory),
                                outsideFilter: pinned))
        }
        return rows
    }

    /// Under a level heading: the INSEE code and the larger territory it lies in.
    private func territoryColumn(_ territory: Territory) -> String {
        let within = territory.level == .ancienneRegion ? territory.current : territory.parent
        let parent = within.flatMap { catalogue.territory($0) }.flatMap { $0.level == .france ? nil : $0.name }
        return [territory.code, parent].compactMap { $0 }.joined(separator: " · ")
    }

    /// What a list shows beside the name, most telling first, as it may be cut.
    func secondColumn(_ record: any CatalogueRecord) -> String {
        switch record {
        case let programme as Programme:
            let place = programme.territories.first.map { catalogue.name(of: $0) }
            let years = programme.period.map(Self.years)
            return [place, years].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
        default:
            return catalogue.subtitle(of: record, language)
        }
    }

    /// "2017–2021", "2009–", "–2020": a period in years, for narrow columns.
    static func years(_ range: DateRange) -> String {
        switch (range.start?.year, range.end?.year) {
        case let (start?, end?): start == end ? String(start) : "\(start)–\(end)"
        case let (start?, nil): "\(start)–"
        case let (nil, end?): "–\(end)"
        case (nil, nil): ""
        }
    }

    // MARK: - Timeline

    /// Events in date order under a heading per year, undated ones last under their own heading.
    private func timelineRows(_ state: SectionState) -> [ListRow] {
        var rows: [ListRow] = []
        var currentYear: Int?? = .none
        for (record, pinned) in matchingRecords(.event, state) {
            guard let event = record as? Event else { continue }
            let year = event.date?.sortKey?.year
            if currentYear != .some(year) {
                currentYear = .some(year)
                rows.append(.heading(year.map(String.init) ?? UIStrings.undated(language)))
            }
            let destination = catalogue.destination(ofEvent: event.id).map { catalogue.name(of: $0) }
            rows.append(ListRow(id: event.id, text: event.title, detail: destination ?? "",
                                lead: UIStrings.dayAndMonth(event.date?.sortKey, language), outsideFilter: pinned))
        }
        return rows
    }
}
