import Foundation
import GRDB

/// A filtered list in name order, read from the packed order (``OrderBlocks``): a département's
/// list from its own ranks; a region's (current or former) from the whole order, skipping the
/// ranks of other places without reading the actors; a region of a single département (overseas)
/// from that département's ranks. Legal family and NAF section are checked on the actors of each
/// run of 256 candidates.
struct ListQuery {
    /// Read from the whole order: the place numbers kept, nil for all.
    private var placeNumbers: Set<UInt16>?
    /// Read from this département's ranks instead.
    private var departement: String?
    private var extraCondition = ""
    private var extraArguments: [String] = []

    /// The unfiltered list, where a position is a rank.
    var isWholeOrder: Bool { placeNumbers == nil && departement == nil && extraCondition.isEmpty }

    init(_ filter: ActorFilter, _ db: Database) throws {
        if filter.departement != nil || filter.region != nil || filter.formerRegion != nil {
            let rows = try Row.fetchAll(db, sql: "SELECT number, departement, region, former_region FROM actor_places")
            let matching = rows.filter { row in
                (filter.departement.map { $0 == row["departement"] as String? } ?? true)
                    && (filter.region.map { $0 == row["region"] as String? } ?? true)
                    && (filter.formerRegion.map { $0 == row["former_region"] as String? } ?? true)
            }
            if filter.departement != nil || matching.count <= 1 {
                // No matching place: "" is no département, the list is empty.
                departement = matching.first?["departement"] ?? ""
            } else {
                placeNumbers = Set(matching.map { UInt16($0["number"] as Int64) })
            }
        }
        for (column, value) in [("legal_family", filter.legalFamily), ("naf_section", filter.nafSection)] {
            guard let value else { continue }
            extraCondition += " AND \(column) = ?"
            extraArguments.append(value)
        }
    }

    /// The list's actors, with their rank, in name order: after skipping `skip` of them, the
    /// first `limit` from rank `start` (below `end`), or with `descending` the last `limit`
    /// before rank `end`, returned in name order.
    func fetch(_ db: Database, from start: Int64 = 0, to end: Int64 = .max, descending: Bool = false,
               skip: Int = 0, limit: Int) throws -> [ImportedActor] {
        guard limit > 0 else { return [] }
        var picked: [(rank: Int64, id: Int64)] = []
        var toSkip = skip
        var pending: [(rank: Int64, id: Int64)] = []
        func pick(_ candidates: [(rank: Int64, id: Int64)]) {
            for candidate in candidates where picked.count < limit {
                if toSkip > 0 { toSkip -= 1 } else { picked.append(candidate) }
            }
        }
        func flush() throws {
            guard !pending.isEmpty else { return }
            let kept = Set(try Int64.fetchAll(db, sql: """
                SELECT id FROM actors WHERE id IN (\(pending.map { String($0.id) }.joined(separator: ",")))\(extraCondition)
                """, arguments: StatementArguments(extraArguments)))
            pick(pending.filter { kept.contains($0.id) })
            pending.removeAll(keepingCapacity: true)
        }
        try walk(db, from: start, to: end, descending: descending) { rank, id in
            if extraCondition.isEmpty {
                pick([(rank, id)])
            } else {
                pending.append((rank, id))
                if pending.count == OrderBlocks.size { try flush() }
            }
            return picked.count < limit
        }
        try flush()
        if descending { picked.reverse() }
        return try Self.actors(picked, db)
    }

    /// Whole actors for ranked ids, in the given order.
    private static func actors(_ ranked: [(rank: Int64, id: Int64)], _ db: Database) throws -> [ImportedActor] {
        guard !ranked.isEmpty else { return [] }
        let rows = try ImportedActor.fetchAll(db, sql: "SELECT * FROM actors WHERE id IN (\(ranked.map { String($0.id) }.joined(separator: ",")))")
        let byID = Dictionary(rows.map { ($0.rowID, $0) }, uniquingKeysWith: { first, _ in first })
        return ranked.compactMap { entry in
            guard var actor = byID[entry.id] else { return nil }
            actor.rank = entry.rank
            return actor
        }
    }

    /// Calls `body` with each (rank, id) of the list in `start ..< end`, in order or in reverse,
    /// until it returns false.
    private func walk(_ db: Database, from start: Int64, to end: Int64, descending: Bool,
                      _ body: (Int64, Int64) throws -> Bool) throws {
        guard start < end else { return }
        if let departement {
            let rows = descending
                ? try Row.fetchCursor(db, sql: """
                    SELECT first_rank, ranks, ids FROM actor_order_departement WHERE departement = ? AND first_rank < ?
                    ORDER BY first_rank DESC
                    """, arguments: [departement, end])
                : try Row.fetchCursor(db, sql: """
                    SELECT first_rank, ranks, ids FROM actor_order_departement WHERE departement = ? AND first_rank >= coalesce(
                        (SELECT max(first_rank) FROM actor_order_departement WHERE departement = ? AND first_rank <= ?), 0)
                    ORDER BY first_rank
                    """, arguments: [departement, departement, start])
            while let row = try rows.next() {
                let ranks = OrderBlocks.values(row[1], as: Int64.self)
                let ids = OrderBlocks.values(row[2], as: Int64.self)
                for index in descending ? Array(ranks.indices.reversed()) : Array(ranks.indices) {
                    let rank = ranks[index]
                    if rank < start { if descending { return } else { continue } }
                    if rank >= end { if descending { continue } else { return } }
                    if try !body(rank, ids[index]) { return }
                }
            }
            return
        }
        let size = Int64(OrderBlocks.size)
        let rows = descending
            ? try Row.fetchCursor(db, sql: "SELECT block, ids, places FROM actor_order WHERE block <= ? AND block >= ? ORDER BY block DESC",
                                  arguments: [end == .max ? Int64.max : (end - 1) / size, start / size])
            : try Row.fetchCursor(db, sql: "SELECT block, ids, places FROM actor_order WHERE block >= ? AND block <= ? ORDER BY block",
                                  arguments: [start / size, end == .max ? Int64.max : (end - 1) / size])
        while let row = try rows.next() {
            let first = (row[0] as Int64) * size
            let ids = OrderBlocks.values(row[1], as: Int64.self)
            let places = placeNumbers == nil ? [] : OrderBlocks.values(row[2], as: UInt16.self)
            for index in descending ? Array(ids.indices.reversed()) : Array(ids.indices) {
                let rank = first + Int64(index)
                guard rank >= start && rank < end else { continue }
                if let placeNumbers, !placeNumbers.contains(places[index]) { continue }
                if try !body(rank, ids[index]) { return }
            }
        }
    }

    /// How many ranks the order holds (the number of actors).
    static func rankCount(_ db: Database) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT block, length(ids) FROM actor_order ORDER BY block DESC LIMIT 1") else { return 0 }
        return (row[0] as Int64) * Int64(OrderBlocks.size) + (row[1] as Int64) / 8
    }

    /// The first rank whose folded name is at least `sortName` in SQLite's BINARY order (the
    /// number of actors when none is): a binary search over the order, twenty probes for a million.
    static func firstRank(atLeast sortName: String, _ db: Database) throws -> Int64 {
        var low: Int64 = 0
        var high = try rankCount(db)
        let block = try db.cachedStatement(sql: "SELECT ids FROM actor_order WHERE block = ?")
        let name = try db.cachedStatement(sql: "SELECT sort_name FROM actors WHERE id = ?")
        while low < high {
            let middle = (low + high) / 2
            let size = Int64(OrderBlocks.size)
            let ids = try Data.fetchOne(block, arguments: [middle / size]).map { OrderBlocks.values($0, as: Int64.self) } ?? []
            let index = Int(middle % size)
            let found = index < ids.count ? try String.fetchOne(name, arguments: [ids[index]]) ?? "" : ""
            if NameOrder.compareBytes(found, sortName) < 0 { low = middle + 1 } else { high = middle }
        }
        return low
    }
}
