import ESSModel

/// The imported actors of the Actors section: the part of the list read from the directory a
/// window at a time, the jump from a programme's page to those of its territory, and their pages.
extension BrowserState {
    /// Imported rows are fetched in blocks this long, so scrolling a row or a page rarely asks.
    static let importedBlock = 64
    /// At most this many imported actors answer a list filter or a search.
    public static let importedSearchLimit = 50
    /// Where the list filter's count of all matches stops ("plus de 10 000"): a count costs a
    /// read per match, so the bound keeps a keystroke within the browse targets on a million
    /// rows (docs/performance.md).
    public static let importedMatchCountBound = 10_000
    /// Link targets that lead to the imported actors of a territory start with this.
    static let importedScopePrefix = "imported-in:"

    /// The imported part of the Actors list for the state's filters; nil without a directory.
    /// The rows are kept when the filters did not change (a new language, a pin); otherwise they
    /// wait for the directory's count (see ``directoryNeeds()``).
    func importedRows(_ state: SectionState) -> ImportedRows? {
        guard data.importedActors != nil else { return nil }
        let text = state.filter.allSatisfy(\.isWhitespace) ? "" : state.filter
        let key = ImportedListKey(scope: state.importScope ?? region?.region, filter: state.importFilter, text: text)
        var rows = state.rows.imported.flatMap { $0.key == key ? $0 : nil } ?? ImportedRows(key: key, heading: "")
        rows.heading = importedHeading(state, count: rows.count, matchCount: rows.matchCount)
        rows.mark = UIStrings.importedMark(language)
        return rows
    }

    /// "Acteurs importés · Loire (12 345)"; "(…)" while not counted.
    func importedHeading(_ state: SectionState, count: Int?, matchCount: ImportedMatchCount? = nil) -> String {
        let scopeName = state.importScope.map(scopeLabel)
        let narrowing = ([scopeName].compactMap { $0 } + state.importFilter.labels).joined(separator: " · ")
        let searched = !state.filter.allSatisfy(\.isWhitespace)
        return UIStrings.importedHeading(count: count, scope: narrowing.isEmpty ? nil : narrowing, searched: searched,
                                         matchCount: matchCount, language)
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

    /// An imported actor is an actor: its page's title says so, as a curated actor's does.
    func importedType(_ id: RecordID) -> RecordType? {
        isImported(id) ? .actor : nil
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
    /// them, as far as they are counted; nothing without a directory.
    func importedCountBlocks(_ id: RecordID?) -> [PageBlock] {
        guard data.importedActors != nil, let id, let programme = catalogue.record(id) as? Programme else { return [] }
        let lines: [PageBlock] = programme.territories.compactMap { territory in
            guard let count = directory.territoryCounts[territory] else { return nil }
            return .link(target: RecordID(Self.importedScopePrefix + territory.rawValue),
                         text: UIStrings.importedCount(count, in: scopeLabel(territory), language), detail: nil)
        }
        return lines.isEmpty ? [] : [.heading(UIStrings.importedInTerritory(language))] + lines
    }

    /// A territory's name, and, where its perimeter is not known, the wider territory counted.
    /// Asked of the source, which reads the catalogue for it, not the disk.
    func scopeLabel(_ territory: RecordID) -> String {
        let counted = data.importedActors?.countedTerritory(for: territory)
        return TerritoryCountLabel.text(territory: catalogue.name(of: territory), countedOver: counted.map { catalogue.name(of: $0) },
                                        language)
    }
}
