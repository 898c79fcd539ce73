@testable import ESSDirectory
import Foundation
import Testing

/// The import maps records from the scanned bytes (docs/performance.md, issue 10 item 7): these
/// check the byte forms against what the string forms gave.
@Suite("Mapping from bytes")
struct ByteMappingTests {
    @Test func utf8CheckAgreesWithSwiftsDecoding() {
        var random = SystemRandomNumberGenerator()
        let interesting: [UInt8] = [0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED,
                                    0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF]
        for _ in 0..<200_000 {
            // Up to 24 bytes, so that runs of ASCII are also checked eight at a time.
            let count = Int.random(in: 0...24, using: &random)
            let bytes = (0..<count).map { _ in
                switch Int.random(in: 0..<4, using: &random) {
                case 0: interesting.randomElement(using: &random)!
                case 1: UInt8.random(in: 0...255, using: &random)
                default: UInt8.random(in: 0...0x7F, using: &random)
                }
            }
            let decoded = String(decoding: bytes, as: UTF8.self)
            let valid = Array(decoded.utf8) == bytes
            #expect(bytes.withUnsafeBufferPointer(UTF8Check.isValid) == valid, "\(bytes)")
        }
    }

    @Test func codesNormaliseAsTheStringFormsDid() {
        var random = SystemRandomNumberGenerator()
        let alphabet: [String] = ["0", "1", "2", "7", "9", "0", "0", ".", ".", " ", "\t", "\n", "a", "A", "b", "B", "z", "Z", "n", "N",
                                  "\u{A0}", "\u{202F}", "\u{3000}", "é", "ı", "ß", "-"]
        for _ in 0..<100_000 {
            let value = (0..<Int.random(in: 0...16, using: &random)).map { _ in alphabet.randomElement(using: &random)! }.joined()
            #expect(ValueNormaliser.postcode(value) == Reference.digits(value, width: 5, lostZeros: 1), "\(value.debugDescription)")
            #expect(ValueNormaliser.siren(value) == Reference.digits(value, width: 9, lostZeros: 2), "\(value.debugDescription)")
            #expect(ValueNormaliser.siret(value) == Reference.digits(value, width: 14, lostZeros: 2), "\(value.debugDescription)")
            #expect(ValueNormaliser.legalCategory(value) == Reference.digits(value, width: 4, lostZeros: 0), "\(value.debugDescription)")
            #expect(ValueNormaliser.communeCode(value) == Reference.communeCode(value), "\(value.debugDescription)")
            #expect(ValueNormaliser.departement(value) == Reference.departement(value), "\(value.debugDescription)")
            #expect(ValueNormaliser.headcount(value) == Reference.headcount(value), "\(value.debugDescription)")
            #expect(ValueNormaliser.naf(value) == Reference.naf(value), "\(value.debugDescription)")
        }
        #expect(ValueNormaliser.postcode("84 200.00") == "84200" && ValueNormaliser.postcode("7400.0") == "07400")
        #expect(ValueNormaliser.siren("62201199") == "062201199" && ValueNormaliser.communeCode(" 2a 004.0 ") == "2A004")
        #expect(ValueNormaliser.communeCode("2a004") == "2A004" && ValueNormaliser.naf("62 01 z") == "62.01Z")
    }

    @Test func recordsScannedAsBytesReadAsStrings() throws {
        var fields = CSVFields()
        var reader = CSVReader(bytes: Array("a;b;c\n1;\"x \"\"y\"\"\";é\n\n;;\n".utf8))
        var lines: [Int] = []
        while let line = try reader.next(into: &fields) { lines.append(line) }
        #expect(lines == [1, 2, 4])
        #expect((0..<3).map { fields.record($0).strings } == [["a", "b", "c"], ["1", "x \"y\"", "é"], ["", "", ""]])
    }

    /// A first import builds its search index apart and copies it in: the same index as the one
    /// FTS5 rebuilds from the actors.
    @Test func aSearchIndexBuiltApartIsTheOneRebuiltFromTheActors() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        let database = try scratch.database()
        func searches() throws -> [String] {
            try database.queue.read { db in
                let words = try String.fetchAll(db, sql: "SELECT term FROM temp.terms")
                return try words.map { word in
                    let sql = "SELECT count(*) || ' ' || coalesce(sum(rowid), 0) FROM actors_fts WHERE actors_fts MATCH ?"
                    return try word + " " + String.fetchOne(db, sql: sql, arguments: ["\"\(word)\"*"])!
                }
            }
        }
        try database.queue.write { db in try db.execute(sql: "CREATE VIRTUAL TABLE temp.terms USING fts5vocab(main, actors_fts, 'row')") }
        let built = try searches()
        #expect(built.count > 100)
        try database.queue.write { db in try db.execute(sql: "INSERT INTO actors_fts(actors_fts) VALUES('rebuild')") }
        #expect(try searches() == built)
    }
}

/// The code normalisers as they were written on strings, before the import read bytes.
private enum Reference {
    static func digits(_ value: String, width: Int, lostZeros: Int) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value))
        let count = bare.utf8.count
        guard count <= width, count >= width - lostZeros, count > 0, bare.utf8.allSatisfy(isDigit) else { return nil }
        return count == width ? bare : String(repeating: "0", count: width - count) + bare
    }

    static func communeCode(_ value: String) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value)).uppercased()
        if bare.utf8.count == 5, bare.hasPrefix("2A") || bare.hasPrefix("2B"), bare.utf8.dropFirst(2).allSatisfy(isDigit) { return bare }
        return digits(bare, width: 5, lostZeros: 1)
    }

    static func departement(_ value: String) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value)).uppercased()
        if bare == "2A" || bare == "2B" { return bare }
        guard !bare.isEmpty, bare.utf8.count <= 3, bare.utf8.allSatisfy(isDigit) else { return nil }
        return bare.utf8.count == 1 ? "0" + bare : bare
    }

    static func headcount(_ value: String) -> String? {
        let bare = withoutSpaces(value).uppercased()
        return bare == "NN" ? bare : digits(bare, width: 2, lostZeros: 1)
    }

    static func naf(_ value: String) -> String? {
        let bytes = Array(withoutSpaces(value).utf8.filter { $0 != UInt8(ascii: ".") })
        guard bytes.count == 5, bytes[0..<4].allSatisfy(isDigit) else { return nil }
        var letter = bytes[4]
        if letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") { letter -= 32 }
        guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") else { return nil }
        return String(decoding: bytes[0..<2] + [UInt8(ascii: ".")] + bytes[2..<4] + [letter], as: UTF8.self)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    private static func withoutFloatZero(_ value: String) -> String {
        guard let dot = value.utf8.firstIndex(of: UInt8(ascii: ".")), dot != value.utf8.startIndex else { return value }
        let fraction = value.utf8[value.utf8.index(after: dot)...]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return value }
        return String(value[..<dot])
    }

    private static func withoutSpaces(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0xC2 || $0 == 0xE2 }) else { return value }
        return String(value.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
            .map(Character.init))
    }
}
