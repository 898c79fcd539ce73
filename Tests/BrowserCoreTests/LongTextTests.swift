import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// A 100,000-character name and summary are shown cut to the screen, at any size, without a
/// shifted column; the page of the record wraps the whole summary.
@Suite struct LongTextTests {
    @Test(arguments: [(80, 24), (1, 1), (300, 100)])
    func longNameAndSummaryFitTheScreen(_ width: Int, _ height: Int) throws {
        var browser = try BrowserHarness(catalogue: HostileCatalogue.make(longText: 100_000),
                                         size: Size(width: width, height: height))
        browser.send(.linkFollowed("a-long"))
        #expect(browser.state.current.displayedID == "a-long")
        if width >= 80 {
            #expect(browser.state.detail.lines.count > 500)
            #expect(browser.lines.contains { $0.contains("Très long nom Très long") && $0.contains("…") })
        }
        for script in ["", "G", "<S-Tab>", "k", "j", "<PgDn>"] {
            try browser.type(script)
            #expect(browser.lines.count == height)
            #expect(browser.lines.allSatisfy { $0.displayWidth == width })
        }
    }
}
