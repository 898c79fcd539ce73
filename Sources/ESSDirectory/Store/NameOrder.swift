import ESSReference
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
    private struct Entry: BytesOrderEntry {
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
    private var groups = Interner<ActorGroup>()
    /// The commune codes met, numbered in order (the commune filter's part of the order).
    private var communes = Interner<String>()
    private var divisions = Interner<String>()
    /// The number in `groups` of each mapping thread's group numbers, and in `communes` of each
    /// commune key (-1 for none yet): see ``BatchOrder``.
    private var groupsByMapper: [[UInt32]] = []
    private var communesByKey: [Int32] = []
    /// The number in `divisions` of each NAF division a batch gives as a number (-1 for none yet).
    private var divisionsByNumber = [Int32](repeating: -1, count: 100)
    /// Each actor's commune, group and NAF division, counted once the file is read (see
    /// ``communeCounts()``): a dictionary incremented per actor cost the writing thread a
    /// hash and a probe per row, and up to one entry per actor when places do not repeat.
    private var countKeys: [CommuneCountKey] = []

    /// Numbers in `communes`, `groups` and `divisions` (-1 for no commune or division).
    struct CommuneCountKey: Comparable {
        var commune: Int32
        var group: UInt32
        var division: Int32

        static func < (a: CommuneCountKey, b: CommuneCountKey) -> Bool {
            (a.commune, a.group, a.division) < (b.commune, b.group, b.division)
        }

        /// The keys in order; sorted as one number each when their parts fit in one (a
        /// million tuples compared part by part took a third of the order's packing).
        static func sorted(_ keys: [CommuneCountKey]) -> [CommuneCountKey] {
            guard keys.allSatisfy({ $0.commune < (1 << 20) - 1 && $0.division < (1 << 12) - 1 }) else { return keys.sorted() }
            let packed = keys.map { UInt64($0.commune + 1) << 44 | UInt64($0.group) << 12 | UInt64($0.division + 1) }.radixSorted()
            return packed.map { CommuneCountKey(commune: Int32($0 >> 44) - 1, group: UInt32(truncatingIfNeeded: $0 >> 12), division: Int32($0 & 0xFFF) - 1) }
        }
    }

    mutating func reserve(_ count: Int) {
        names.reserveCapacity(count * 32)
        entries.reserveCapacity(count)
        countKeys.reserveCapacity(count)
    }

    /// Adds an actor; `naf` is its NAF code, whose first two characters are its division.
    mutating func append(sortName: String, id: Int64, group: ActorGroup, communeCode: String?, naf: String?) {
        let start = names.count
        names.appendUTF8(sortName)
        add(start: start, end: names.count, id: id, group: UInt32(groups.number(group)), commune: communeCode.map { communes.number($0) } ?? -1,
            division: naf.map { divisions.number(String($0.prefix(2))) } ?? -1)
    }

    /// Adds the actors of a batch, numbered from `firstID` on: the groups new to its mapping
    /// thread, the communes and divisions not met yet numbered in the order first met, so the
    /// numbers are those one actor at a time would have given (the first batch to hold a group
    /// is the first its mapping thread met it in), then each actor's by arrays.
    mutating func append(_ batch: BatchOrder, firstID: Int64) {
        if groupsByMapper.count <= batch.mapper { groupsByMapper += Array(repeating: [], count: batch.mapper + 1 - groupsByMapper.count) }
        // A mapping thread's batches come in the order it mapped them, so its new groups come
        // in the order of their numbers.
        for group in batch.newGroups { groupsByMapper[batch.mapper].append(UInt32(groups.number(group))) }
        let groupNumbers = groupsByMapper[batch.mapper]
        if communesByKey.isEmpty { communesByKey = Array(repeating: -1, count: CommuneTable.shared.communes.count) }
        let base = names.count
        names.append(contentsOf: batch.names)
        var start = base
        for (index, entry) in batch.entries.enumerated() {
            add(start: start, end: base + Int(entry.nameEnd), id: firstID + Int64(index), group: groupNumbers[Int(entry.group)],
                commune: entry.commune < 0 ? -1 : communeNumber(key: entry.commune),
                division: entry.division < 0 ? -1 : divisionNumber(entry.division))
            start = base + Int(entry.nameEnd)
        }
    }

    /// The number in `divisions` of a division given as a number (see ``BatchOrder/Entry/division``).
    private mutating func divisionNumber(_ division: Int32) -> Int32 {
        if divisionsByNumber[Int(division)] < 0 {
            divisionsByNumber[Int(division)] = divisions.number(division < 10 ? "0\(division)" : String(division))
        }
        return divisionsByNumber[Int(division)]
    }

    /// The number in `communes` of the commune of this key (``ResolvedPlace/communeKey``).
    private mutating func communeNumber(key: Int32) -> Int32 {
        if communesByKey[Int(key)] < 0 { communesByKey[Int(key)] = communes.number(CommuneTable.shared.communes[Int(key)].code) }
        return communesByKey[Int(key)]
    }

    /// Adds the entry of the name at `start..<end` of `names`.
    private mutating func add(start: Int, end: Int, id: Int64, group: UInt32, commune: Int32, division: Int32) {
        entries.append(Entry(prefix: Entry.prefixNumber(names, start: start, end: end), start: UInt32(start), length: UInt32(end - start), id: id,
                             group: group, commune: commune))
        countKeys.append(CommuneCountKey(commune: commune, group: group, division: division))
    }

    /// The actors per commune, group and NAF division (the rows of `commune_counts`): the keys
    /// sorted, each run counted.
    private func communeCounts() -> [(key: CommuneCountKey, count: Int)] {
        var counts: [(key: CommuneCountKey, count: Int)] = []
        for key in CommuneCountKey.sorted(countKeys) {
            if counts.last?.key == key {
                counts[counts.count - 1].count += 1
            } else {
                counts.append((key, 1))
            }
        }
        return counts
    }

    /// Sorts by folded name in SQLite's BINARY order (UTF-8 bytes, a prefix first), then by id.
    mutating func sort() { entries.sortByBytes(in: names) }

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
        let communes = communes.values, divisions = divisions.values
        return OrderBlocks.Packed(ids: entries.map(\.id), groupNumbers: entries.map(\.group), groups: groups.values,
                                  communeNumbers: entries.map(\.commune), communes: communes,
                                  communeCounts: communeCounts(), divisions: divisions)
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
