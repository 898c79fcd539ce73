import ESSReference
import Foundation
import GRDB

extension DirectoryDatabase {
    /// The actors of `filter` per commune (and per département for those without one), read
    /// from the counts kept at import: a few thousand rows whatever the directory's size, each
    /// count kept when its group passes the filter. A filter on communes, a NAF sub-class or
    /// years of creation is counted over the actors' rows.
    public func communeCounts(_ filter: ActorFilter = ActorFilter()) throws -> [CommuneCount] {
        try read { db in
            if filter.communes != nil || filter.nafCode != nil || filter.createdYears != nil {
                let (condition, arguments) = filter.rowSQL()
                let sql = "SELECT commune_code, departement, count(*) FROM actors WHERE 1\(condition) GROUP BY 1, 2"
                return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
                    CommuneCount(commune: $0[0], departement: $0[1], count: $0[2])
                }
            }
            // The groups the filter keeps, with their département.
            let (condition, arguments) = filter.sql(table: "actor_counts")
            var departements: [UInt32: String?] = [:]
            for row in try Row.fetchAll(db, sql: "SELECT number, departement FROM actor_counts WHERE 1\(condition)",
                                        arguments: StatementArguments(arguments)) {
                departements[UInt32(row[0] as Int64)] = .some(row[1])
            }
            var totals: [CommunePlace: Int] = [:]
            let rows = try Row.fetchCursor(db, sql: "SELECT commune, counts FROM commune_counts")
            while let row = try rows.next() {
                let commune: String? = row[0]
                CommuneCountEntries.forEach(in: row[1]) { group, division, count in
                    guard let departement = departements[group], filter.nafDivision == nil || division == filter.nafDivision else { return }
                    totals[CommunePlace(commune: commune, departement: departement), default: 0] += count
                }
            }
            // In the order `GROUP BY commune, departement` gave them.
            return totals.map { CommuneCount(commune: $0.key.commune, departement: $0.key.departement, count: $0.value) }
                .sorted { ($0.commune ?? "", $0.departement ?? "") < ($1.commune ?? "", $1.departement ?? "") }
        }
    }

    private struct CommunePlace: Hashable {
        var commune: String?
        var departement: String?
    }
}

/// A commune's counts as `commune_counts` packs them: for each group of `actor_counts` and NAF
/// division its actors fall in, 10 bytes — the group number (UInt32, little endian), the count
/// (UInt32) and the division's two digits (ASCII, zeros for none; the normaliser writes NAF
/// codes as `88.99B`, so a division is two digits).
enum CommuneCountEntries {
    static let width = 10

    /// Appends one entry; `division` as its two ASCII digits (zeros for none).
    static func append(group: UInt32, count: Int, division: (UInt8, UInt8), to bytes: inout [UInt8]) {
        withUnsafeBytes(of: group.littleEndian) { bytes.append(contentsOf: $0) }
        withUnsafeBytes(of: UInt32(count).littleEndian) { bytes.append(contentsOf: $0) }
        bytes.append(division.0)
        bytes.append(division.1)
    }

    /// A division's two bytes in an entry.
    static func divisionBytes(_ division: String) -> (UInt8, UInt8) {
        let digits = Array(division.utf8.prefix(2))
        return (digits.first ?? 0, digits.count > 1 ? digits[1] : 0)
    }

    static func forEach(in data: Data, _ body: (_ group: UInt32, _ division: String?, _ count: Int) -> Void) {
        data.withUnsafeBytes { bytes in
            for offset in stride(from: 0, to: bytes.count - width + 1, by: width) {
                let group = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                let count = UInt32(littleEndian: bytes.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self))
                let first = bytes[offset + 8], second = bytes[offset + 9]
                let division = first == 0 ? nil : String(decoding: second == 0 ? [first] : [first, second], as: UTF8.self)
                body(group, division, Int(count))
            }
        }
    }
}
