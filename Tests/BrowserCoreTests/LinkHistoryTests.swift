import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct LinkHistoryTests {
    func sample(_ size: Size = Size(width: 80, height: 24)) throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: size)
    }

    /// Presses ↓ in the detail pane until the cursor is on the link to `id`.
    func moveCursor(to id: RecordID, in browser: inout BrowserHarness) throws {
        for _ in 0..<60 where browser.state.detail.linkTarget(browser.state.current.detailCursor ?? -1) != id {
            try browser.type("j")
        }
        #expect(browser.state.detail.linkTarget(browser.state.current.detailCursor ?? -1) == id)
    }

    @Test func upAfterScrollingToTheEndPicksTheLastLinkInView() throws {
        var browser = try sample()
        try browser.type("<Tab>G")
        try browser.type("k")
        // The end of the page is on screen, so its last link (a source) is the one chosen.
        let cursor = try #require(browser.state.current.detailCursor)
        #expect(cursor == browser.state.detail.targets.count - 1)
        #expect(browser.state.detail.linkTarget(cursor) == "document-progress")
        try browser.type("<Enter>")
        #expect(browser.state.back.count == 1)
    }

    @Test func enterFollowsALinkIntoItsSectionAndBackspaceComesBack() throws {
        var browser = try sample()
        try browser.type("<Tab>")
        try moveCursor(to: "roannais-agglomeration", in: &browser)
        try browser.type("<Enter>")
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.selectedID == "roannais-agglomeration")
        #expect(browser.state.focus == .detail)
        #expect(browser.state.back.count == 1)
        #expect(browser.state.back[0].isSamePlace(as: Location(section: .programmes, record: "progress", focus: .detail)))
        let followedFrom = browser.state.back[0]
        #expect(browser.lines[1].contains("PROGRESS › Roannais Agglomération"))

        try browser.type("<BS>")
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.selectedID == "progress")
        #expect(browser.state.focus == .detail)
        #expect(browser.state.forward.map { $0.isSamePlace(as: Location(section: .actors, record: "roannais-agglomeration", focus: .detail)) } == [true])
        // The page comes back scrolled as it was, the followed link chosen.
        #expect(browser.state.current.detailScroll == followedFrom.detailScroll)
        #expect(browser.state.detail.linkTarget(browser.state.current.detailCursor ?? -1) == "roannais-agglomeration")

        try browser.type("l")
        #expect(browser.state.section == .actors)
        try browser.type("<A-Left>")
        #expect(browser.state.section == .programmes)
        try browser.type("<A-Right>h")
        #expect(browser.state.section == .programmes)
    }

    @Test func aTrailCrossesThreeSections() throws {
        var browser = try sample()
        browser.send(.linkFollowed("roannais-agglomeration"))
        browser.send(.linkFollowed("maurice-vincent"))
        #expect(browser.state.section == .people)
        browser.send(.linkFollowed("lancement-progress"))
        #expect(browser.state.section == .timeline)
        #expect(browser.state.current.selectedID == "lancement-progress")
        #expect(browser.state.back.map(\.section) == [.programmes, .actors, .people])
        try browser.type("<BS><BS><BS>")
        #expect(browser.state.section == .programmes)
        #expect(browser.state.forward.count == 3)
        try browser.type("<BS>")
        #expect(browser.lines[23].contains("Début de l'historique"))
        try browser.type("lll")
        #expect(browser.state.section == .timeline)
        try browser.type("l")
        #expect(browser.lines[23].contains("Fin de l'historique"))
    }

    @Test func followingANewLinkDropsTheForwardTrail() throws {
        var browser = try sample()
        browser.send(.linkFollowed("roannais-agglomeration"))
        try browser.type("<BS>")
        #expect(browser.state.forward.count == 1)
        browser.send(.linkFollowed("cress-rhone-alpes"))
        #expect(browser.state.forward.isEmpty)
        #expect(browser.state.back.count == 1)
    }

    @Test func aRecordHiddenByTheFiltersIsPinnedAndMarked() throws {
        var browser = try sample()
        try browser.type("1/sress<Enter>")
        #expect(browser.state.current.rows.map(\.id) == ["sress"])
        browser.send(.linkFollowed("progress"))
        #expect(browser.state.current.rows.map(\.id) == ["progress", "sress"])
        #expect(browser.state.current.rows[0].outsideFilter)
        #expect(browser.state.current.selectedID == "progress")
        #expect(browser.lines[3].contains("(hors filtre)"), "kept whole when the name has the row")
        try browser.type("<S-Tab>j")
        #expect(browser.state.current.selectedID == "sress")
        #expect(browser.styleMask[3].contains("WWWWWWWWWW"))
        // Typing the filter again is a new choice: the pin goes.
        try browser.type("/<BS>s")
        #expect(browser.state.current.rows.map(\.id) == ["sress"])
    }

    @Test func aSourceOpensBesideTheListAndBackRestoresTheRecord() throws {
        var browser = try sample()
        browser.send(.linkFollowed("document-progress"))
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.displayedID == "document-progress")
        #expect(browser.state.current.selectedID == "progress")
        #expect(browser.lines[2].contains("▶ Source"))
        try browser.type("<BS>")
        #expect(browser.state.current.displayedID == "progress")
        try browser.type("l")
        #expect(browser.state.current.displayedID == "document-progress")
        // Moving in the list puts the list's record back in the pane.
        try browser.type("<Tab>j")
        #expect(browser.state.current.displayedID == "schema-rennes")
    }

    @Test func enterOnATimelineEventOpensItsProgrammeOrActor() throws {
        var browser = try sample()
        try browser.type("5<Enter>")
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.selectedID == "progress")
        #expect(browser.state.back == [Location(section: .timeline, record: "lancement-progress", focus: .list)])
        try browser.type("<BS>")
        #expect(browser.state.section == .timeline)
        #expect(browser.state.focus == .list)
        try browser.type("j<Enter>")
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.selectedID == "economie-solidaire-44")
        try browser.type("<BS>G<Enter>")
        #expect(browser.state.section == .timeline)
        #expect(browser.lines[23].contains("Aucun programme ni acteur lié à cet événement"))
    }

    @Test func searchOpensAResultAndRemembersWhereItCameFrom() throws {
        var browser = try sample()
        try browser.type("ssress<Enter>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("seconomie<Enter>")
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.selectedID == "economie-solidaire-44")
        try browser.type("<BS>")
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("<BS>")
        #expect(browser.state.current.selectedID == "progress")
    }

    @Test func searchResultsAreGroupedByType() throws {
        var browser = try sample()
        try browser.type("sprogress")
        guard case .search(let search) = browser.state.overlay else {
            Issue.record("search overlay not open")
            return
        }
        // Types come in the order of their best hit: the source's title names PROGRESS.
        #expect(search.rows.filter(\.isHeading).map(\.text) == ["Programmes (1)", "Sources (1)", "Événements (1)"])
        #expect(search.rows[search.selection].id == "progress")
        try browser.type("<Down>")
        guard case .search(let moved) = browser.state.overlay else { return }
        #expect(moved.rows[moved.selection].id == "document-progress")
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.back.isEmpty)
    }

    @Test func searchFromTheTimelineShowsPlainSubtitles() throws {
        var browser = try sample(Size(width: 120, height: 40))
        try browser.type("5sprogress")
        let row = try #require(browser.row(containing: "PROGRESS en Roannais"))
        #expect(browser.lines[row].contains("001.txt"))
        #expect(!browser.lines[row].contains("→"))
    }
}
