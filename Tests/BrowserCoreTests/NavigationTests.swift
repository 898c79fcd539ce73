import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct NavigationTests {
    func sample(_ size: Size = Size(width: 80, height: 24)) throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: size)
    }

    @Test func startsOnProgrammesWithTheFirstSelected() throws {
        let browser = try sample()
        #expect(browser.state.section == .programmes)
        #expect(browser.state.focus == .list)
        #expect(browser.state.current.rows.map(\.id) == ["progress", "schema-rennes", "sress"])
        #expect(browser.state.current.selectedID == "progress")
        #expect(browser.state.detail.title == "PROGRESS")
    }

    @Test func movesWithArrowsAndVimKeys() throws {
        var browser = try sample()
        try browser.type("j")
        #expect(browser.state.current.selectedID == "schema-rennes")
        try browser.type("<Down>")
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("j")
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("k<Up>")
        #expect(browser.state.current.selectedID == "progress")
        try browser.type("G")
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("g")
        #expect(browser.state.current.selectedID == "progress")
        try browser.type("<End>")
        #expect(browser.state.current.selectedID == "sress")
        try browser.type("<Home>")
        #expect(browser.state.current.selectedID == "progress")
    }

    @Test func pagesThroughALongListKeepingTheSelectionVisible() throws {
        var browser = try BrowserHarness(size: Size(width: 80, height: 24))
        try browser.type("2")
        let height = 19
        #expect(browser.state.current.rows.count > 2 * height)
        try browser.type("<PgDn>")
        #expect(browser.state.current.selection == height - 1)
        try browser.type("<PgDn>")
        #expect(browser.state.current.selection == 2 * (height - 1))
        #expect(browser.state.current.scroll <= browser.state.current.selection)
        #expect(browser.state.current.selection < browser.state.current.scroll + height)
        try browser.type("<PgUp><PgUp><PgUp>")
        #expect(browser.state.current.selection == 0)
        #expect(browser.state.current.scroll == 0)
    }

    @Test func timelineSkipsYearHeadings() throws {
        var browser = try sample()
        try browser.type("5")
        let rows = browser.state.current.rows
        #expect(rows.map(\.text) == ["2009", "Lancement de PROGRESS", "2016", "Conférence régionale",
                                     "Adoption de la SRESS", "date non précisée", "Table ronde sans date"])
        #expect(browser.state.current.selection == 1)
        try browser.type("j")
        #expect(browser.state.current.selectedID == "conference-regionale")
        try browser.type("jj")
        #expect(browser.state.current.selectedID == "table-ronde")
        try browser.type("k")
        #expect(browser.state.current.selectedID == "adoption-sress")
        try browser.type("g")
        #expect(browser.state.current.selection == 1)
    }

    @Test func territoriesAreGroupedByLevel() throws {
        var browser = try sample()
        try browser.type("4")
        let headings = browser.state.current.rows.filter(\.isHeading).map(\.text)
        #expect(headings == ["Pays", "Régions", "Anciennes régions (avant 2016)", "Départements"])
        #expect(browser.state.current.selectedID == "france")
        try browser.type("j")
        #expect(browser.state.current.selectedID == "region-aura")
        #expect(browser.lines[5].hasPrefix("│ Régions ───"))
    }

    @Test func eachSectionKeepsItsSelection() throws {
        var browser = try sample()
        try browser.type("2jj")
        #expect(browser.state.current.selectedID == "region-pays-de-la-loire")
        try browser.type("1j3")
        #expect(browser.state.section == .people)
        try browser.type("2")
        #expect(browser.state.current.selectedID == "region-pays-de-la-loire")
        try browser.type("1")
        #expect(browser.state.current.selectedID == "schema-rennes")
    }

    @Test func tabAndShiftTabSwitchFocus() throws {
        var browser = try sample()
        try browser.type("<Tab>")
        #expect(browser.state.focus == .detail)
        try browser.type("<S-Tab>")
        #expect(browser.state.focus == .list)
        try browser.type("<Right>")
        #expect(browser.state.focus == .detail)
        try browser.type("<Left>")
        #expect(browser.state.focus == .list)
        try browser.type("<Enter>")
        #expect(browser.state.focus == .detail)
    }

    @Test func detailCursorWalksLinksAndScrollsBetweenThem() throws {
        var browser = try sample()
        try browser.type("<Tab>")
        // The first target on screen is the first axis.
        #expect(browser.state.current.detailCursor == 0)
        #expect(browser.state.detail.targets[0] == .axis("progress-axe-1"))
        // The next link is below the pane: ↓ scrolls until it shows, then selects it.
        var presses = 0
        while browser.state.current.detailCursor == 0 && presses < 40 {
            try browser.type("j")
            presses += 1
        }
        #expect(browser.state.detail.targets[browser.state.current.detailCursor ?? 0] == .link("roannais-agglomeration"))
        #expect(browser.state.current.detailScroll > 0)
        // ↑ goes back to the axis once it is on screen again.
        while browser.state.current.detailCursor != 0 && presses < 80 {
            try browser.type("k")
            presses += 1
        }
        #expect(browser.state.current.detailCursor == 0)
    }

    @Test func detailScrollsPastTheLastLinkToTheEnd() throws {
        var browser = try sample()
        try browser.type("<Tab>G")
        let lines = browser.state.detail.lines.count
        #expect(browser.state.current.detailScroll == lines - 19)
        #expect(browser.lines[21].contains("id : progress"))
        try browser.type("g")
        #expect(browser.state.current.detailScroll == 0)
    }

    @Test func quitAndControlCQuit() throws {
        var browser = try sample()
        try browser.type("q")
        #expect(browser.effects == [.quit])
        var other = try sample()
        try other.type("/ab<C-c>")
        #expect(other.effects == [.quit])
    }

    @Test func anUnboundKeySaysSoInTheFooter() throws {
        var browser = try sample()
        try browser.type("w")
        #expect(browser.lines[23].contains("Touche w sans effet ici (? pour l'aide)"))
        try browser.type("j")
        #expect(!browser.lines[23].contains("Touche"))
    }
}
