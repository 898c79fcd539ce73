import BrowserCore
import ESSModel
import ESSReference
import TUITestSupport
import TerminalGrid
import Testing

/// The `/` filter over imported actors says how many match in all: its first 50 are shown at
/// once, the count follows on its own lane ("50 sur …", then "50 sur 1 111"), stops at a
/// bound ("plus de 10 000"), and a newer query's count replaces the older one.
@Suite struct ImportedMatchCountTests {
    func make(language: Language = .fr) throws -> BrowserHarness {
        let source = SyntheticActorSource(total: 1_000_000, scopes: ImportedActorsTests.scopes)
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        return BrowserHarness(state: BrowserState(data: data, language: language, size: Size(width: 80, height: 24)), holdsReads: true)
    }

    func heading(_ browser: BrowserHarness) -> String? { browser.state.current.rows.imported?.heading }

    @Test func placeholderWhileCountingThenTheNumber() throws {
        var browser = try make()
        browser.answerHeldReads()
        // The made-up search matches names holding the digits: 000000042, 00000042x, 0000042xx, 000042xxx.
        try browser.type("2/0000042")
        browser.answerHeldReads()
        #expect(browser.heldReads.filter { $0.lane == .matchCount }.count == 1, "the count is asked once the first matches are in")
        #expect(heading(browser) == "Acteurs importés (50 sur …)")
        #expect(browser.state.current.selectedID == "siren:000000042", "the matches are there while counting")
        browser.answerHeldReads()
        #expect(heading(browser) == "Acteurs importés (50 sur 111)")
        let row = try #require(browser.row(containing: "Acteurs importés (50 sur"))
        #expect(browser.lines[row].hasPrefix("│ Acteurs importés (50 sur 111) "))
        #expect(!browser.state.directory.isReading(.matchCount))
    }

    @Test func theBoundIsSaid() throws {
        var browser = try make(language: .en)
        browser.answerHeldReads()
        try browser.type("2/0")
        browser.answerHeldReads()
        browser.answerHeldReads()
        #expect(heading(browser) == "Imported actors (50 of over 10,000)")
    }

    @Test func fewMatchesNeedNoCount() throws {
        var browser = try make()
        browser.answerHeldReads()
        try browser.type("2/000000042")
        browser.answerHeldReads()
        #expect(browser.heldReads.filter { $0.lane == .matchCount }.isEmpty)
        #expect(heading(browser) == "Acteurs importés (1)")
    }

    @Test func aCountForAnOlderQueryIsIgnored() throws {
        var browser = try make()
        browser.answerHeldReads()
        try browser.type("2/000004")
        browser.answerHeldReads()
        let older = try #require(browser.heldReads.first { $0.lane == .matchCount })
        // A keystroke before the count comes back: the older count, answered, changes nothing.
        try browser.type("2")
        browser.answerHeldReads()
        #expect(browser.heldReads.filter { $0.lane == .matchCount }.count == 1)
        #expect(heading(browser) == "Acteurs importés (50 sur …)")
        browser.send(.directoryAnswered(older, .matchCount(ImportedMatchCount(count: 9))))
        #expect(heading(browser) == "Acteurs importés (50 sur …)")
        browser.answerHeldReads()
        #expect(heading(browser) == "Acteurs importés (50 sur 111)")
    }
}
