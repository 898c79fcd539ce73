import Foundation
import GRDB

/// The name order as stored: the actors' ids by rank, packed 256 to a row.
///
/// - `actor_order`: block → the ids of ranks `block * 256 ..< block * 256 + 256` (Int64, little
///   endian) and each one's place number (UInt16; 0 for an actor with no place);
/// - `actor_places`: place number → département, region and former region codes;
/// - `actor_order_departement`: each département's ranks and ids, 256 to a row, keyed by the
///   first rank of the row.
///
/// A million actors are some 8,000 rows, written in milliseconds; a page reads one or two of them.
enum OrderBlocks {
    static let size = 256

    /// The rows of the three tables, packed (on the reading thread, while the writer is busy).
    struct Packed: Sendable {
        /// Place `n` is `places[n - 1]`.
        let places: [(departement: String, region: String?, formerRegion: String?)]
        private var blocks: [(ids: Data, places: Data)] = []
        private var departements: [(departement: String, firstRank: Int64, ranks: Data, ids: Data)] = []

        init(ids: [Int64], placeNumbers: [UInt16], places: [(departement: String, region: String?, formerRegion: String?)]) {
            self.places = places
            for start in stride(from: 0, to: ids.count, by: size) {
                let end = min(start + size, ids.count)
                blocks.append((Self.blob(ids[start..<end]), Self.blob(placeNumbers[start..<end])))
            }
            var ranksByPlace = [[Int64]](repeating: [], count: places.count + 1)
            for (rank, number) in placeNumbers.enumerated() where number != 0 { ranksByPlace[Int(number)].append(Int64(rank)) }
            for (index, place) in places.enumerated() {
                let ranks = ranksByPlace[index + 1]
                for start in stride(from: 0, to: ranks.count, by: size) {
                    let slice = ranks[start..<min(start + size, ranks.count)]
                    departements.append((place.departement, slice.first!, Self.blob(slice), Self.blob(slice.map { ids[Int($0)] })))
                }
            }
        }

        func write(to db: Database) throws {
            try db.execute(sql: "DELETE FROM actor_order; DELETE FROM actor_order_departement; DELETE FROM actor_places")
            let place = try db.makeStatement(sql: "INSERT INTO actor_places VALUES (?, ?, ?, ?)")
            for (index, value) in places.enumerated() {
                try place.execute(arguments: [index + 1, value.departement, value.region, value.formerRegion])
            }
            let block = try db.makeStatement(sql: "INSERT INTO actor_order VALUES (?, ?, ?)")
            for (number, value) in blocks.enumerated() { try block.execute(arguments: [number, value.ids, value.places]) }
            let departement = try db.makeStatement(sql: "INSERT INTO actor_order_departement VALUES (?, ?, ?, ?)")
            for row in departements { try departement.execute(arguments: [row.departement, row.firstRank, row.ranks, row.ids]) }
        }

        /// Little-endian integers end to end.
        private static func blob<C: Collection>(_ values: C) -> Data where C.Element: FixedWidthInteger {
            let littleEndian = values.map(\.littleEndian)
            return littleEndian.withUnsafeBytes { Data($0) }
        }
    }

    /// The integers of a blob written by ``Writer``.
    static func values<T: FixedWidthInteger>(_ data: Data, as: T.Type) -> [T] {
        data.withUnsafeBytes { bytes in
            (0..<bytes.count / MemoryLayout<T>.size).map { T(littleEndian: bytes.loadUnaligned(fromByteOffset: $0 * MemoryLayout<T>.size, as: T.self)) }
        }
    }
}
