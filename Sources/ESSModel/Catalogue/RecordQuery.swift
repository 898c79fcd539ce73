/// A list request shared by the CLI and the browser: one record type, narrowed by region, kind and years.
public struct RecordQuery: Hashable, Sendable {
    public var type: RecordType
    public var region: RegionFilter?
    /// A kind (actor kind, programme kind or territory level), by its code or its label.
    public var kind: String?
    /// Records whose dates overlap these years (inclusive).
    public var years: ClosedRange<Int>?
    /// Accent- and case-insensitive words that must all appear in the record's names.
    public var text: String?

    public init(type: RecordType, region: RegionFilter? = nil, kind: String? = nil, years: ClosedRange<Int>? = nil,
                text: String? = nil) {
        self.type = type
        self.region = region
        self.kind = kind
        self.years = years
        self.text = text
    }
}

extension Catalogue {
    /// The records a query selects, in display order.
    public func list(_ query: RecordQuery) -> [any CatalogueRecord] {
        let words = query.text.map(SearchIndex.words) ?? []
        let kind = query.kind.map(TextFolding.fold)
        return records(of: query.type).filter { record in
            isInRegion(record.id, query.region)
                && (kind == nil || kindCodes(of: record).contains(kind!))
                && (query.years == nil || overlaps(record.id, query.years!))
                && (words.isEmpty || matchesAll(words, in: record))
        }
    }

    /// The kind codes a record answers to (code and labels, folded), for `--kind`.
    public func kindCodes(of record: any CatalogueRecord) -> Set<String> {
        let label: (String, Localized)?
        switch record {
        case let actor as Actor: label = (actor.kind.rawValue, actor.kind.label)
        case let programme as Programme: label = (programme.kind.rawValue, programme.kind.label)
        case let territory as Territory: label = (territory.level.rawValue, territory.level.label)
        default: label = nil
        }
        guard let (code, names) = label else { return [] }
        return [TextFolding.fold(code), TextFolding.fold(names.fr), TextFolding.fold(names.en)]
    }

    /// The kinds a type knows, as `code` strings, for hints and completion.
    public func kindCodes(for type: RecordType) -> [String] {
        switch type {
        case .actor: ActorKind.allCases.map(\.rawValue)
        case .programme: ProgrammeKind.allCases.map(\.rawValue)
        case .territory: TerritoryLevel.allCases.map(\.rawValue)
        default: []
        }
    }

    /// The dates a record spans: its own, or else those of the programmes and events it is linked to.
    public func dates(of id: RecordID) -> [DateRange] {
        switch record(id) {
        case let programme as Programme: if let period = programme.period { return [period] }
        case let event as Event: if let date = event.date { return [date] }
        case let actor as Actor: if let founded = actor.founded { return [founded] }
        default: break
        }
        return neighbours(of: id).compactMap { neighbour -> DateRange? in
            guard case .link = neighbour.relation else { return nil }
            return (record(neighbour.id) as? Programme)?.period ?? (record(neighbour.id) as? Event)?.date
        }
    }

    func overlaps(_ id: RecordID, _ years: ClosedRange<Int>) -> Bool {
        dates(of: id).contains { $0.overlaps(from: years.lowerBound, to: years.upperBound) }
    }

    func matchesAll(_ words: [[UInt8]], in record: any CatalogueRecord) -> Bool {
        guard let names = searchIndex.entry(for: record.id)?.allNames else { return false }
        return words.allSatisfy { Bytes.contains(names, $0) }
    }
}
