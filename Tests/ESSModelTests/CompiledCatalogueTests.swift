import ESSModel
import ESSSeeds
import Foundation
import Testing

@Suite("Compiled catalogue")
struct CompiledCatalogueTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    @Test func builtInCatalogueIsSeedsFolderAsTheLoaderReadsIt() throws {
        let compiled = try BuiltIn.catalogue()
        let fromYAML = try CatalogueLoader.load(directory: Self.seeds).get()
        #expect(compiled.contents == fromYAML.contents)
        #expect(compiled.allIDs == fromYAML.allIDs)
        #expect(compiled.recordCount == fromYAML.recordCount)
    }

    @Test func compilingRefusesWhatTheLoaderRefuses() throws {
        let result = CompiledCatalogue.compile([CatalogueFile(path: "bad.yaml", contents: "people:\n  - id: p\n    name: P\n    sources: [dox]\n")])
        guard case .failure(let errors) = result else {
            Issue.record("an invalid catalogue was compiled")
            return
        }
        #expect(errors.diagnostics.map(\.line) == ["bad.yaml:4:15: unknown reference 'dox' in 'sources'"])
    }

    @Test func compiledBytesBuildTheSameCatalogueAsTheYAML() throws {
        let files = [CatalogueFile(path: "base.yaml", contents: baseYAML), CatalogueFile(path: "a.yaml", contents: """
            actors:
              - id: a
                name: "Économie \\0 \\e[2J 🇫🇷 e\\u0301"
                kind: autre
                founded: {date: "2016-02-29", date_note: "courant 2016"}
                sources: [doc]
            programmes:
              - id: p
                name: P
                kind: contrat
                figures:
                  - {value: 6.5, unit: "%", label: "du budget", date: "2016-04"}
                  - {value: -0.25, label: "négatif"}
                governance:
                  - {name: Comité, members: [{target: a, role: membre, title: présidente}]}
                axes:
                  - {id: p-axe, title: Axe, objectives: [{id: p-obj, title: Objectif}]}
                sources: [doc]
            """)]
        let bytes = try CompiledCatalogue.compile(files).get()
        let decoded = try CompactDecoder().decode(CatalogueContents.self, from: bytes)
        #expect(decoded == (try CatalogueLoader.load(files: files).get()).contents)
        #expect(decoded.actors.first?.summary == nil && decoded.actors.first?.acronym == nil)
    }

    @Test func smallCatalogueRoundTrips() throws {
        let contents = SmallCatalogue.catalogue.contents
        let bytes = try CompactEncoder().encode(contents)
        #expect(try CompactDecoder().decode(CatalogueContents.self, from: bytes) == contents)
        #expect(Catalogue(try CompactDecoder().decode(CatalogueContents.self, from: bytes)).allIDs == SmallCatalogue.catalogue.allIDs)
    }

    @Test func extremeValuesRoundTrip() throws {
        let value = Extremes(
            integers: [0, 1, -1, Int.max, Int.min, 127, 128, -64, -65],
            unsigned: [0, 127, 128, UInt64.max],
            doubles: [0, -0.0, 6.5, -1e300, .infinity, .leastNonzeroMagnitude],
            texts: ["", "\u{0}", String(repeating: "é", count: 100_000), "👩‍👩‍👧 e\u{301}"],
            flags: [true, false], nested: [[], [[1]], [[2, 3], []]], optional: nil, present: "là")
        #expect(try CompactDecoder().decode(Extremes.self, from: CompactEncoder().encode(value)) == value)
    }

    /// A reader may ask for fields in another order, leave some unread, or find one missing.
    @Test func fieldsAreFoundByNameAndSkippedByLength() throws {
        let bytes = try CompactEncoder().encode(Written(first: "un", second: [1, 2, 3], third: Written.Inner(value: 7)))
        let reordered = try CompactDecoder().decode(ReadInAnotherOrder.self, from: bytes)
        #expect(reordered.third.value == 7 && reordered.first == "un")
        #expect(throws: DecodingError.self) { try CompactDecoder().decode(NeedsAMissingField.self, from: bytes) }
    }

    /// Truncated or damaged bytes are an error, never a crash or a hang.
    @Test func damagedBytesThrowOrDecode() throws {
        let bytes = try CompactEncoder().encode(SmallCatalogue.catalogue.contents)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: (any Error).self) { try CompactDecoder().decode(CatalogueContents.self, from: Array(bytes.prefix(length))) }
        }
        for position in stride(from: 0, to: bytes.count, by: 3) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[position] ^= flip
                _ = try? CompactDecoder().decode(CatalogueContents.self, from: damaged)
            }
        }
        #expect(throws: (any Error).self) { try CompactDecoder().decode(CatalogueContents.self, from: Array("ESSC".utf8) + [9]) }
    }
}

private struct Extremes: Codable, Equatable {
    var integers: [Int]
    var unsigned: [UInt64]
    var doubles: [Double]
    var texts: [String]
    var flags: [Bool]
    var nested: [[[Int]]]
    var optional: String?
    var present: String?
}

private struct Written: Encodable {
    struct Inner: Codable { var value: Int }
    var first: String
    var second: [Int]
    var third: Inner
}

private struct ReadInAnotherOrder: Decodable {
    var third: Written.Inner
    var first: String
}

private struct NeedsAMissingField: Decodable {
    var first: String
    var fourth: Int
}
