import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct MouseTests {
    func sample(_ width: Int = 80, _ height: Int = 24) throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: width, height: height))
    }

    @Test func clickSelectsAListRowAndASecondClickOpensIt() throws {
        var browser = try sample()
        try browser.type("<Tab>")
        browser.click(x: 5, y: 4)
        #expect(browser.state.focus == .list)
        #expect(browser.state.current.selectedID == "schema-rennes")
        browser.click(x: 5, y: 4)
        #expect(browser.state.focus == .detail)
        // Below the last row nothing is selected.
        browser.click(x: 5, y: 15)
        #expect(browser.state.current.selectedID == "schema-rennes")
        #expect(browser.state.focus == .list)
    }

    @Test func clickOnALinkFollowsIt() throws {
        var browser = try sample(120, 40)
        let row = try #require(browser.row(containing: "→ CRESS Rhône-Alpes"))
        let column = try #require(browser.lines[row].firstIndex(of: "→")).utf16Offset(in: browser.lines[row])
        browser.click(x: column + 3, y: row)
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.selectedID == "cress-rhone-alpes")
        #expect(browser.state.back.count == 1)
    }

    @Test func clickOnAnAxisFoldsIt() throws {
        var browser = try sample(120, 40)
        let row = try #require(browser.row(containing: "▾ 1. Développer"))
        browser.click(x: 60, y: row)
        #expect(browser.state.foldedAxes == ["progress-axe-1"])
        #expect(browser.state.focus == .detail)
    }

    @Test func wheelScrollsThePaneUnderThePointer() throws {
        var browser = try sample()
        browser.wheel(down: true, x: 50, y: 10)
        #expect(browser.state.current.detailScroll == 3)
        browser.wheel(down: false, x: 50, y: 10)
        #expect(browser.state.current.detailScroll == 0)

        var long = try BrowserHarness(size: Size(width: 80, height: 24))
        try long.type("2")
        long.wheel(down: true, x: 10, y: 10)
        #expect(long.state.current.scroll == 3)
        // The selection is dragged along so it stays on screen.
        #expect(long.state.current.selection == 3)
        long.wheel(down: false, x: 10, y: 10)
        #expect(long.state.current.scroll == 0)
        #expect(long.state.current.selection == 3)
    }

    @Test func clickOnATabSwitchesSection() throws {
        var browser = try sample()
        let column = try #require(browser.lines[0].range(of: "3 Personnes")).lowerBound.utf16Offset(in: browser.lines[0])
        browser.click(x: column + 2, y: 0)
        #expect(browser.state.section == .people)
    }

    @Test func clickOnAChartBarOpensTheProgramme() throws {
        var browser = try sample()
        try browser.type("5")
        let row = try #require(browser.row(containing: "│Stratégie régionale"))
        browser.click(x: 10, y: row)
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.selectedID == "sress")
    }

    @Test func overlaysTakeClicksAndCloseWhenClickedOutside() throws {
        var browser = try sample(120, 40)
        try browser.type("r")
        let row = try #require(browser.row(containing: "Pays de la Loire"))
        browser.click(x: 40, y: row)
        #expect(browser.state.overlay == nil)
        #expect(browser.state.region?.region == "region-pdl")

        try browser.type("s")
        browser.click(x: 1, y: 10)
        #expect(browser.state.overlay == nil)
    }

    @Test func mouseIsIgnoredWhenTheTerminalIsTooSmall() throws {
        var browser = try sample(40, 10)
        let before = browser.state
        browser.click(x: 5, y: 4)
        browser.wheel(down: true, x: 5, y: 4)
        #expect(browser.state == before)
    }
}
