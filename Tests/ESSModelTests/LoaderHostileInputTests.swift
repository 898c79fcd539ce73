import ESSModel
import Foundation
import Testing

/// Inputs built to hurt: runaway nesting, alias bombs, huge texts and counts, bytes that are
/// not text. Each gives located diagnostics and no catalogue, or loads whole; none crashes.
/// (Load times are measured in release builds, docs/reliability.md, not here.)
@Suite("Loader: hostile inputs")
struct LoaderHostileInputTests {
    @Test(arguments: [
        "programmes:\n  - id: x\n    name: " + String(repeating: "[", count: 100_000) + String(repeating: "]", count: 100_000) + "\n",
        "programmes:\n" + String(repeating: "- ", count: 50_000) + "x\n",
        "programmes:\n" + (0..<1_200).map { String(repeating: " ", count: $0) + "k\($0):\n" }.joined() + "\n",
    ])
    func deepNestingIsOneLocatedError(_ text: String) throws {
        let diagnostics = try failedLoad([("deep.yaml", text)])
        #expect(diagnostics.count == 1)
        let diagnostic = try #require(diagnostics.first)
        #expect(diagnostic.location.file == "deep.yaml" && diagnostic.location.line >= 2)
        #expect(diagnostic.message == "YAML nested more than 1000 levels deep")
    }

    @Test func aliasBombIsReportedOncePerPlace() throws {
        var text = "actors:\n  - id: x0\n    name: X\n    kind: autre\n    sources: [doc]\n    aliases: &l0 [a, b, c, d, e, f, g, h, i]\n"
        for level in 1..<10 {
            let items = Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ")
            text += "  - id: x\(level)\n    name: X\n    kind: autre\n    sources: [doc]\n    aliases: &l\(level) [\(items)]\n"
        }
        let diagnostics = try failedLoad([("bomb.yaml", text)])
        #expect(Set(diagnostics).count == diagnostics.count)
        #expect(diagnostics.count < 100)
        #expect(diagnostics.allSatisfy { $0.message == "the items of 'aliases' must be text" })
    }

    @Test func explicitEmptyDocumentHoldsNoRecords() throws {
        let catalogue = try loadedCatalogue([("empty.yaml", "---\n...\n"), ("comments.yaml", "\u{FEFF}# rien\n---\n")])
        #expect(catalogue.recordCount == 2)
    }

    @Test func nulAndControlCharactersInAQuotedNameAreKeptAsData() throws {
        let catalogue = try loadedCatalogue([("c.yaml", """
            actors:
              - id: x
                name: "a\\0b\\e]0;t\\ac\\e[2J"
                kind: autre
                sources: [doc]
            """)])
        #expect(catalogue.actors.first?.name == "a\u{0}b\u{1B}]0;t\u{7}c\u{1B}[2J")
    }

    @Test func hundredThousandCharacterNameAndSummaryLoadWhole() throws {
        let name = String(repeating: "e\u{301}", count: 100_000)
        let summary = String(repeating: "économie sociale ", count: 6_000)
        let catalogue = try loadedCatalogue([("long.yaml", """
            actors:
              - id: long
                name: \(name)
                kind: autre
                summary: \(summary)
                sources: [doc]
            """)])
        let actor = try #require(catalogue.actors.first)
        #expect(actor.name == String(repeating: "é", count: 100_000))
        #expect(actor.name.unicodeScalars.count == 100_000)  // NFC: one scalar per letter
        #expect(actor.summary?.count == summary.count - 1)   // trimmed
    }

    @Test func tenThousandRecordsLoad() throws {
        let actors = (0..<10_000).map { "  - {id: acteur-\($0), name: Acteur \($0), kind: reseau, sources: [doc]}\n" }
        let catalogue = try loadedCatalogue([("many.yaml", "actors:\n" + actors.joined())])
        #expect(catalogue.actors.count == 10_000)
        #expect(catalogue.contains("acteur-9999"))
    }

    @Test func tenThousandErrorsAreAllReportedSorted() throws {
        let actors = (0..<10_000).map { "  - {id: acteur-\($0), name: A, kind: inconnu, sources: [doc]}\n" }
        let diagnostics = try failedLoad([("many.yaml", "actors:\n" + actors.joined())])
        #expect(diagnostics.count == 10_000)
        #expect(diagnostics.map(\.location) == diagnostics.map(\.location).sorted())
    }
}
