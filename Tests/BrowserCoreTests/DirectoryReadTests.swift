import BrowserCore
import ESSModel
import ESSReference
import TUITestSupport
import TerminalGrid
import Testing

/// Directory reads as effects: a slow directory never holds a key back. The harness holds the
/// reads as the program loop's worker would while the disk is slow, and answers them later.
@Suite struct DirectoryReadTests {
    func make(_ source: any ImportedActorSource = SyntheticActorSource(total: 1_000_000, scopes: ImportedActorsTests.scopes),
              language: Language = .fr) throws -> BrowserHarness {
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        return BrowserHarness(state: BrowserState(data: data, language: language, size: Size(width: 80, height: 24)), holdsReads: true)
    }

    /// The lanes of the reads held, oldest first.
    func lanes(_ browser: BrowserHarness) -> [DirectoryLane] { browser.heldReads.map(\.lane) }

    @Test func placeholdersThenRowsThenThePage() throws {
        var browser = try make()
        #expect(lanes(browser) == [.total, .counts], "the directory's size and PROGRESS's territories, at the first update")
        try browser.type("2G")
        #expect(lanes(browser) == [.total, .counts, .list])
        expectRows(browser.lines, from: 19, """
            │ Syndicat du Pays Roannais        ││                                          │
            │ Acteurs importés (…) ─────────── ││                                          │
            │▶…                                ││                                          │
            └────────────────────────── 75/75 ─┘└──────────────────────────────────────────┘
            """)

        browser.answerHeldReads()
        #expect(lanes(browser) == [.list], "the window of rows, once they are counted")
        expectRows(browser.lines, from: 20, """
            │ Acteurs importés (1\u{00A0}000\u{00A0}000) ─── ││                                          │
            │▶…                                ││                                          │
            """)

        browser.answerHeldReads()
        #expect(lanes(browser) == [.page])
        expectRows(browser.lines, from: 2, """
            ┌─ ▶ Acteurs (1000074) ────────────┐┌─ Acteur ─────────────────────────────────┐
            │ Pôle Culture et Coopération      ││ Lecture de l'annuaire…                   │
            """)
        expectRows(browser.lines, from: 21, """
            │▶Acteur 000000000     Territoire 1││                                          │
            """)

        browser.answerHeldReads()
        #expect(browser.heldReads.isEmpty)
        expectRows(browser.lines, from: 3, """
            │ Pôle Culture et Coopération      ││ Acteur 000000000                         │
            │ Pôle Ressource                   ││ Acteur importé · Territoire 1            │
            """)
    }

    @Test func keysAnswerWhileReadsWait() throws {
        var browser = try make()
        try browser.type("2G")
        let before = browser.lines
        try browser.type("k")
        #expect(browser.lines != before, "the selection moved with the reads still unanswered")
        #expect(browser.state.current.selectedID == "syndicat-pays-roannais")
    }

    @Test func aNewerQueryMakesTheOlderAnswerStale() throws {
        var browser = try make()
        browser.answerHeldReads()
        try browser.type("2/12")
        let requests = browser.heldReads.filter { $0.lane == .list }
        #expect(requests.count == 3, "one read for the list, one per letter typed: \(requests)")
        #expect(requests.map(\.id) == requests.map(\.id).sorted())
        browser.answerHeldReads()
        let heading = try #require(browser.state.current.rows.imported?.heading)
        #expect(heading == "Acteurs importés (50 sur …)", "the count of all matches follows")
        #expect(browser.state.current.rows.imported?.key.text == "12")
        #expect(browser.state.directory.isReading(.list) == false)
    }

    @Test func anAnswerForAListNoLongerShownIsIgnored() throws {
        var browser = try make()
        browser.answerHeldReads()
        try browser.type("2")
        let countRead = try #require(browser.heldReads.last)
        try browser.type("d")
        // The département picker asked its values; the list's count arrives late, then the values.
        browser.answerHeldReads()
        #expect(browser.lines[5].contains("Tous les départements"))
        #expect(countRead.lane == .list)
    }

    @Test func aFailedReadIsSaidInTheStatusLineAndNotRetriedInALoop() throws {
        var browser = try make(FailingSource())
        browser.answerHeldReads()
        try browser.type("2G")
        browser.answerHeldReads()
        #expect(browser.lines[23].hasPrefix(" Annuaire illisible : /tmp/directory.sqlite: the file cannot be read"))
        #expect(browser.heldReads.isEmpty, "the same read is not asked again at once")
        try browser.type("k")
        #expect(browser.heldReads.isEmpty)
    }

    @Test func aWindowThatComesBackShortIsNotAskedAgainInALoop() throws {
        let source = ShrunkSource()
        var browser = try make(source)
        browser.holdsReads = false
        try browser.type("2G")
        #expect(source.reads == 1, "asked once, answered short, left as placeholders")
        #expect(browser.lines[21].hasPrefix("│▶…"))
        try browser.type("k")
        #expect(source.reads == 1)
    }

    @Test func anImportRunningThenFinishedIsAnnouncedAndReloadReadsAgain() throws {
        var browser = try make()
        browser.answerHeldReads()
        browser.send(.importActivityChanged(.running))
        #expect(browser.lines[0].contains("│ Import en cours…"))
        browser.send(.importActivityChanged(.finished))
        #expect(browser.lines[0].contains("│ Annuaire modifié : Ctrl-R recharge"))
        #expect(browser.lines[23] == " Import terminé : Ctrl-R recharge l'annuaire" + String(repeating: " ", count: 36))
        try browser.type("<C-r>")
        #expect(browser.effects.last == .reloadDirectory)
        #expect(lanes(browser) == [.total, .counts], "everything read before is read again")
        #expect(!browser.lines[0].contains("Annuaire modifié"))
    }
}

/// A directory an import changed between its count and its rows: 1,000 counted, none read.
final class ShrunkSource: ImportedActorSource, @unchecked Sendable {
    private(set) var reads = 0
    func count(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> Int? { 1000 }
    func rows(in scope: RecordID?, matching filter: ImportedActorFilter, offset: Int, limit: Int) throws -> [ImportedActorRow] {
        reads += 1
        return []
    }
    func search(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, limit: Int) throws -> [ImportedActorRow] { [] }
    func facetCounts(_ facet: ImportedFacet, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount] { [] }
    func nafDivisionCounts(inSection section: String, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount] { [] }
    func page(_ id: RecordID, language: Language) throws -> RecordPage? { nil }
    func communeCounts(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [CommuneCount] { [] }
}

/// A directory whose file cannot be read.
final class FailingSource: ImportedActorSource, @unchecked Sendable {
    let error = ImportedSourceError.unreadable("/tmp/directory.sqlite: the file cannot be read (was it moved, or is the disk full or unplugged?)")
    func count(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> Int? { throw error }
    func rows(in scope: RecordID?, matching filter: ImportedActorFilter, offset: Int, limit: Int) throws -> [ImportedActorRow] { throw error }
    func search(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, limit: Int) throws -> [ImportedActorRow] { throw error }
    func facetCounts(_ facet: ImportedFacet, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount] { throw error }
    func nafDivisionCounts(inSection section: String, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount] { throw error }
    func page(_ id: RecordID, language: Language) throws -> RecordPage? { throw error }
    func communeCounts(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [CommuneCount] { throw error }
}
