import ESSModel

/// The search overlay: a query over every record, results grouped by type.
extension BrowserState {
    /// At most this many hits are listed; the best ones, since hits come ranked.
    static let searchLimit = 200

    mutating func openSearch() {
        isEditingFilter = false
        overlay = .search(SearchOverlay())
    }

    mutating func setSearchQuery(_ query: String) {
        var search = SearchOverlay()
        search.field = TextField(query)
        let matches = catalogue.search(query)
        let hits = Array(matches.prefix(Self.searchLimit))
        search.hitCount = hits.count
        search.matchCount = matches.count
        // Hits come best first (a name starting with the query before a mere mention in a
        // summary), so the types are listed in the order of their best hit.
        var types: [RecordType] = []
        for hit in hits where !types.contains(hit.type) { types.append(hit.type) }
        for type in types {
            let group = hits.filter { $0.type == type }
            guard !group.isEmpty else { continue }
            search.rows.append(.heading("\(UIStrings.typeName(type)(language)) (\(group.count))"))
            for hit in group {
                guard let record = catalogue.record(hit.id) else { continue }
                search.rows.append(ListRow(id: hit.id, text: record.listName, detail: catalogue.subtitle(of: record, language)))
            }
        }
        search.catalogueRows = search.rows.count
        search.catalogueHits = search.hitCount
        search.catalogueMatches = search.matchCount
        // Hits come best first; grouping moves them, so the best one is selected wherever it went.
        search.cursor.selection = hits.first.flatMap { best in search.rows.firstIndex { $0.id == best.id } } ?? 0
        overlay = .search(search)
    }

    /// The imported actors matching the query, as the Actors list narrows them (region,
    /// département, family, NAF), added after the catalogue's hits.
    mutating func receiveImportedMatches(_ found: [ImportedActorRow], for query: String) {
        guard case .search(var search) = overlay, search.query == query, search.importedQuery != query else { return }
        search.importedQuery = query
        if !found.isEmpty {
            let filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
            let narrowing = filter.isEmpty ? nil : filter.labels.joined(separator: " · ")
            search.hitCount += found.count
            search.matchCount += found.count
            search.importedCapped = found.count >= Self.importedSearchLimit
            search.rows.append(.heading(UIStrings.importedHeading(count: found.count, scope: narrowing, searched: true, language)))
            search.rows += found.map { ListRow(imported: $0, mark: UIStrings.importedMark(language)) }
        }
        overlay = .search(search)
    }
}
