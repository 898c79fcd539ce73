import ESSModel

/// Reading the directory through effects: what the next frame needs and is not held yet becomes
/// a ``DirectoryRequest``; answers come back as actions and fill the state where they still fit.
extension BrowserState {
    // MARK: - Requests

    /// The reads the state needs now, at most one per lane; asked at the end of every update,
    /// after settling, so the window follows the scroll just computed.
    func directoryNeeds() -> [DirectoryQuery] {
        guard data.importedActors != nil else { return [] }
        var needs: [DirectoryQuery] = []
        if directory.total == nil { needs.append(.total) }
        if let list = listNeed { needs.append(list) }
        if let matchCount = matchCountNeed { needs.append(matchCount) }
        switch overlay {
        case .facetPicker(let picker) where picker.values == nil:
            needs.append(.facetValues(picker.facet, scope: picker.scope, filter: picker.otherFilters))
        case .facetPicker(let picker) where picker.divisions == nil && picker.openSection != nil:
            needs.append(.nafDivisions(section: picker.openSection ?? "", scope: picker.scope, filter: picker.otherFilters))
        case .search(let search) where search.importedQuery != search.query && search.hasQuery:
            let filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
            needs.append(.search(search.query, scope: region?.region, filter: filter))
        case .path(let path) where path.phase == .choosing && path.importedQuery != path.query && path.hasQuery:
            // A target may be anywhere: the whole directory, whatever narrows the Actors list.
            needs.append(.search(path.query, scope: nil, filter: ImportedActorFilter()))
        default:
            break
        }
        if let map = mapNeed { needs.append(map) }
        if let id = current.displayedID, isImported(id),
           directory.page?.id != id || directory.page?.language != language {
            needs.append(.page(id, language))
        }
        if let id = current.displayedID, let programme = catalogue.record(id) as? Programme {
            let missing = programme.territories.filter { !directory.countedTerritories.contains($0) }
            if !missing.isEmpty { needs.append(.territoryCounts(missing)) }
        }
        return needs
    }

    /// The Actors list's count (or its filter's matches) while unknown, then the block of rows
    /// on screen and the selected one when the window does not hold them.
    private var listNeed: DirectoryQuery? {
        guard section == .actors, let imported = current.rows.imported else { return nil }
        let key = imported.key
        guard let count = imported.count else { return key.text.isEmpty ? .count(key) : .matches(key) }
        guard key.text.isEmpty, let first = current.rows.firstImportedIndex else { return nil }
        let state = current
        var low = max(state.scroll, first) - first
        var high = min(state.scroll + listHeight, state.rows.endIndex) - first
        if state.selection >= first {
            low = min(low, state.selection - first)
            high = max(high, state.selection - first + 1)
        }
        guard high > low, !imported.holds(low..<high) else { return nil }
        let block = Self.importedBlock
        let start = low / block * block
        return .window(key, range: start..<min(count, (high + block - 1) / block * block))
    }

    /// Once the list filter's first matches fill the list: how many match in all. Asked after
    /// them, so the rows never wait for the count, and on its own lane, so the next keystroke
    /// replaces it.
    private var matchCountNeed: DirectoryQuery? {
        guard section == .actors, let imported = current.rows.imported, !imported.key.text.isEmpty,
              let count = imported.count, count >= Self.importedSearchLimit, imported.matchCount == nil else { return nil }
        return .matchCount(imported.key)
    }

    /// Turns the needs not already asked into requests; the newest request of a lane replaces
    /// the one in flight, which the program loop then interrupts.
    mutating func requestDirectoryReads() -> [Effect] {
        guard data.importedActors != nil else { return [] }
        var effects: [Effect] = []
        for query in directoryNeeds() {
            let lane = query.lane
            guard directory.inFlight[lane]?.query != query, directory.settled[lane] != query else { continue }
            directory.settled[lane] = nil
            let request = DirectoryRequest(id: directory.nextRequestID, query: query)
            directory.nextRequestID += 1
            directory.inFlight[lane] = request
            effects.append(.read(request))
        }
        if !directory.isWatchingImports {
            directory.isWatchingImports = true
            effects.append(.watchImports)
        }
        return effects
    }

    // MARK: - Answers

    /// Stores an answer if its request is still the newest of its lane and what it answers is
    /// still shown; anything else is stale and ignored.
    mutating func receive(_ request: DirectoryRequest, _ answer: DirectoryAnswer) {
        guard directory.inFlight[request.lane] == request else { return }
        directory.inFlight[request.lane] = nil
        switch (request.query, answer) {
        case (_, .interrupted):
            // Cut short by a race with a newer request that has since been answered: asked again.
            break
        case (_, .failed(let message)):
            directory.settled[request.lane] = request.query
            status = StatusMessage(UIStrings.directoryUnreadable(message, language), isWarning: true)
        case (.total, .count(let count)):
            directory.total = count ?? 0
        case (.count(let key), .count(let count)):
            updateImportedRows(key) { $0.count = count ?? 0 }
        case (.matches(let key), .rows(let rows)):
            updateImportedRows(key) { imported in
                imported.count = rows.count
                imported.window = rows
                imported.windowStart = 0
            }
        case (.matchCount(let key), .matchCount(let counted)):
            updateImportedRows(key) { $0.matchCount = counted }
        case (.window(let key, let range), .rows(let rows)):
            if rows.count < range.count { directory.settled[request.lane] = request.query }
            updateImportedRows(key) { imported in
                imported.window = rows
                imported.windowStart = range.lowerBound
            }
        case (.facetValues(let facet, _, _), .facetValues(let values, let allCount)):
            receiveFacetValues(facet, values, allCount: allCount)
        case (.nafDivisions(let section, _, _), .facetValues(let values, _)):
            receiveNafDivisions(values, of: section)
        case (.search(let text, _, _), .rows(let rows)):
            receiveImportedMatches(rows, for: text)
        case (.page(let id, let language), .page(let page)):
            directory.page = DirectoryState.ImportedPage(id: id, language: language, page: page)
            if let page { directory.names[id] = page.title }
        case (.mapCounts(let key), .mapCounts(let counts)):
            receiveMapCounts(key, counts)
        case (.territoryCounts(let territories), .territoryCounts(let counts)):
            directory.countedTerritories.formUnion(territories)
            directory.territoryCounts.merge(counts) { $1 }
        default:
            break
        }
    }

    /// Changes the imported rows of Actors if they are still those of `key`, keeping the heading
    /// in step with the count and the selection on a record row.
    private mutating func updateImportedRows(_ key: ImportedListKey, _ change: (inout ImportedRows) -> Void) {
        guard var actors = sections[.actors], var imported = actors.rows.imported, imported.key == key else { return }
        let wasImported = actors.rows.firstImportedIndex.map { actors.selection >= $0 } ?? false
        change(&imported)
        imported.heading = importedHeading(actors, count: imported.count, matchCount: imported.matchCount)
        actors.rows.imported = imported
        if wasImported, actors.rows.firstImportedIndex == nil {
            // Nothing imported after all: back to the first curated row rather than the last.
            actors.selection = actors.rows.firstIndex { !$0.isHeading } ?? 0
            actors.scroll = 0
        }
        sections[.actors] = actors
    }

    // MARK: - Imports

    /// The program loop's report on imports: a finished one is announced once, with the key
    /// that reloads.
    mutating func importActivityChanged(_ activity: ImportActivity) {
        directory.isWatchingImports = false
        guard activity != directory.activity else { return }
        if activity == .finished { setStatus(UIStrings.importFinished) }
        directory.activity = activity
    }

    /// Forgets everything read from the directory and reads it again: after an import, the
    /// lists, counts and pages show what it wrote.
    mutating func reloadDirectory() -> [Effect] {
        guard data.importedActors != nil else {
            setStatus(UIStrings.noDirectory)
            return []
        }
        directory = DirectoryState(isWatchingImports: directory.isWatchingImports,
                                   nextRequestID: directory.nextRequestID)
        if case .facetPicker = overlay { overlay = nil }
        if case .search(var search) = overlay {
            search.dropImported()
            overlay = .search(search)
        }
        sections[.actors]?.rows.imported = nil
        reloadRows(.actors)
        setStatus(UIStrings.directoryReloaded)
        return [.reloadDirectory]
    }
}

extension DirectoryState {
    init(isWatchingImports: Bool, nextRequestID: Int) {
        self.init()
        self.isWatchingImports = isWatchingImports
        self.nextRequestID = nextRequestID
    }
}
