import Foundation
import GRDB

/// A filtered list in name order, read from the packed order (``OrderBlocks``): a commune
/// perimeter from its communes' ranks, a département's list (or any filter whose groups all lie in
/// one département) from that département's ranks, any other from the whole order; either way each
/// rank's group number says whether the filter keeps it, so no actor is read but those of the
/// window. Actors with no place are in the whole order: a filter on family or NAF section alone
/// finds them.
struct ListQuery {
    /// The group numbers the filter keeps, nil for all.
    private var groups: Set<UInt32>?
    /// Read from this département's ranks instead of the whole order.
    private var departement: String?
    /// Read from these communes' ranks, merged, instead of the whole order.
    private var communes: [String]?
    /// No group and no commune can match: the list is empty.
    private var matchesNothing = false
    /// The ids the filter keeps when it checks rows (a NAF division or code, years), nil otherwise.
    private var keptIDs: Set<Int64>?

    /// The unfiltered list, where a position is a rank.
    var isWholeOrder: Bool { groups == nil && keptIDs == nil && departement == nil && communes == nil && !matchesNothing }

    init(_ filter: ActorFilter, _ db: Database) throws {
        guard !filter.isEmpty else { return }
        if filter.checksRows {
            // One scan of the table: conditions the groups cannot tell are read on each row, and the
            // ids kept are looked for in the whole order (or the département's).
            let (condition, arguments) = filter.rowSQL()
            keptIDs = Set(try Int64.fetchAll(db, sql: "SELECT id FROM actors WHERE 1" + condition, arguments: StatementArguments(arguments)))
            departement = filter.departement
            return
        }
        let groupFilter = filter.withoutCommunes
        if !groupFilter.isEmpty {
            let (condition, arguments) = groupFilter.sql(table: "actor_counts")
            let rows = try Row.fetchAll(db, sql: "SELECT number, departement FROM actor_counts WHERE 1" + condition,
                                        arguments: StatementArguments(arguments))
            groups = Set(rows.map { UInt32($0["number"] as Int64) })
            let departements = rows.map { $0["departement"] as String? }
            if rows.isEmpty {
                matchesNothing = true
            } else if let only = departements[0], departements.allSatisfy({ $0 == only }) {
                // Every group in one département (and none unplaced): that département's ranks.
                departement = only
            }
        }
        if let communes = filter.communes {
            matchesNothing = matchesNothing || communes.isEmpty
            self.communes = communes.sorted()
            departement = nil
        }
    }

    /// How many actors the list holds, for a commune perimeter (other filters are counted from
    /// `actor_counts`).
    func count(_ db: Database) throws -> Int {
        guard !matchesNothing else { return 0 }
        return try communeEntries(db).count
    }

    /// How many actors of the list each group holds, for a commune perimeter.
    func groupCounts(_ db: Database) throws -> [UInt32: Int] {
        guard !matchesNothing else { return [:] }
        var counts: [UInt32: Int] = [:]
        for entry in try communeEntries(db) { counts[entry.group, default: 0] += 1 }
        return counts
    }

    /// The list's actors, with their rank, in name order: after skipping `skip` of them, the
    /// first `limit` from rank `start` (below `end`), or with `descending` the last `limit`
    /// before rank `end`, returned in name order.
    func fetch(_ db: Database, from start: Int64 = 0, to end: Int64 = .max, descending: Bool = false,
               skip: Int = 0, limit: Int) throws -> [ImportedActor] {
        guard limit > 0 else { return [] }
        var picked: [(rank: Int64, id: Int64)] = []
        var toSkip = skip
        try walk(db, from: start, to: end, descending: descending) { rank, id in
            if toSkip > 0 { toSkip -= 1 } else { picked.append((rank, id)) }
            return picked.count < limit
        }
        if descending { picked.reverse() }
        return try Self.actors(picked, db)
    }

    /// The ids of the list's actors from rank `start` (below `end`), at most `limit`, lean: what
    /// a count needs, without reading the rows.
    func ids(_ db: Database, from start: Int64, to end: Int64, limit: Int) throws -> [Int64] {
        var ids: [Int64] = []
        try walk(db, from: start, to: end, descending: false) { _, id in
            ids.append(id)
            return ids.count < limit
        }
        return ids
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
        guard start < end, !matchesNothing else { return }
        if communes != nil {
            let all = try communeEntries(db)
            let first = all.firstIndex { $0.rank >= start } ?? all.endIndex
            let past = all[first...].firstIndex { $0.rank >= end } ?? all.endIndex
            let entries = all[first..<past]
            for entry in descending ? Array(entries.reversed()) : Array(entries) where try !body(entry.rank, entry.id) { return }
        } else if let departement {
            let rows = descending
                ? try Row.fetchCursor(db, sql: """
                    SELECT first_rank, ids, groups, ranks FROM actor_order_departement WHERE departement = ? AND first_rank < ?
                    ORDER BY first_rank DESC
                    """, arguments: [departement, end])
                : try Row.fetchCursor(db, sql: """
                    SELECT first_rank, ids, groups, ranks FROM actor_order_departement WHERE departement = ? AND first_rank >= coalesce(
                        (SELECT max(first_rank) FROM actor_order_departement WHERE departement = ? AND first_rank <= ?), 0)
                    ORDER BY first_rank
                    """, arguments: [departement, departement, start])
            try visit(rows, from: start, to: end, descending: descending, body)
        } else {
            let size = Int64(OrderBlocks.size)
            let last = end == .max ? Int64.max : (end - 1) / size
            let rows = descending
                ? try Row.fetchCursor(db, sql: """
                    SELECT block * \(size), ids, groups FROM actor_order WHERE block <= ? AND block >= ? ORDER BY block DESC
                    """, arguments: [last, start / size])
                : try Row.fetchCursor(db, sql: """
                    SELECT block * \(size), ids, groups FROM actor_order WHERE block >= ? AND block <= ? ORDER BY block
                    """, arguments: [start / size, last])
            try visit(rows, from: start, to: end, descending: descending, body)
        }
    }

    /// Each row holds a run of the list: its first rank, ids and group numbers, and its ranks
    /// when they are not consecutive (a département's).
    private func visit(_ rows: RowCursor, from start: Int64, to end: Int64, descending: Bool,
                       _ body: (Int64, Int64) throws -> Bool) throws {
        while let row = try rows.next() {
            let first: Int64 = row[0]
            let ids = OrderBlocks.storedValues(row[1])
            let groupNumbers = groups == nil ? [] : OrderBlocks.values(row[2], as: UInt32.self)
            let ranks = row.count > 3 ? OrderBlocks.storedValues(row[3]) : nil
            for index in descending ? Array(ids.indices.reversed()) : Array(ids.indices) {
                let rank = ranks?[index] ?? first + Int64(index)
                if rank < start { if descending { return } else { continue } }
                if rank >= end { if descending { continue } else { return } }
                if let groups, !groups.contains(groupNumbers[index]) { continue }
                if let keptIDs, !keptIDs.contains(ids[index]) { continue }
                if try !body(rank, ids[index]) { return }
            }
        }
    }

    /// The ranks of the perimeter's communes that the groups keep, merged in rank order (an
    /// actor under a commune and its parent appears once).
    private func communeEntries(_ db: Database) throws -> [(rank: Int64, id: Int64, group: UInt32)] {
        guard let communes, !communes.isEmpty else { return [] }
        let rows = try Row.fetchCursor(db, sql: """
            SELECT ranks, ids, groups FROM actor_order_commune WHERE commune IN (\(communes.map { _ in "?" }.joined(separator: ",")))
            """, arguments: StatementArguments(communes))
        var entries: [(rank: Int64, id: Int64, group: UInt32)] = []
        while let row = try rows.next() {
            let ranks = OrderBlocks.storedValues(row[0])
            let ids = OrderBlocks.storedValues(row[1])
            let groupNumbers = OrderBlocks.values(row[2], as: UInt32.self)
            for index in ranks.indices where groups?.contains(groupNumbers[index]) ?? true {
                entries.append((ranks[index], ids[index], groupNumbers[index]))
            }
        }
        entries.sort { $0.rank < $1.rank }
        var unique: [(rank: Int64, id: Int64, group: UInt32)] = []
        unique.reserveCapacity(entries.count)
        for entry in entries where unique.last?.rank != entry.rank { unique.append(entry) }
        return unique
    }

    /// How many ranks the order holds (the number of actors).
    private static func rankCount(_ db: Database) throws -> Int64 {
        guard let row = try Row.fetchOne(db, sql: "SELECT block, length(ids) FROM actor_order ORDER BY block DESC LIMIT 1") else { return 0 }
        return (row[0] as Int64) * Int64(OrderBlocks.size) + (row[1] as Int64) / Int64(MemoryLayout<OrderBlocks.Stored>.size)
    }

    /// The ranks of the names starting with `folded`: from the first name at least `folded` in
    /// SQLite's BINARY order to the first one past every name it starts. Two binary searches over
    /// the order, twenty probes each for a million, sharing the blocks they read.
    static func ranks(startingWith folded: String, _ db: Database) throws -> Range<Int64> {
        let count = try rankCount(db)
        let size = Int64(OrderBlocks.size)
        let block = try db.cachedStatement(sql: "SELECT ids FROM actor_order WHERE block = ?")
        let name = try db.cachedStatement(sql: "SELECT sort_name FROM actors WHERE id = ?")
        // The last probes of a search fall in one block, and both searches end near each other.
        var blocks: [Int64: Data] = [:]
        func sortName(at rank: Int64) throws -> String {
            if blocks[rank / size] == nil { blocks[rank / size] = try Data.fetchOne(block, arguments: [rank / size]) ?? Data() }
            guard let id = OrderBlocks.storedValue(blocks[rank / size]!, at: Int(rank % size)) else { return "" }
            return try String.fetchOne(name, arguments: [id]) ?? ""
        }
        func firstRank(atLeast bound: String, from start: Int64) throws -> Int64 {
            var (low, high) = (start, count)
            while low < high {
                let middle = (low + high) / 2
                if NameOrder.compareBytes(try sortName(at: middle), bound) < 0 { low = middle + 1 } else { high = middle }
            }
            return low
        }
        let first = try firstRank(atLeast: folded, from: 0)
        return first..<(try firstRank(atLeast: folded + "\u{10FFFF}", from: first))
    }
}
