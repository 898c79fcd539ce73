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
        let decoded = try CatalogueContents(compactForm: bytes)
        #expect(decoded == (try CatalogueLoader.load(files: files).get()).contents)
        #expect(decoded.actors.first?.summary == nil && decoded.actors.first?.acronym == nil)
    }

    @Test func smallCatalogueRoundTrips() throws {
        let contents = SmallCatalogue.catalogue.contents
        let bytes = try CompactEncoder().encode(contents)
        #expect(try CatalogueContents(compactForm: bytes) == contents)
        #expect(Catalogue(try CatalogueContents(compactForm: bytes)).allIDs == SmallCatalogue.catalogue.allIDs)
    }

    /// Each record type's reader reads every field: a record of each type with every field set
    /// (checked below, so a field added to a type must be set here too) reads back equal.
    @Test func everyFieldOfEveryRecordTypeReadsBack() throws {
        let contents = EveryField.contents
        for record in EveryField.values {
            #expect(EveryField.unsetFields(of: record).isEmpty, "set every field of \(type(of: record)) in EveryField")
        }
        #expect(try CatalogueContents(compactForm: CompactEncoder().encode(contents)) == contents)
    }

    @Test func extremeValuesReadBack() throws {
        let figures = [0, -0.0, 6.5, -1e300, .infinity, .leastNonzeroMagnitude, .greatestFiniteMagnitude].map {
            KeyFigure(value: $0, label: "")
        }
        let texts = ["", "\u{0}", String(repeating: "é", count: 100_000), "👩‍👩‍👧 e\u{301}"]
        let events = [Int.max, Int.min, 0, 1, -1, 127, 128, -64, -65].enumerated().map { index, paragraph in
            Event(id: RecordID("e\(index)"), title: texts[index % texts.count], figures: index == 0 ? figures : [],
                  evidence: Evidence(source: "s", paragraph: paragraph, opening: texts[(index + 1) % texts.count]))
        }
        let contents = CatalogueContents(events: events)
        #expect(try CatalogueContents(compactForm: CompactEncoder().encode(contents)) == contents)
    }

    /// A field no reader asks for (written by a newer conformance) is refused, named, rather than dropped.
    @Test func aFieldTheReaderDoesNotKnowIsRefused() throws {
        let bytes = try CompactEncoder().encode(Contents(sources: [SourceWithEdition()]))
        let error = #expect(throws: CompactFormError.self) { try CatalogueContents(compactForm: bytes) }
        #expect(error?.description.contains("edition") == true)
        #expect(error?.description.contains("Source") == true)
    }

    @Test func aMissingFieldIsRefused() throws {
        let bytes = try CompactEncoder().encode(Contents(sources: [SourceWithoutFile()]))
        let error = #expect(throws: CompactFormError.self) { try CatalogueContents(compactForm: bytes) }
        #expect(error?.description == "no field 'file' in a Source")
    }

    /// Truncated or damaged bytes are an error, never a crash or a hang.
    @Test func damagedBytesThrowOrDecode() throws {
        let bytes = try CompactEncoder().encode(SmallCatalogue.catalogue.contents)
        for length in stride(from: 0, to: bytes.count, by: 7) {
            #expect(throws: (any Error).self) { try CatalogueContents(compactForm: Array(bytes.prefix(length))) }
        }
        for position in stride(from: 0, to: bytes.count, by: 3) {
            for flip: UInt8 in [0x01, 0x80, 0xFF] {
                var damaged = bytes
                damaged[position] ^= flip
                _ = try? CatalogueContents(compactForm: damaged)
            }
        }
        #expect(throws: (any Error).self) { try CatalogueContents(compactForm: Array("ESSC".utf8) + [9]) }
    }
}

/// The shape of `CatalogueContents`, with other sources than the reader knows.
private struct Contents<S: Encodable>: Encodable {
    var programmes: [Int] = []
    var actors: [Int] = []
    var people: [Int] = []
    var events: [Int] = []
    var territories: [Int] = []
    var sources: [S]
}

private struct SourceWithEdition: Encodable {
    var id = "s"
    var title = "S"
    var file = "s.txt"
    var edition = 2
}

private struct SourceWithoutFile: Encodable {
    var id = "s"
    var title = "S"
}
