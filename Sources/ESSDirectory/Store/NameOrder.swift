import Foundation
import GRDB

/// The directory's name order, sorted in Swift and stored packed (see ``OrderBlocks``) instead of
/// asking SQLite for list indexes: its two `CREATE INDEX` sorts were most of a million-row import,
/// and a table of a million ranks, row by row, nearly as long (docs/performance.md). The sort runs
/// on a thread of its own while the writing one builds the key index; the blocks are few rows.
///
/// Each actor also falls in a group: its place and classification (département, regions, legal
/// family, NAF section), the key of every filter. The groups are the rows of `actor_counts`, so
/// the counts come with the order, and the packed order holds each rank's group number, so any
/// filter is checked on the blocks without reading the actors. Counted by commune, group and NAF
/// division, they are also the rows of `commune_counts`, which a `GROUP BY` over the whole table
/// used to recount after each import.
struct NameOrder {
    /// One actor: where its folded name lies in `names`, the first eight bytes of it as a number
    /// (most comparisons end there, without reading the names), its id and its group. Sorting
    /// moves these 32 bytes, nothing to retain.
    private struct Entry {
        var prefix: UInt64
        var start: UInt32
        var length: UInt32
        var id: Int64
        var group: UInt32
        /// Its commune's number in `communes`, -1 for none.
        var commune: Int32
    }

    /// The folded names, end to end.
    private var names: [UInt8] = []
    private var entries: [Entry] = []
    private var groups: [ActorGroup] = []
    private var groupNumbers: [ActorGroup: Int] = [:]
    /// The commune codes met, numbered in order (the commune filter's part of the order).
    private var communes: [String] = []
    private var communeNumbers: [String: Int32] = [:]
    /// The actors per commune, group and NAF division: the rows of `commune_counts`.
    private var communeCounts: [CommuneCountKey: Int] = [:]

    struct CommuneCountKey: Hashable {
        var commune: Int32
        var group: UInt32
        var nafDivision: String?
    }

    mutating func reserve(_ count: Int) {
        names.reserveCapacity(count * 32)
        entries.reserveCapacity(count)
    }

    /// Adds an actor; `naf` is its NAF code, whose first two characters are its division.
    mutating func append(sortName: String, id: Int64, group: ActorGroup, communeCode: String?, naf: String?) {
        let number: Int
        if let known = groupNumbers[group] {
            number = known
        } else {
            number = groups.count
            groups.append(group)
            groupNumbers[group] = number
        }
        var commune: Int32 = -1
        if let communeCode {
            if let known = communeNumbers[communeCode] {
                commune = known
            } else {
                commune = Int32(communes.count)
                communes.append(communeCode)
                communeNumbers[communeCode] = commune
            }
        }
        let start = names.count
        names.append(contentsOf: sortName.utf8)
        var prefix: UInt64 = 0
        for index in 0..<8 { prefix = prefix << 8 | UInt64(start + index < names.count ? names[start + index] : 0) }
        entries.append(Entry(prefix: prefix, start: UInt32(start), length: UInt32(names.count - start), id: id,
                             group: UInt32(number), commune: commune))
        communeCounts[CommuneCountKey(commune: commune, group: UInt32(number), nafDivision: naf.map { String($0.prefix(2)) }), default: 0] += 1
    }

    /// Sorts by folded name in SQLite's BINARY order (UTF-8 bytes, a prefix first), then by id.
    mutating func sort() {
        names.withUnsafeBufferPointer { names in
            let base = names.baseAddress
            entries.sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                let common = Int(min(a.length, b.length))
                if common > 8, let base {
                    let order = memcmp(base + Int(a.start) + 8, base + Int(b.start) + 8, common - 8)
                    if order != 0 { return order < 0 }
                }
                return a.length != b.length ? a.length < b.length : a.id < b.id
            }
        }
    }

    /// The entries of every actor in the table (after upserts or head offices changed them).
    static func read(from db: Database) throws -> NameOrder {
        var order = NameOrder()
        order.reserve(try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0)
        let rows = try Row.fetchCursor(db, sql: """
            SELECT sort_name, id, departement, region, former_region, arrondissement, legal_family, naf_section, commune_code, naf
            FROM actors
            """)
        while let row = try rows.next() {
            let group = ActorGroup(departement: row[2], region: row[3], formerRegion: row[4], arrondissement: row[5],
                                   legalFamily: row[6], nafSection: row[7])
            order.append(sortName: row[0], id: row[1], group: group, communeCode: row[8], naf: row[9])
        }
        return order
    }

    /// The order tables' rows for these entries, once sorted.
    func packed() -> OrderBlocks.Packed {
        OrderBlocks.Packed(ids: entries.map(\.id), groupNumbers: entries.map(\.group), groups: groups,
                           communeNumbers: entries.map(\.commune), communes: communes,
                           communeCounts: communeCounts.map { ($0.key.commune < 0 ? nil : communes[Int($0.key.commune)], $0.key.group,
                                                               $0.key.nafDivision, $0.value) })
    }

    /// memcmp order, shorter first on a common prefix: SQLite's BINARY collation.
    static func compareBytes(_ a: String, _ b: String) -> Int {
        var a = a, b = b
        return a.withUTF8 { x in
            b.withUTF8 { y in
                let common = min(x.count, y.count)
                if common > 0 {
                    let order = memcmp(x.baseAddress!, y.baseAddress!, common)
                    if order != 0 { return Int(order) }
                }
                return x.count - y.count
            }
        }
    }
}
