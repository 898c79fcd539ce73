/// The whole catalogue: every record, indexed by id, with every link navigable both ways.
///
/// Built once by the loader from validated data; a value, safe to share between threads.
public struct Catalogue: Sendable {
    public let programmes: [Programme]
    public let actors: [Actor]
    public let people: [Person]
    public let events: [Event]
    public let territories: [Territory]
    public let sources: [Source]

    /// Each record's type, index in its type's list, and number among all records (type by type,
    /// in `RecordType`'s order), the number being what ``EdgeAdjacency`` groups edges by.
    private let positions: [RecordID: (type: RecordType, index: Int, number: Int)]
    private let edges: [Edge]
    private let adjacency: EdgeAdjacency
    private let lazyRegions: Lazy<[RecordID: [RecordID]]>
    /// The current regions of every record: built on first use, since neither `ess show` nor
    /// the browser's first frame (no region chosen) asks for them.
    var regionsByRecord: [RecordID: [RecordID]] { lazyRegions.value }
    private let lazySearchIndex: Lazy<SearchIndex>
    var searchIndex: SearchIndex { lazySearchIndex.value }

    /// Records are sorted for display: by name, events by date (undated last).
    public init(programmes: [Programme] = [], actors: [Actor] = [], people: [Person] = [], events: [Event] = [],
                territories: [Territory] = [], sources: [Source] = []) {
        self.init(ordered: Catalogue.sorted(programmes) { TextFolding.fold($0.name) },
                  actors: Catalogue.sorted(actors) { TextFolding.fold($0.name) },
                  people: Catalogue.sorted(people) { TextFolding.fold(Catalogue.surnameFirst($0.name)) },
                  events: events.sorted(by: Catalogue.chronological),
                  territories: Catalogue.sorted(territories) { "\($0.level.order) " + TextFolding.fold($0.name) },
                  sources: sources.sorted { $0.file < $1.file })
    }

    /// Builds the catalogue of records already in display order (a catalogue's own `contents`).
    init(ordered programmes: [Programme], actors: [Actor], people: [Person], events: [Event],
         territories: [Territory], sources: [Source]) {
        self.programmes = programmes
        self.actors = actors
        self.people = people
        self.events = events
        self.territories = territories
        self.sources = sources

        // Typed as the property is: a dictionary of unlabelled tuples was copied whole to convert.
        var positions: [RecordID: (type: RecordType, index: Int, number: Int)] = [:]
        let recordCount = programmes.count + actors.count + people.count + events.count + territories.count + sources.count
        positions.reserveCapacity(recordCount)
        var number = 0
        func index(_ records: [some CatalogueRecord]) {
            for (i, record) in records.enumerated() {
                positions[record.id] = (Swift.type(of: record).recordType, i, number)
                number += 1
            }
        }
        index(self.programmes); index(self.actors); index(self.people)
        index(self.events); index(self.territories); index(self.sources)
        self.positions = positions

        let edges = Catalogue.edges(programmes: self.programmes, actors: self.actors, people: self.people,
                                    events: self.events, territories: self.territories, sources: self.sources)
        self.edges = edges
        self.adjacency = EdgeAdjacency(edges: edges, recordCount: recordCount) { positions[$0]?.number }
        self.lazyRegions = Lazy { RegionIndex.regions(territories: territories, edges: edges) }
        // The records as existentials (a boxed copy of each) only when the first search needs them.
        self.lazySearchIndex = Lazy {
            SearchIndex(records: programmes as [any CatalogueRecord] + actors + people + events + territories + sources)
        }
    }

    // MARK: - Lookup

    public var recordCount: Int { positions.count }

    public func contains(_ id: RecordID) -> Bool { positions[id] != nil }

    public func type(of id: RecordID) -> RecordType? { positions[id]?.type }

    public func record(_ id: RecordID) -> (any CatalogueRecord)? {
        guard let (type, i, _) = positions[id] else { return nil }
        switch type {
        case .programme: return programmes[i]
        case .actor: return actors[i]
        case .person: return people[i]
        case .event: return events[i]
        case .territory: return territories[i]
        case .source: return sources[i]
        }
    }

    public func programme(_ id: RecordID) -> Programme? { record(id) as? Programme }
    public func actor(_ id: RecordID) -> Actor? { record(id) as? Actor }
    public func person(_ id: RecordID) -> Person? { record(id) as? Person }
    public func event(_ id: RecordID) -> Event? { record(id) as? Event }
    public func territory(_ id: RecordID) -> Territory? { record(id) as? Territory }
    public func source(_ id: RecordID) -> Source? { record(id) as? Source }

    /// The display name of a record, or its id when it is unknown.
    public func name(of id: RecordID) -> String { record(id)?.displayName ?? id.rawValue }

    /// Every record of one type, in display order.
    public func records(of type: RecordType) -> [any CatalogueRecord] {
        switch type {
        case .programme: programmes
        case .actor: actors
        case .person: people
        case .event: events
        case .territory: territories
        case .source: sources
        }
    }

    /// Every record id, in type then display order.
    public var allIDs: [RecordID] { RecordType.allCases.flatMap { records(of: $0).map(\.id) } }

    // MARK: - Neighbours

    /// Everything one step away from a record, in both directions.
    public func neighbours(of id: RecordID) -> [Neighbour] {
        let record = positions[id]?.number
        return adjacency.outgoing(of: record, id: id).map { edges[Int($0)].neighbour(.outgoing) }
            + adjacency.incoming(of: record, id: id).map { edges[Int($0)].neighbour(.incoming) }
    }

    /// Neighbours grouped by relation and direction, written links first, then derived ones.
    public func neighbourGroups(of id: RecordID) -> [NeighbourGroup] {
        var groups: [NeighbourGroup] = []
        for neighbour in neighbours(of: id) {
            if let i = groups.firstIndex(where: { $0.relation == neighbour.relation && $0.direction == neighbour.direction }) {
                if !groups[i].neighbours.contains(where: { $0.id == neighbour.id && $0.note == neighbour.note }) {
                    groups[i].neighbours.append(neighbour)
                }
            } else {
                groups.append(NeighbourGroup(relation: neighbour.relation, direction: neighbour.direction, neighbours: [neighbour]))
            }
        }
        return groups.sorted { $0.sortRank < $1.sortRank }
    }

    /// Events linked to a record, in date order.
    public func events(of id: RecordID) -> [Event] {
        let ids = Set(neighbours(of: id).filter { type(of: $0.id) == .event }.map(\.id))
        return events.filter { ids.contains($0.id) }
    }

    // MARK: - Helpers

    /// Sorts by a key computed once per record (folding is too costly to redo in every comparison).
    static func sorted<R: CatalogueRecord>(_ records: [R], by key: (R) -> String) -> [R] {
        records.map { (key($0), $0) }.sorted { ($0.0, $0.1.id) < ($1.0, $1.1.id) }.map(\.1)
    }

    static func chronological(_ a: Event, _ b: Event) -> Bool {
        switch (a.date?.sortKey, b.date?.sortKey) {
        case let (x?, y?): return x == y ? a.title < b.title : x < y
        case (_?, nil): return true
        case (nil, _?): return false
        case (nil, nil): return a.title < b.title
        }
    }

    /// "Maurice Vincent" sorts as "Vincent Maurice", as a directory of people does.
    static func surnameFirst(_ name: String) -> String {
        let words = name.split(separator: " ")
        guard words.count > 1, let last = words.last else { return name }
        return ([last] + words.dropLast()).joined(separator: " ")
    }
}

extension NeighbourGroup {
    /// Written links first (outgoing before incoming), then territories, structure and sources.
    var sortRank: Int {
        let base: Int
        switch relation {
        case .link(let role): base = LinkRole.allCases.firstIndex(of: role) ?? 0
        case .territory: base = 100
        case .parentTerritory: base = 101
        case .currentRegion: base = 102
        case .formerDepartement: base = 103
        case .source: base = 200
        }
        return base * 2 + (direction == .outgoing ? 0 : 1)
    }
}

extension TerritoryLevel {
    /// Broadest first: France, regions, former regions, départements, then smaller areas.
    var order: Int {
        switch self {
        case .france: 0
        case .region: 1
        case .ancienneRegion: 2
        case .departement: 3
        case .arrondissement: 4
        case .pays: 5
        case .epci: 6
        case .commune: 7
        case .paysEtranger: 8
        }
    }
}
