/// Works out which current regions each record belongs to, across the 2016 reform.
enum RegionIndex {
    /// For every record: the current regions of its territories; for a record with none of its own
    /// (a person, an event), the regions of the records its written links point to.
    static func regions(territories: [Territory], edges: [Edge]) -> [RecordID: [RecordID]] {
        let byID = Dictionary(territories.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        var territoryRegions: [RecordID: [RecordID]] = [:]
        for territory in territories {
            territoryRegions[territory.id] = currentRegions(of: territory.id, in: byID)
        }

        var result = territoryRegions
        var direct: [RecordID: [RecordID]] = [:]
        var linked: [RecordID: [RecordID]] = [:]
        for edge in edges {
            switch edge.relation {
            case .territory:
                direct[edge.from, default: []].append(contentsOf: territoryRegions[edge.to] ?? [])
            case .link:
                linked[edge.from, default: []].append(edge.to)
            default:
                break
            }
        }
        for (id, regions) in direct where !regions.isEmpty {
            result[id] = sortedUnique(regions)
        }
        for (id, targets) in linked where result[id] == nil {
            let regions = sortedUnique(targets.flatMap { direct[$0] ?? [] })
            if !regions.isEmpty { result[id] = regions }
        }
        return result
    }

    /// Sorted, each once: what a set then a sort gave, without a set per record (a few
    /// regions each, hundreds of records, at every start).
    private static func sortedUnique(_ ids: [RecordID]) -> [RecordID] {
        var unique: [RecordID] = []
        for id in ids.sorted() where unique.last != id { unique.append(id) }
        return unique
    }

    /// Walks up the parent chain to a region; a former region stands for its current one.
    /// A cycle (rejected by validation anyway) stops the walk instead of looping.
    static func currentRegions(of id: RecordID, in territories: [RecordID: Territory]) -> [RecordID] {
        // A walk longer than there are territories has met a cycle: it stops as on a territory
        // seen twice, without a set per walk.
        var steps = 0
        var cursor: RecordID? = id
        while let current = cursor, let territory = territories[current], steps <= territories.count {
            steps += 1
            switch territory.level {
            case .region: return [territory.id]
            case .ancienneRegion: return territory.current.map { [$0] } ?? []
            default: cursor = territory.parent
            }
        }
        return []
    }
}
