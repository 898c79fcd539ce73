import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct ResizeTests {
    func isVisible(_ browser: BrowserHarness, rows: Int) -> Bool {
        let list = browser.state.current
        return list.scroll <= list.selection && list.selection < list.scroll + rows
    }

    @Test func resizingKeepsTheListSelectionVisible() throws {
        var browser = try BrowserHarness(size: Size(width: 120, height: 40))
        try browser.type("2")
        for _ in 0..<30 { try browser.type("j") }
        let selected = browser.state.current.selectedID
        browser.resize(width: 80, height: 24)
        #expect(browser.state.current.selectedID == selected)
        #expect(isVisible(browser, rows: 19))
        let row = try #require(browser.row(containing: "│▶"))
        #expect(row >= 3 && row < 22)
        browser.resize(width: 160, height: 50)
        #expect(isVisible(browser, rows: 45))
    }

    @Test func resizingKeepsTheDetailCursorVisible() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 120, height: 40))
        try browser.type("<Tab>")
        for _ in 0..<5 { try browser.type("j") }
        let cursor = try #require(browser.state.current.detailCursor)
        let line = browser.state.detail.targetLines[cursor].lowerBound
        #expect(line > 19)
        browser.resize(width: 80, height: 24)
        #expect(browser.state.current.detailCursor == cursor)
        let start = browser.state.detail.targetLines[cursor].lowerBound
        #expect(browser.state.current.detailScroll <= start && start < browser.state.current.detailScroll + 19)
    }

    @Test func tooSmallThenBigAgain() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("2j")
        browser.resize(width: 79, height: 24)
        #expect(browser.lines.joined().contains("terminal trop petit (80×24 minimum)"))
        #expect(browser.lines.joined().contains("taille actuelle : 79×24"))
        browser.resize(width: 80, height: 23)
        #expect(browser.lines.joined().contains("taille actuelle : 80×23"))
        // Keys still work while the message shows; the screen comes back as it was left.
        try browser.type("j")
        browser.resize(width: 80, height: 24)
        #expect(browser.lines[0].contains("[2 Acteurs]"))
        #expect(browser.state.current.selection == 2)
    }

    @Test(arguments: [(1, 1), (2, 1), (1, 3), (10, 2), (79, 23), (80, 2), (5, 24), (0, 0)])
    func tinySizesDrawWithoutCrashing(_ width: Int, _ height: Int) throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: width, height: height))
        try browser.type("j<Tab>5s?r")
        let lines = browser.lines
        #expect(lines.count == max(0, height))
        #expect(lines.allSatisfy { $0.displayWidth == max(0, width) })
    }
}
