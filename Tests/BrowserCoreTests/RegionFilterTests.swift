import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct RegionFilterTests {
    func sample(region: String? = nil) throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), region: region)
    }

    /// Every section's record ids, to compare what two filters give.
    func lists(_ browser: BrowserHarness) -> [[RecordID?]] {
        Section.allCases.map { browser.state.rowsShown(in: $0).filter { !$0.isHeading }.map(\.id) }
    }

    @Test func currentFormerAndCodeNamesGiveTheSameLists() throws {
        var results: [[[RecordID?]]] = []
        for typed in ["rhone alpes", "84", "Rhône-Alpes", "auvergne-rhone-alpes", "ARA"] {
            var browser = try sample()
            try browser.type("r" + typed + "<Enter>")
            #expect(browser.state.overlay == nil)
            #expect(browser.state.region?.region == "region-aura", "\(typed)")
            results.append(lists(browser))
        }
        #expect(Set(results.map { "\($0)" }).count == 1)
        #expect(results[0][0] == ["progress"])
        #expect(results[0][1] == ["cress-rhone-alpes", "roannais-agglomeration"])
        #expect(results[0][4] == ["lancement-progress"])
    }

    @Test func theHeaderNamesTheRegionAsPicked() throws {
        var browser = try sample()
        try browser.type("rRhône-Alpes<Enter>")
        #expect(browser.state.region == RegionFilter(region: "region-aura", requested: "ancienne-region-rhone-alpes"))
        #expect(browser.lines[0].contains("│ 1/3 │ Région : Auvergne-Rhône-Alpes (ex-Rhône-Alpes)"))
        #expect(browser.lines[23].contains("Région : Auvergne-Rhône-Alpes (ex-Rhône-Alpes)"))
        try browser.type("2")
        #expect(browser.lines[0].contains("Région : Auvergne-Rhône-Alpes (ex-Rhône-Alpes)"))
    }

    @Test func capitalRClearsTheRegion() throws {
        var browser = try sample(region: "Pays de la Loire")
        #expect(browser.state.current.rows.map(\.id) == ["sress"])
        try browser.type("R")
        #expect(browser.state.region == nil)
        #expect(browser.state.current.rows.count == 3)
        #expect(browser.lines[23].contains("Filtre région retiré"))
        try browser.type("R")
        #expect(browser.lines[23].contains("Aucun filtre région"))
    }

    @Test func thePickerListsRegionsWithTheirCounts() throws {
        var browser = try sample()
        try browser.type("r")
        guard case .regionPicker(let picker) = browser.state.overlay else {
            Issue.record("region picker not open")
            return
        }
        #expect(picker.choices.map { $0?.name } == [nil, "Auvergne-Rhône-Alpes", "Pays de la Loire", "Rhône-Alpes"])
        #expect(picker.choices.map { $0?.count } == [nil, 5, 5, 5])
        #expect(picker.selection == 0)
        try browser.type("rhone")
        guard case .regionPicker(let narrowed) = browser.state.overlay else { return }
        // The former region matches the start of its name; the current one only inside it.
        #expect(narrowed.choices.map { $0?.name } == ["Rhône-Alpes", "Auvergne-Rhône-Alpes"])
        try browser.type("<Down><Enter>")
        #expect(browser.state.region == RegionFilter(region: "region-aura", requested: "region-aura"))
    }

    @Test func allRegionsInThePickerClearsTheFilter() throws {
        var browser = try sample(region: "52")
        try browser.type("r")
        guard case .regionPicker(let picker) = browser.state.overlay else { return }
        #expect(picker.choices[picker.selection]?.name == "Pays de la Loire")
        try browser.type("g<BS><Home><Up><Up><Up><Enter>")
        #expect(browser.state.region == nil)
    }

    @Test func theRegionAppliesToTheTimelineAndItsChart() throws {
        var browser = try sample(region: "Pays de la Loire")
        try browser.type("5")
        #expect(browser.state.current.rows.map(\.text) == ["2016", "Conférence régionale", "Adoption de la SRESS"])
        #expect(browser.state.chart.spans.map(\.id) == ["sress"])
    }

    @Test func anUnknownRegionTypedInThePickerShowsNothingToApply() throws {
        var browser = try sample()
        try browser.type("rzzz<Enter>")
        #expect(browser.state.region == nil)
        #expect(browser.state.overlay != nil)
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
    }
}
