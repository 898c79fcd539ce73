import ESSReference
import Foundation
import GRDB
import GRDBSQLite

/// The name order as stored: the actors' ids by rank, packed 256 to a row.
///
/// - `actor_order`: block → the ids of ranks `block * 256 ..< block * 256 + 256` (Int64, little
///   endian) and each one's group number (UInt32);
/// - `actor_counts`: group number → département, regions, legal family, NAF section and how many
///   actors the group holds (the counts every filter shows);
/// - `actor_order_departement`: each département's ranks and ids, 256 to a row, keyed by the
///   first rank of the row, with their group numbers;
/// - `actor_order_commune`: the same for each commune, under the actor's commune code and, for a
///   commune déléguée or associée or a municipal arrondissement, its parent's too (a perimeter
///   that names Lyon counts the actors of Lyon 3e).
///
/// A million actors are some 8,000 rows, written in milliseconds; a page reads one or two of them.
enum OrderBlocks {
    static let size = 256

    /// The rows of the three tables, packed (on the sorting thread, while the writer is busy).
    struct Packed: Sendable {
        private let groups: [ActorGroup]
        private var counts: [Int]
        private var blocks: [(ids: Data, groups: Data)] = []
        private var departements: [Run] = []
        private var communes: [Run] = []
        private let communeCounts: [(commune: String?, group: UInt32, nafDivision: String?, count: Int)]

        /// Up to `size` ranks of one département's or commune's part of the order.
        private struct Run {
            var key: String
            var firstRank: Int64
            var ranks, ids, groups: Data
        }

        init(ids: [Int64], groupNumbers: [UInt32], groups: [ActorGroup], communeNumbers: [Int32], communes communeCodes: [String],
             communeCounts: [(commune: String?, group: UInt32, nafDivision: String?, count: Int)]) {
            self.groups = groups
            self.communeCounts = communeCounts
            counts = [Int](repeating: 0, count: groups.count)
            for number in groupNumbers { counts[Int(number)] += 1 }
            for start in stride(from: 0, to: ids.count, by: size) {
                let end = min(start + size, ids.count)
                blocks.append((Self.blob(ids[start..<end]), Self.blob(groupNumbers[start..<end])))
            }
            var ranksByDepartement: [String: [Int64]] = [:]
            for (rank, number) in groupNumbers.enumerated() {
                if let departement = groups[Int(number)].departement { ranksByDepartement[departement, default: []].append(Int64(rank)) }
            }
            departements = Self.runs(ranksByDepartement, ids: ids, groupNumbers: groupNumbers)
            guard !communeCodes.isEmpty else { return }
            // Each commune number's filter codes: its own, and its parent's when it has one.
            let table = CommuneTable.shared
            let keys: [[String]] = communeCodes.map { code in
                guard let parent = table.commune(code: code)?.parent, parent != code else { return [code] }
                return [code, parent]
            }
            var ranksByCommune: [String: [Int64]] = [:]
            for (rank, number) in communeNumbers.enumerated() where number >= 0 {
                for key in keys[Int(number)] { ranksByCommune[key, default: []].append(Int64(rank)) }
            }
            communes = Self.runs(ranksByCommune, ids: ids, groupNumbers: groupNumbers)
        }

        /// Each key's ranks cut into rows of `size`, with their ids and group numbers.
        private static func runs(_ ranksByKey: [String: [Int64]], ids: [Int64], groupNumbers: [UInt32]) -> [Run] {
            var rows: [Run] = []
            for key in ranksByKey.keys.sorted(by: { NameOrder.compareBytes($0, $1) < 0 }) {
                let ranks = ranksByKey[key]!
                for start in stride(from: 0, to: ranks.count, by: size) {
                    let slice = ranks[start..<min(start + size, ranks.count)]
                    rows.append(Run(key: key, firstRank: slice.first!, ranks: blob(slice), ids: blob(slice.map { ids[Int($0)] }),
                                    groups: blob(slice.map { groupNumbers[Int($0)] })))
                }
            }
            return rows
        }

        func write(to db: Database) throws {
            try db.execute(sql: """
                DELETE FROM actor_order; DELETE FROM actor_order_departement; DELETE FROM actor_order_commune;
                DELETE FROM actor_counts
                """)
            let group = try db.makeStatement(sql: "INSERT INTO actor_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?)")
            for (number, value) in groups.enumerated() {
                try group.execute(arguments: [number, value.region, value.formerRegion, value.departement, value.arrondissement,
                                              value.legalFamily, value.nafSection, counts[number]])
            }
            let block = try db.makeStatement(sql: "INSERT INTO actor_order VALUES (?, ?, ?)")
            for (number, value) in blocks.enumerated() { try block.execute(arguments: [number, value.ids, value.groups]) }
            let departement = try db.makeStatement(sql: "INSERT INTO actor_order_departement VALUES (?, ?, ?, ?, ?)")
            for row in departements {
                try departement.execute(arguments: [row.key, row.firstRank, row.ranks, row.ids, row.groups])
            }
            let commune = try db.makeStatement(sql: "INSERT INTO actor_order_commune VALUES (?, ?, ?, ?, ?)")
            for row in communes {
                try commune.execute(arguments: [row.key, row.firstRank, row.ranks, row.ids, row.groups])
            }
            try writeCommuneCounts(to: db)
        }

        /// `commune_counts`, what `GROUP BY` over every column filters read would give, without
        /// reading the actors again: up to one row per actor for a file whose places do not repeat,
        /// so bound with SQLite's C API (GRDB's arguments cost more than the insertion).
        private func writeCommuneCounts(to db: Database) throws {
            try db.execute(sql: "DELETE FROM commune_counts")
            let statement = try db.makeStatement(sql: "INSERT INTO commune_counts VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")
            let handle = statement.sqliteStatement
            func bind(_ text: String?, _ parameter: Int32) {
                guard let text else { sqlite3_bind_null(handle, parameter); return }
                _ = text.withCString { sqlite3_bind_text(handle, parameter, $0, -1, SQLiteStep.transient) }
            }
            for row in communeCounts {
                let group = groups[Int(row.group)]
                sqlite3_reset(handle)
                bind(row.commune, 1)
                bind(group.region, 2)
                bind(group.formerRegion, 3)
                bind(group.departement, 4)
                bind(group.arrondissement, 5)
                bind(group.legalFamily, 6)
                bind(group.nafSection, 7)
                bind(row.nafDivision, 8)
                sqlite3_bind_int64(handle, 9, Int64(row.count))
                try SQLiteStep.run(handle, db.sqliteConnection)
            }
        }

        /// Little-endian integers end to end.
        private static func blob<C: Collection>(_ values: C) -> Data where C.Element: FixedWidthInteger {
            let littleEndian = values.map(\.littleEndian)
            return littleEndian.withUnsafeBytes { Data($0) }
        }
    }

    /// The integers of a blob written by ``Packed``.
    static func values<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T] {
        data.withUnsafeBytes { bytes in
            (0..<bytes.count / MemoryLayout<T>.size).map { T(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
        }
    }
}
