@testable import ESSDirectory
import ESSReference
import Foundation
import Testing

/// The import's own sorts and lookups (docs/performance.md, issue 10 item 7) against the plain
/// forms they replace: the multikey quicksort of the name order and the keys against a
/// comparison sort in SQLite's BINARY order, the radix sort of the commune counts against
/// `sorted()`, the commune lookup by numbers against the commune table's lookups by strings.
@Suite("Import sorting and lookups")
struct ImportSortingTests {
    /// The key list's entries: where the bytes lie, their first eight as a number, the id.
    private typealias Entry = KeyBlocks.List.Entry

    /// Names end to end, with their entries in id order, as the name order appends them.
    private static func entries(_ names: [[UInt8]]) -> (arena: [UInt8], entries: [Entry]) {
        var arena: [UInt8] = [], entries: [Entry] = []
        for (index, name) in names.enumerated() {
            let start = arena.count
            arena.append(contentsOf: name)
            entries.append(Entry(prefix: Entry.prefixNumber(arena, start: start, end: arena.count), start: UInt32(start),
                                 length: UInt32(name.count), id: Int64(index + 1)))
        }
        return (arena, entries)
    }

    /// SQLite's BINARY order (memcmp, shorter first on a common prefix), then id.
    private static func reference(_ entries: [Entry], _ arena: [UInt8]) -> [Entry] {
        entries.sorted { a, b in
            let x = arena[Int(a.start)..<Int(a.start + a.length)], y = arena[Int(b.start)..<Int(b.start + b.length)]
            if x.elementsEqual(y) { return a.id < b.id }
            return x.lexicographicallyPrecedes(y)
        }
    }

    @Test func multikeySortMatchesBinaryOrder() {
        var random = SystemRandomNumberGenerator()
        // Long shared starts, exact repeats, names that differ only past 8 or 16 bytes, trailing
        // zero bytes (which the words pad with), empty names, and high bytes.
        let starts: [[UInt8]] = [[], Array("association ".utf8), Array("association d'aide a domicile de ".utf8), Array("ab".utf8),
                                 [0], [0, 0], [0xFF, 0x80], Array("abcdefgh".utf8), Array("abcdefghijklmnop".utf8)]
        let tails: [[UInt8]] = [[], [0], [0, 0], Array("x".utf8), Array("nantes".utf8), Array("nantes".utf8) + [0], [0xC3, 0xA9], Array("a".utf8)]
        for count in [0, 1, 2, 17, 40, 300, 3000, 3000, 3000] {
            let names = (0..<count).map { _ in
                starts[Int(random.next() % UInt64(starts.count))] + tails[Int(random.next() % UInt64(tails.count))]
                    + (random.next() % 4 == 0 ? [UInt8(random.next() % 256)] : [])
            }
            var (arena, entries) = Self.entries(names)
            let expected = Self.reference(entries, arena)
            entries.sortByBytes(in: arena)
            #expect(entries.map(\.id) == expected.map(\.id), "\(count) names")
        }
    }

    @Test func multikeySortOfRandomBytes() {
        var random = SystemRandomNumberGenerator()
        let names = (0..<5000).map { _ in (0..<Int(random.next() % 24)).map { _ in UInt8(random.next() % 3) } }
        var (arena, entries) = Self.entries(names)
        let expected = Self.reference(entries, arena)
        entries.sortByBytes(in: arena)
        #expect(entries.map(\.id) == expected.map(\.id))
    }

    @Test func nineDigitKeysSortAsTheirBytes() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 17, 3000, 20_000] {
            // SIRENs with leading zeros and repeats (a key given again later in the file).
            let pool = (0..<max(1, count / 3)).map { _ in Array(String(format: "%09llu", random.next() % 1_000_000_000).utf8) }
            let keys = (0..<count).map { _ in random.next() % 8 == 0 ? Array("000000000".utf8) : pool[Int(random.next() % UInt64(pool.count))] }
            var (arena, entries) = Self.entries(keys)
            // In any order of ids, as a list read back from the table may be.
            if count % 2 == 1 { entries.shuffle() }
            let expected = Self.reference(entries, arena)
            let sorted = try! #require(KeyBlocks.List.sortedAsNineDigits(entries, in: arena))
            #expect(sorted.map(\.id) == expected.map(\.id), "\(count) keys")
            entries.sortByBytes(in: arena)
            #expect(sorted.map(\.id) == entries.map(\.id))
        }
        // Any other key: the multikey sort's business.
        for other in ["12345678", "1234567890", "12345678A", "12345 678", ""] {
            let (arena, entries) = Self.entries([Array("123456789".utf8), Array(other.utf8)])
            #expect(KeyBlocks.List.sortedAsNineDigits(entries, in: arena) == nil, "\(other)")
        }
    }

    @Test func radixSortMatchesSorted() {
        var random = SystemRandomNumberGenerator()
        for count in [0, 1, 2, 1000, 70_000] {
            let numbers = (0..<count).map { index in
                switch index % 3 {
                case 0: random.next()
                case 1: random.next() & 0xFFFF
                default: random.next() & 0xFFFF_0000_0000_00FF
                }
            }
            #expect(numbers.radixSorted() == numbers.sorted())
        }
        let same = [UInt64](repeating: 42, count: 100)
        #expect(same.radixSorted() == same)
    }

    @Test func communeLookupAgreesWithTheTable() {
        let table = CommuneTable.shared, lookup = CommuneLookup.shared
        for (position, commune) in table.communes.enumerated() {
            let number = CommuneLookup.codeNumber(commune.code)
            #expect(number != nil, "\(commune.code)")
            let found = lookup.position(codeNumber: number ?? -1)
            #expect(table.communes[Int(found)].code == commune.code && Int(found) == table.position(code: commune.code), "\(commune.code)")
            #expect(CommuneLookup.departementCode(Int(lookup.departements[position])) == commune.departement)
            // A code's own département, as its first characters read (a few communes déléguées lie across a border).
            #expect(CommuneLookup.departementCode(CommuneLookup.departementNumber(codeNumber: number ?? 0))
                == String(commune.code.prefix(commune.code.hasPrefix("97") ? 3 : 2)), "\(commune.code)")
            if let postcode = commune.postcode {
                let number = CommuneLookup.postcodeNumber(postcode)!
                #expect(CommuneLookup.postcodeText(number) == postcode)
                #expect(lookup.positions(postcode: number).map(Int.init) == table.positions(postcode: postcode))
                #expect(lookup.departements(postcode: number).map(CommuneLookup.departementCode) == table.departements(postcode: postcode))
            }
            let folded = Array(CommuneTable.foldedName(commune.name).utf8)
            #expect(lookup.positions(foldedName: folded).map(Int.init) == table.positions(foldedName: CommuneTable.foldedName(commune.name)))
        }
        #expect(lookup.positions(foldedName: Array("nowhere at all".utf8)).isEmpty)
        #expect(CommuneLookup.codeNumber("2C004") == nil && CommuneLookup.codeNumber("6912") == nil && CommuneLookup.departementNumber("123") == nil)
        #expect(["01", "2A", "2B", "95", "971", "976"].allSatisfy { CommuneLookup.departementCode(CommuneLookup.departementNumber($0)!) == $0 })
    }
}
