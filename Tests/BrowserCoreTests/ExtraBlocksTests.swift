import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Pages extended by data the catalogue does not hold (the counts of imported actors in a
/// programme's territory, computed by `ess browse` before the terminal starts).
@Suite struct ExtraBlocksTests {
    static let blocks: [PageBlock] = [
        .heading("Acteurs importés du territoire"),
        .item(text: "Loire: 1234", detail: "ess list actors --departement 42"),
    ]

    func browser(_ language: Language) throws -> BrowserHarness {
        let data = BrowserData(catalogue: try SampleCatalogue.make(),
                               extraBlocks: [.fr: ["progress": Self.blocks]])
        var browser = BrowserHarness(state: BrowserState(data: data, language: language, size: Size(width: 100, height: 60)))
        try browser.type("<Tab>")
        return browser
    }

    @Test func theProgrammePageEndsWithTheImportedActorCount() throws {
        let lines = try browser(.fr).state.detail.lines.map(\.text)
        let heading = try #require(lines.firstIndex { $0.contains("Acteurs importés du territoire") })
        #expect(lines[heading + 1].contains("Loire: 1234 — ess list actors --departement 42"))
        #expect(lines.last?.contains("progress") == true, "the id line still ends the page")
    }

    @Test func blocksOfAnotherLanguageAreNotShown() throws {
        #expect(!(try browser(.en).state.detail.lines.map(\.text)).contains { $0.contains("importés") })
    }
}
