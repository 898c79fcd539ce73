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
        search.query = query
        let hits = catalogue.search(query, limit: Self.searchLimit)
        search.hitCount = hits.count
        for type in RecordType.allCases {
            let group = hits.filter { $0.type == type }
            guard !group.isEmpty else { continue }
            search.rows.append(.heading("\(UIStrings.typeName(type)(language)) (\(group.count))"))
            for hit in group {
                guard let record = catalogue.record(hit.id) else { continue }
                search.rows.append(ListRow(id: hit.id, text: record.displayName, detail: catalogue.subtitle(of: record, language)))
            }
        }
        if let source = data.importedActors {
            // The imported actors as the Actors list narrows them: region, département, family, NAF.
            let filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
            let found = source.search(query, in: region?.region, matching: filter, limit: Self.importedSearchLimit)
            if !found.isEmpty {
                search.hitCount += found.count
                let narrowing = filter.isEmpty ? nil : filter.labels.joined(separator: " · ")
                let heading = UIStrings.importedHeading(count: found.count, scope: narrowing, searched: true, language)
                search.rows.append(.heading(heading))
                search.rows += found.map { ListRow(imported: $0, mark: UIStrings.importedMark(language)) }
            }
        }
        // Hits come best first; grouping moves them, so the best one is selected wherever it went.
        search.selection = hits.first.flatMap { best in search.rows.firstIndex { $0.id == best.id } } ?? 0
        overlay = .search(search)
    }

    /// Enter on a result: open it in its section, as following a link does.
    mutating func openSearchResult() {
        guard case .search(let search) = overlay, search.rows.indices.contains(search.selection),
              let id = search.rows[search.selection].id
        else { return }
        overlay = nil
        open(id)
    }

    /// Up, down and pages in the search results, the region list or a facet's values.
    mutating func moveInOverlay(_ command: Command) {
        let page = max(1, BrowserLayout(self).overlayListRows.height - 1)
        switch overlay {
        case .search(var search):
            guard !search.rows.isEmpty else { return }
            let rows = search.rows
            let from = search.selection
            let target: Int?
            switch command {
            case .moveDown: target = rows[(from + 1)...].firstIndex { !$0.isHeading }
            case .moveUp: target = rows[..<from].lastIndex { !$0.isHeading }
            case .pageDown: target = Self.recordRow(near: min(rows.count - 1, from + page), in: rows)
            case .pageUp: target = Self.recordRow(near: max(0, from - page), in: rows)
            case .moveFirst: target = rows.firstIndex { !$0.isHeading }
            case .moveLast: target = rows.lastIndex { !$0.isHeading }
            default: target = nil
            }
            search.selection = target ?? from
            overlay = .search(search)
        case .regionPicker, .facetPicker:
            guard var picker = overlay?.pickerPosition else { return }
            picker.selection = Self.pickerSelection(after: command, from: picker.selection, count: picker.count, page: page)
            overlay?.pickerPosition = picker
        case .help, .evidence, nil:
            break
        }
    }

    /// Where a move leaves the selection of a picker's `count` lines.
    static func pickerSelection(after command: Command, from selection: Int, count: Int, page: Int) -> Int {
        let last = max(0, count - 1)
        switch command {
        case .moveDown: return min(last, selection + 1)
        case .moveUp: return max(0, selection - 1)
        case .pageDown: return min(last, selection + page)
        case .pageUp: return max(0, selection - page)
        case .moveFirst: return 0
        case .moveLast: return last
        default: return selection
        }
    }

    /// Scrolls the help overlay; settling clamps it to the text.
    mutating func scrollHelp(_ command: Command) {
        guard case .help(var help) = overlay else { return }
        let page = max(1, BrowserLayout(self).helpRows.height - 1)
        switch command {
        case .moveDown: help.scroll += 1
        case .moveUp: help.scroll -= 1
        case .pageDown: help.scroll += page
        case .pageUp: help.scroll -= page
        case .moveFirst: help.scroll = 0
        case .moveLast: help.scroll = .max / 2
        default: break
        }
        help.scroll = max(0, help.scroll)
        overlay = .help(help)
    }
}

extension UIStrings {
    /// Record types as search results group them.
    public static func typeName(_ type: RecordType) -> Localized {
        switch type {
        case .programme: Localized(fr: "Programmes", en: "Programmes")
        case .actor: Localized(fr: "Acteurs", en: "Actors")
        case .person: Localized(fr: "Personnes", en: "People")
        case .event: Localized(fr: "Événements", en: "Events")
        case .territory: Localized(fr: "Territoires", en: "Territories")
        case .source: Localized(fr: "Sources", en: "Sources")
        }
    }
}
