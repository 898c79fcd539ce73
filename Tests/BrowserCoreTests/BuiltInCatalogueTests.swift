import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Realistic screens on the built-in catalogue, checked at anchors that stay true as the seeds
/// grow: names of the five source documents' main programmes, regions, headings.
@Suite struct BuiltInCatalogueTests {
    func builtIn(_ width: Int = 80, _ height: Int = 24, language: Language = .fr) throws -> BrowserHarness {
        try BrowserHarness(size: Size(width: width, height: height), language: language)
    }

    @Test func searchingOpensProgressWithItsPage() throws {
        var browser = try builtIn()
        try browser.type("sprogress<Enter>")
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.selectedID == "progress")
        // Title at the top of the focused detail pane; the list row marked.
        #expect(browser.lines[2].contains("┌─ ▶ Programme ─"))
        #expect(browser.lines[3].hasSuffix("││ PROGRESS                                 │"))
        #expect(browser.lines.contains { $0.hasPrefix("│▶PROGRESS ") })
        #expect(browser.state.detail.lines.contains { $0.text.hasPrefix("Axes et objectifs") })
    }

    @Test func followingTheFirstLinkLeadsToItsSectionAndBack() throws {
        var browser = try builtIn(120, 40)
        try browser.type("sprogress<Enter>")
        let link = try #require(browser.state.detail.targets.indices.first { browser.state.detail.linkTarget($0) != nil })
        let target = try #require(browser.state.detail.linkTarget(link))
        while browser.state.current.detailCursor != link { try browser.type("j") }
        try browser.type("<Enter>")
        let type = try #require(browser.state.catalogue.type(of: target))
        #expect(browser.state.section == Section.home(of: type) ?? .programmes)
        #expect(browser.state.current.displayedID == target)
        #expect(browser.lines[1].contains("PROGRESS › "))
        try browser.type("<BS>")
        #expect(browser.state.current.selectedID == "progress")
    }

    @Test func paysDeLaLoireListsItsRegionalStrategy() throws {
        var browser = try builtIn()
        try browser.type("rpays de la loire<Enter>")
        #expect(browser.state.region?.region == "region-pays-de-la-loire")
        #expect(browser.lines[0].contains("Région : Pays de la Loire"))
        #expect(browser.state.current.rows.contains { $0.id == "sress-pays-de-la-loire" })
        #expect(!browser.state.current.rows.contains { $0.id == "progress" })
    }

    @Test func regionSpellingsGiveTheSameProgrammes() throws {
        var lists: [[RecordID?]] = []
        for typed in ["rhone alpes", "84", "Rhône-Alpes"] {
            var browser = try builtIn()
            try browser.type("r\(typed)<Enter>")
            lists.append(browser.state.current.rows.map(\.id))
        }
        #expect(lists[0] == lists[1] && lists[1] == lists[2])
        #expect(lists[0].contains("progress"))
    }

    @Test func timelineShowsPeriodsAndYears() throws {
        var browser = try builtIn(120, 40, language: .en)
        try browser.type("5")
        #expect(browser.lines[2].contains("Programme periods"))
        #expect(browser.lines.contains { $0.hasPrefix("│PROGRESS ") && $0.contains("█") })
        #expect(browser.state.current.rows.contains { $0.isHeading && $0.text == "2016" })
        #expect(browser.state.current.rows.last?.isHeading == false)
        if browser.state.current.rows.contains(where: { $0.text == "date not given" }) {
            #expect(browser.state.current.rows.firstIndex { $0.text == "date not given" }!
                > browser.state.current.rows.lastIndex { $0.text == "2016" }!)
        }
    }

    @Test func filteringActorsIgnoresAccents() throws {
        var browser = try builtIn()
        try browser.type("2/saint etienne")
        #expect(browser.state.current.rows.contains { $0.text == "Saint-Étienne Métropole" })
        #expect(browser.state.current.rows.count < browser.state.catalogue.actors.count)
    }

    @Test func everySectionDrawsAtTheMinimumSize() throws {
        var browser = try builtIn()
        for key in ["1", "2", "3", "4", "5"] {
            try browser.type(key + "<Tab>GjG<Tab>G")
            let lines = browser.lines
            #expect(lines.count == 24)
            #expect(lines.allSatisfy { $0.displayWidth == 80 })
            #expect(lines[0].contains("[\(key) "))
        }
    }
}
