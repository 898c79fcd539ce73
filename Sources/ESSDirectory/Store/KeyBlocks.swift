import Foundation
import GRDB

/// The actors' keys, sorted and packed 256 to a row of `actor_keys` instead of a unique index:
/// `CREATE UNIQUE INDEX` over a million keys was SQLite's sort on the writing thread after the
/// load (1.5–2.6 s of a first import), where the keys can be sorted on another core while the
/// writer finishes (docs/DECISIONS.md, "Keys packed, not indexed").
///
/// A row holds its first key, the ends of its keys (UInt32, little endian) followed by their
/// bytes, and their ids (Int64): a key is found by the row whose first key is the greatest not
/// above it, then a binary search within the row. A re-import still upserts through the unique
/// index (`ON CONFLICT(key)`), which it creates when the directory has none, and packs the keys
/// again from the table.
enum KeyBlocks {
    static let size = 256

    /// Keys with their ids, gathered in file order and sorted once the file is read.
    struct List {
        struct Entry: BytesOrderEntry {
            var prefix: UInt64
            var start: UInt32
            var length: UInt32
            var id: Int64
        }

        private var bytes: [UInt8] = []
        private var entries: [Entry] = []

        mutating func reserve(_ count: Int) {
            bytes.reserveCapacity(count * 10)
            entries.reserveCapacity(count)
        }

        mutating func append(_ key: String, id: Int64) {
            let start = bytes.count
            bytes.appendUTF8(key)
            add(start: start, end: bytes.count, id: id)
        }

        /// Adds the keys of a batch, its actors numbered from `firstID` on.
        mutating func append(_ batch: BatchOrder, firstID: Int64) {
            let base = bytes.count
            bytes.append(contentsOf: batch.keys)
            var start = base
            for (index, entry) in batch.entries.enumerated() {
                add(start: start, end: base + Int(entry.keyEnd), id: firstID + Int64(index))
                start = base + Int(entry.keyEnd)
            }
        }

        private mutating func add(start: Int, end: Int, id: Int64) {
            entries.append(Entry(prefix: Entry.prefixNumber(bytes, start: start, end: end), start: UInt32(start), length: UInt32(end - start), id: id))
        }

        /// Sorted and packed, each key once with the last id it was given (a file that repeats a
        /// key keeps its last record); `repeated` says whether some key came more than once.
        mutating func packed() -> (packed: Packed, repeated: Bool) {
            if let sorted = Self.sortedAsNineDigits(entries, in: bytes) { entries = sorted } else { entries.sortByBytes(in: bytes) }
            var kept: [Entry] = []
            kept.reserveCapacity(entries.count)
            var repeated = false
            bytes.withUnsafeBufferPointer { bytes in
                for entry in entries {
                    if let last = kept.last, last.length == entry.length,
                       memcmp(bytes.baseAddress! + Int(last.start), bytes.baseAddress! + Int(entry.start), Int(entry.length)) == 0 {
                        // Sorted by id within a key: this one is later in the file.
                        kept[kept.count - 1] = entry
                        repeated = true
                    } else {
                        kept.append(entry)
                    }
                }
            }
            var packed = Packed()
            packed.rows.reserveCapacity((kept.count + size - 1) / size)
            bytes.withUnsafeBufferPointer { bytes in
                for start in stride(from: 0, to: kept.count, by: size) {
                    let block = kept[start..<min(start + size, kept.count)]
                    packed.rows.append(Self.row(block, bytes))
                }
            }
            return (packed, repeated)
        }

        /// The entries in the order of ``Array/sortByBytes(in:)`` (bytes, then id) when every key is
        /// nine ASCII digits, as SIRENs are, else nil. Keys of one length and all digits compare as
        /// their numbers, so a radix sort of number and position puts them in that order: a
        /// million SIRENs in a fraction of the multikey sort's 0.12 s, on the import's last stretch.
        static func sortedAsNineDigits(_ entries: [Entry], in bytes: [UInt8]) -> [Entry]? {
            let positionBits: UInt64 = 34
            guard entries.count < 1 << positionBits else { return nil }
            var numbers: [UInt64] = []
            numbers.reserveCapacity(entries.count)
            let allDigits = bytes.withUnsafeBufferPointer { bytes in
                for (position, entry) in entries.enumerated() {
                    guard entry.length == 9 else { return false }
                    var number: UInt64 = 0
                    for offset in 0..<9 {
                        let digit = bytes[Int(entry.start) + offset] &- UInt8(ascii: "0")
                        guard digit < 10 else { return false }
                        number = number * 10 + UInt64(digit)
                    }
                    numbers.append(number << positionBits | UInt64(position))
                }
                return true
            }
            guard allDigits else { return nil }
            let sorted = numbers.radixSorted()
            var result = sorted.map { entries[Int($0 & (1 << positionBits - 1))] }
            // A repeated key's entries by id, whatever their order in the list.
            var start = 0
            while start < sorted.count {
                var end = start + 1
                while end < sorted.count && sorted[end] >> positionBits == sorted[start] >> positionBits { end += 1 }
                if end - start > 1 { result[start..<end].sort { $0.id < $1.id } }
                start = end
            }
            return result
        }

        /// A row of `actor_keys` for these entries: written in place with one copy a key (built
        /// by appending slices, it was most of the keys' packing, on a core the import's end waits for).
        private static func row(_ block: ArraySlice<Entry>, _ bytes: UnsafeBufferPointer<UInt8>) -> (firstKey: String, keys: Data, ids: Data) {
            let textLength = block.reduce(0) { $0 + Int($1.length) }
            var keys = Data(count: block.count * 4 + textLength), ids = Data(count: block.count * 8)
            keys.withUnsafeMutableBytes { keys in
                ids.withUnsafeMutableBytes { ids in
                    var end = 0
                    for (index, entry) in block.enumerated() {
                        let length = Int(entry.length)
                        if length > 0 {
                            UnsafeMutableRawPointer(keys.baseAddress! + block.count * 4 + end)
                                .copyMemory(from: bytes.baseAddress! + Int(entry.start), byteCount: length)
                        }
                        end += length
                        keys.storeBytes(of: UInt32(end).littleEndian, toByteOffset: index * 4, as: UInt32.self)
                        ids.storeBytes(of: entry.id.littleEndian, toByteOffset: index * 8, as: Int64.self)
                    }
                }
            }
            let first = block.first!
            let firstKey = String(decoding: UnsafeBufferPointer(rebasing: bytes[Int(first.start)..<Int(first.start + first.length)]), as: UTF8.self)
            return (firstKey, keys, ids)
        }

        /// Every actor's key in the table (a re-import, or a file that repeated keys).
        static func read(from db: Database) throws -> List {
            var list = List()
            list.reserve(try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0)
            let rows = try Row.fetchCursor(db, sql: "SELECT key, id FROM actors")
            while let row = try rows.next() { list.append(row[0], id: row[1]) }
            return list
        }
    }

    /// The rows of `actor_keys`.
    struct Packed: Sendable {
        fileprivate var rows: [(firstKey: String, keys: Data, ids: Data)] = []

        func write(to db: Database) throws {
            try db.execute(sql: "DELETE FROM actor_keys")
            let statement = try db.makeStatement(sql: "INSERT INTO actor_keys VALUES (?, ?, ?)")
            for row in rows { try statement.execute(arguments: [row.firstKey, row.keys, row.ids]) }
        }
    }

    /// The id of the actor with that key, nil when none has it.
    static func id(of key: String, in db: Database) throws -> Int64? {
        guard let row = try Row.fetchOne(db, sql: "SELECT keys, ids FROM actor_keys WHERE first_key <= ? ORDER BY first_key DESC LIMIT 1",
                                         arguments: [key]) else { return nil }
        let keys: Data = row[0], ids: Data = row[1]
        let count = ids.count / 8
        var sought = key
        return sought.withUTF8 { sought in
            keys.withUnsafeBytes { keys -> Int64? in
                func end(_ index: Int) -> Int { Int(UInt32(littleEndian: keys.loadUnaligned(fromByteOffset: index * 4, as: UInt32.self))) }
                let text = count * 4
                var low = 0, high = count
                while low < high {
                    let middle = (low + high) / 2
                    let start = middle == 0 ? 0 : end(middle - 1), length = end(middle) - start
                    let common = min(length, sought.count)
                    var order = common == 0 ? 0 : Int(memcmp(keys.baseAddress! + text + start, sought.baseAddress!, common))
                    if order == 0 { order = length - sought.count }
                    if order == 0 {
                        return ids.withUnsafeBytes { Int64(littleEndian: $0.loadUnaligned(fromByteOffset: middle * 8, as: Int64.self)) }
                    }
                    if order < 0 { low = middle + 1 } else { high = middle }
                }
                return nil
            }
        }
    }
}
