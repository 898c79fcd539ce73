import ESSModel

/// The imported actors of the Actors section: the part of the list read from the directory a
/// window at a time, the jump from a programme's page to those of its territory, and their pages.
extension BrowserState {
    /// Imported rows are fetched in blocks this long, so scrolling a row or a page rarely asks.
    static let importedBlock = 64
    /// At most this many imported actors answer a list filter or a search.
    public static let importedSearchLimit = 50
    /// Link targets that lead to the imported actors of a territory start with this.
    static let importedScopePrefix = "imported-in:"

    /// The imported part of the Actors list for the state's filters; nil without a directory.
    /// The window is kept when the filters did not change (a new language, a pin), else fetched
    /// again by ``fetchImportedWindow(height:)``.
    func importedRows(_ state: SectionState) -> ImportedRows? {
        guard let source = data.importedActors else { return nil }
        let scope = state.importScope ?? region?.region
        let filter = state.importFilter
        let text = state.filter.allSatisfy(\.isWhitespace) ? "" : state.filter
        var rows: ImportedRows
        if let previous = state.rows.imported, previous.scope == scope, previous.filter == filter, previous.text == text {
            rows = previous
        } else if text.isEmpty {
            rows = ImportedRows(scope: scope, filter: filter, text: text, count: source.count(in: scope, matching: filter) ?? 0,
                                heading: "", windowStart: 0, window: [])
        } else {
            let found = source.search(text, in: scope, matching: filter, limit: Self.importedSearchLimit)
            rows = ImportedRows(scope: scope, filter: filter, text: text, count: found.count, heading: "", windowStart: 0,
                                window: found)
        }
        let scopeName = state.importScope.map { scopeLabel($0, source: source) }
        let narrowing = ([scopeName].compactMap { $0 } + filter.labels).joined(separator: " · ")
        rows.heading = UIStrings.importedHeading(count: rows.count, scope: narrowing.isEmpty ? nil : narrowing,
                                                 searched: !text.isEmpty, language)
        rows.mark = UIStrings.importedMark(language)
        return rows
    }

    /// Fetches the imported rows the list pane shows and the selected one, in whole blocks,
    /// unless the window already holds them.
    mutating func fetchImportedWindow(height: Int) {
        guard let source = data.importedActors, var imported = current.rows.imported, imported.text.isEmpty,
              let first = current.rows.firstImportedIndex
        else { return }
        let state = current
        var low = max(state.scroll, first) - first
        var high = min(state.scroll + height, state.rows.endIndex) - first
        if state.selection >= first {
            low = min(low, state.selection - first)
            high = max(high, state.selection - first + 1)
        }
        guard high > low, !imported.holds(low..<high) else { return }
        let block = Self.importedBlock
        let start = low / block * block
        let end = min(imported.count, (high + block - 1) / block * block)
        imported.window = source.rows(in: imported.scope, matching: imported.filter, offset: start, limit: end - start)
        imported.windowStart = start
        current.rows.imported = imported
    }

    // MARK: - Jumps

    /// The territory a link to imported actors stands for.
    static func importedScope(of target: RecordID) -> RecordID? {
        target.rawValue.hasPrefix(importedScopePrefix)
            ? RecordID(String(target.rawValue.dropFirst(importedScopePrefix.count))) : nil
    }

    /// Whether `id` names an imported actor (`siren:…`, `key:…`, never a catalogue id).
    func isImported(_ id: RecordID) -> Bool {
        data.importedActors != nil && ImportedActorRow.isImportedID(id) && !catalogue.contains(id)
    }

    /// Shows the Actors list narrowed to the imported actors of `territory`, the first selected,
    /// remembering where the user was. The facet filters go: the list then holds what the link
    /// counted.
    mutating func openImported(in territory: RecordID) {
        guard data.importedActors != nil else { return }
        visit(Location(section: .actors, record: nil, focus: .list, importScope: territory))
    }

    /// Goes to `place`, remembering where the user was (forward history is dropped).
    mutating func visit(_ place: Location) {
        back.append(location)
        if back.count > Self.trailLimit { back.removeFirst(back.count - Self.trailLimit) }
        forward.removeAll()
        go(to: place)
    }

    /// Narrows the imported actors of the Actors list to `scope` (nil: the region's) and
    /// `filter`, and selects the first of them.
    mutating func setImportScope(_ scope: RecordID?, filter: ImportedActorFilter = ImportedActorFilter()) {
        guard var actors = sections[.actors], actors.importScope != scope || actors.importFilter != filter else { return }
        actors.importScope = scope
        actors.importFilter = filter
        actors.filter = ""
        actors.pinned = nil
        actors.aside = nil
        sections[.actors] = actors
        reloadRows(.actors)
        if let first = sections[.actors]?.rows.firstImportedIndex { sections[.actors]?.selection = first }
    }

    // MARK: - Pages

    /// For a programme, a line per territory with its count of imported actors, each a link to
    /// them; nothing without a directory.
    func importedCountBlocks(_ id: RecordID) -> [PageBlock] {
        guard let source = data.importedActors, let programme = catalogue.record(id) as? Programme else { return [] }
        let lines: [PageBlock] = programme.territories.compactMap { territory in
            guard let count = source.count(in: territory) else { return nil }
            return .link(target: RecordID(Self.importedScopePrefix + territory.rawValue),
                         text: UIStrings.importedCount(count, in: scopeLabel(territory, source: source), language), detail: nil)
        }
        return lines.isEmpty ? [] : [.heading(UIStrings.importedInTerritory(language))] + lines
    }

    /// A territory's name, and, where its perimeter is not known, the wider territory counted.
    func scopeLabel(_ territory: RecordID, source: any ImportedActorSource) -> String {
        TerritoryCountLabel.text(territory: catalogue.name(of: territory),
                                 countedOver: source.countedTerritory(for: territory).map { catalogue.name(of: $0) }, language)
    }
}
