import ESSReference
import Foundation
import GRDB
import GRDBSQLite

/// The name order as stored: the actors' ids by rank, packed 240 to a row.
///
/// - `actor_order`: block → the ids of ranks `block * 240 ..< block * 240 + 240` and each one's
///   group number (all four-byte little-endian integers, ``Stored``);
/// - `actor_counts`: group number → département, regions, legal family, NAF section and how many
///   actors the group holds (the counts every filter shows);
/// - `actor_order_departement`: each département's ranks and ids, 320 to a row, keyed by the
///   first rank of the row, with their group numbers;
/// - `actor_order_commune`: the same for each commune, under the actor's commune code and, for a
///   commune déléguée or associée or a municipal arrondissement, its parent's too (a perimeter
///   that names Lyon counts the actors of Lyon 3e).
///
/// A million actors are some 10,000 rows, written in milliseconds; a page reads one or two of them.
enum OrderBlocks {
    /// Ranks a block of `actor_order` holds: 240 × 8 bytes is just under half of SQLite's 4 KB
    /// page, so two blocks share one (256 took a page each).
    static let size = 240
    /// Ranks a run of a département or commune holds: 320 × 12 bytes, just under a page.
    static let runSize = 320
    /// Ids and ranks as the blobs hold them: four bytes, not eight. With the sizes above, the
    /// three tables of a million actors take 27 MB instead of 46, written at the end of the
    /// import, when the writer works alone.
    typealias Stored = UInt32

    /// The rows of the three tables, packed (on the sorting thread, while the writer is busy).
    struct Packed: Sendable {
        private let groups: [ActorGroup]
        private var counts: [Int]
        private var blocks: [(ids: Data, groups: Data)] = []
        private var departements: [Run] = []
        private var communes: [Run] = []
        /// The rows of `commune_counts`: a commune (nil for none) and its entries (``CommuneCountEntries``).
        private let communeCounts: [(commune: String?, entries: Data)]
        /// False when an id is past ``Stored``'s range (the blobs would not hold it).
        private let idsFit: Bool

        /// Up to `runSize` ranks of one département's or commune's part of the order.
        private struct Run {
            var key: String
            var firstRank: Int64
            var ranks, ids, groups: Data
        }

        init(ids: [Int64], groupNumbers: [UInt32], groups: [ActorGroup], communeNumbers: [Int32], communes communeCodes: [String],
             communeCounts: [(key: NameOrder.CommuneCountKey, count: Int)], divisions: [String]) {
            self.groups = groups
            idsFit = (ids.max() ?? 0) <= Int64(Stored.max)
            self.communeCounts = Self.communeCountRows(communeCounts, communes: communeCodes, divisions: divisions)
            counts = [Int](repeating: 0, count: groups.count)
            for number in groupNumbers { counts[Int(number)] += 1 }
            for start in stride(from: 0, to: ids.count, by: size) {
                let end = min(start + size, ids.count)
                blocks.append((Self.blob(ids[start..<end].lazy.map(Self.stored)), Self.blob(groupNumbers[start..<end])))
            }
            var departementCodes = Interner<String>()
            let departementOfGroup = groups.map { group in group.departement.map { departementCodes.number($0) } ?? -1 }
            departements = Self.runs(keys: departementCodes.values, of: groupNumbers, first: departementOfGroup, second: nil, ids: ids,
                                     groupNumbers: groupNumbers)
            guard !communeCodes.isEmpty else { return }
            // Each commune number's filter codes: its own (numbered as the communes are), and its
            // parent's when it has one.
            let table = CommuneTable.shared
            var keys = Interner<String>()
            let own = communeCodes.map { keys.number($0) }
            let parents = communeCodes.map { code in
                guard let parent = table.commune(code: code)?.parent, parent != code else { return Int32(-1) }
                return keys.number(parent)
            }
            communes = Self.runs(keys: keys.values, of: communeNumbers, first: own, second: parents, ids: ids, groupNumbers: groupNumbers)
        }

        /// Each key's ranks cut into rows of `runSize`, with their ids and group numbers, keys in
        /// SQLite's BINARY order. The rank's item (`items[rank]`, a group or a commune number;
        /// negative for none) falls under key `first[item]` and, when there is one, `second[item]`
        /// (-1 for none). Bucketed in two passes, counted then placed, so that each key's ranks
        /// come out ascending without a dictionary of arrays keyed by strings (a hash and an
        /// append per actor, most of the order's packing for a file of many communes).
        private static func runs<Item: BinaryInteger>(keys: [String], of items: [Item], first: [Int32], second: [Int32]?, ids: [Int64],
                                                      groupNumbers: [UInt32]) -> [Run] {
            var starts = [Int](repeating: 0, count: keys.count + 1)
            func eachKey(of item: Item, _ body: (Int) -> Void) {
                guard item >= 0 else { return }
                let key = first[Int(item)]
                if key >= 0 { body(Int(key)) }
                if let second, second[Int(item)] >= 0 { body(Int(second[Int(item)])) }
            }
            for item in items { eachKey(of: item) { starts[$0 + 1] += 1 } }
            for key in keys.indices { starts[key + 1] += starts[key] }
            var next = starts
            // Each rank's id and group placed with it, read in rank order: read later by rank,
            // from each key's ranks, they were a cache miss each.
            var ranks = [Stored](repeating: 0, count: starts[keys.count])
            var rankIDs = [Stored](repeating: 0, count: ranks.count), rankGroups = [UInt32](repeating: 0, count: ranks.count)
            for (rank, item) in items.enumerated() {
                eachKey(of: item) { key in
                    ranks[next[key]] = Stored(truncatingIfNeeded: rank)
                    rankIDs[next[key]] = stored(ids[rank])
                    rankGroups[next[key]] = groupNumbers[rank]
                    next[key] += 1
                }
            }
            var rows: [Run] = []
            for key in binaryOrder(keys) {
                for start in stride(from: starts[key], to: starts[key + 1], by: runSize) {
                    let range = start..<min(start + runSize, starts[key + 1])
                    rows.append(Run(key: keys[key], firstRank: Int64(ranks[start]), ranks: blob(ranks[range]), ids: blob(rankIDs[range]),
                                    groups: blob(rankGroups[range])))
                }
            }
            return rows
        }

        func write(to db: Database) throws {
            guard idsFit else {
                let path = String(cString: sqlite3_db_filename(db.sqliteConnection, "main"))
                throw DirectoryError.unreadable(path, "its actor ids go past \(Stored.max), more than its name order holds; "
                                                + "remove it and import the files again")
            }
            try db.execute(sql: """
                DELETE FROM actor_order; DELETE FROM actor_order_departement; DELETE FROM actor_order_commune;
                DELETE FROM actor_counts
                """)
            let group = try BulkInsert(db, sql: "INSERT INTO actor_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for (number, value) in groups.enumerated() {
                try group.run(.integer(Int64(number)), .text(value.region), .text(value.formerRegion), .text(value.departement),
                              .text(value.arrondissement), .text(value.legalFamily), .text(value.nafSection), .integer(Int64(counts[number])))
            }
            let block = try BulkInsert(db, sql: "INSERT INTO actor_order VALUES (?, ?, ?)")
            for (number, value) in blocks.enumerated() { try block.run(.integer(Int64(number)), .blob(value.ids), .blob(value.groups)) }
            let departement = try BulkInsert(db, sql: "INSERT INTO actor_order_departement VALUES (?, ?, ?, ?, ?)")
            for row in departements {
                try departement.run(.text(row.key), .integer(row.firstRank), .blob(row.ranks), .blob(row.ids), .blob(row.groups))
            }
            let commune = try BulkInsert(db, sql: "INSERT INTO actor_order_commune VALUES (?, ?, ?, ?, ?)")
            for row in communes {
                try commune.run(.text(row.key), .integer(row.firstRank), .blob(row.ranks), .blob(row.ids), .blob(row.groups))
            }
            try writeCommuneCounts(to: db)
        }

        /// `commune_counts`, what `GROUP BY` over every column filters read would give, without
        /// reading the actors again: one row per commune, its counts by group and NAF division
        /// packed (a row per count was up to one row per actor for a file whose places do not
        /// repeat, 0.6 s of SQLite's inserts after the reading for a million of them).
        /// `communeCounts` comes sorted by commune, so each commune's counts are consecutive.
        private func writeCommuneCounts(to db: Database) throws {
            try db.execute(sql: "DELETE FROM commune_counts")
            let statement = try BulkInsert(db, sql: "INSERT INTO commune_counts VALUES (?, ?)")
            for row in communeCounts { try statement.run(.text(row.commune), .blob(row.entries)) }
        }

        /// One row per commune of the counts, which come sorted by commune (numbers in
        /// `communes`, -1 for none) so that each commune's are consecutive. Packed here, on the
        /// sorting thread: on the writer, after everything else, it was most of the import's
        /// last half second for a file of many communes.
        private static func communeCountRows(_ counts: [(key: NameOrder.CommuneCountKey, count: Int)], communes: [String],
                                             divisions: [String]) -> [(commune: String?, entries: Data)] {
            let divisionBytes = divisions.map(CommuneCountEntries.divisionBytes)
            var rows: [(commune: String?, entries: Data)] = []
            var bytes: [UInt8] = []
            var start = counts.startIndex
            while start < counts.endIndex {
                let commune = counts[start].key.commune
                var end = start
                bytes.removeAll(keepingCapacity: true)
                while end < counts.endIndex && counts[end].key.commune == commune {
                    let key = counts[end].key
                    CommuneCountEntries.append(group: key.group, count: counts[end].count,
                                               division: key.division < 0 ? (0, 0) : divisionBytes[Int(key.division)], to: &bytes)
                    end += 1
                }
                rows.append((commune < 0 ? nil : communes[Int(commune)], Data(bytes)))
                start = end
            }
            return rows
        }

        private static func stored(_ id: Int64) -> Stored { Stored(truncatingIfNeeded: id) }

        /// The positions of `keys` in SQLite's BINARY order. Commune and département codes are at
        /// most eight bytes: compared as one zero-padded big-endian number each, the same order
        /// (no code holds a zero byte), where comparing the strings themselves was 40 ms of the
        /// sorting thread for a million actors' 35,000 communes, on the import's last stretch.
        private static func binaryOrder(_ keys: [String]) -> [Int] {
            var words: [(word: UInt64, index: Int)] = []
            words.reserveCapacity(keys.count)
            for (index, key) in keys.enumerated() {
                var key = key
                let word = key.withUTF8 { bytes in
                    bytes.count > 8 || bytes.contains(0) ? nil : bigEndianWord(bytes, start: 0, count: bytes.count)
                }
                guard let word else { return keys.indices.sorted { NameOrder.compareBytes(keys[$0], keys[$1]) < 0 } }
                words.append((word, index))
            }
            return words.sorted { $0.word < $1.word }.map(\.index)
        }

        /// Little-endian integers end to end, written straight into the blob.
        private static func blob<C: Collection>(_ values: C) -> Data where C.Element: FixedWidthInteger {
            let size = MemoryLayout<C.Element>.size
            var data = Data(count: values.count * size)
            data.withUnsafeMutableBytes { bytes in
                for (index, value) in values.enumerated() {
                    bytes.storeBytes(of: value.littleEndian, toByteOffset: index * size, as: C.Element.self)
                }
            }
            return data
        }
    }

    /// The ids or ranks of a blob written by ``Packed``.
    static func storedValues(_ data: Data) -> [Int64] {
        values(data, as: Stored.self).map { Int64($0) }
    }

    /// The id or rank at `index` of a blob written by ``Packed``, nil past its end.
    static func storedValue(_ data: Data, at index: Int) -> Int64? {
        let offset = index * MemoryLayout<Stored>.size
        guard index >= 0, offset + MemoryLayout<Stored>.size <= data.count else { return nil }
        return Int64(Stored(littleEndian: data.withUnsafeBytes { $0.loadUnaligned(fromByteOffset: offset, as: Stored.self) }))
    }

    /// The integers of a blob written by ``Packed``.
    static func values<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T] {
        data.withUnsafeBytes { bytes in
            (0..<bytes.count / MemoryLayout<T>.size).map { T(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
        }
    }
}
