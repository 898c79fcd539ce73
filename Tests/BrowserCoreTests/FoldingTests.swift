import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct FoldingTests {
    func onProgressDetail() throws -> BrowserHarness {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make())
        try browser.type("<Tab>")
        return browser
    }

    func text(_ browser: BrowserHarness) -> [String] { browser.state.detail.lines.map(\.text) }

    @Test func enterOnAnAxisFoldsAndUnfoldsIt() throws {
        var browser = try onProgressDetail()
        #expect(text(browser).contains("  ▾ 1. Développer les collaborations"))
        #expect(text(browser).contains("       1.1 Créer un réseau d'acteurs"))
        try browser.type("<Enter>")
        #expect(browser.state.foldedAxes == ["progress-axe-1"])
        #expect(text(browser).contains("  ▸ 1. Développer les collaborations (2"))
        #expect(text(browser).contains("       objectifs)"))
        #expect(!text(browser).contains { $0.contains("1.1 Créer") })
        // Folding keeps the cursor on the axis and the links after it reachable.
        #expect(browser.state.current.detailCursor == 0)
        try browser.type("<Enter>")
        #expect(browser.state.foldedAxes.isEmpty)
    }

    @Test func spaceToggleAndZFoldAll() throws {
        var browser = try onProgressDetail()
        try browser.type("<Space>")
        #expect(browser.state.foldedAxes == ["progress-axe-1"])
        try browser.type("<Space>Z")
        #expect(browser.state.foldedAxes.isEmpty)
        try browser.type("z")
        #expect(browser.state.foldedAxes == ["progress-axe-1"])
        try browser.type("Z")
        #expect(browser.state.foldedAxes.isEmpty)
    }

    @Test func anAxisWithoutObjectivesIsNotAStop() throws {
        let browser = try onProgressDetail()
        #expect(browser.state.detail.targets.filter {
            if case .axis = $0 { true } else { false }
        } == [.axis("progress-axe-1")])
        #expect(text(browser).contains("    2. Sensibiliser le grand public"))
    }

    @Test func foldsShowOnScreenWithAscii() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), unicode: false)
        try browser.type("<Tab><Enter>")
        #expect(browser.lines.contains { $0.contains(">  + 1. Développer les collaborations (2") })
    }
}
