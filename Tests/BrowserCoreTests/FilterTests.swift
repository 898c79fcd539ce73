import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct FilterTests {
    func sample() throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make())
    }

    @Test(arguments: ["economie", "ÉCONOMIE", "Economie solidaire", "économie 44"])
    func filterIgnoresAccentsAndCase(_ typed: String) throws {
        var browser = try sample()
        try browser.type("2/" + typed)
        #expect(browser.state.current.rows.map(\.id) == ["economie-solidaire-44"])
    }

    @Test func theListNarrowsAsYouType() throws {
        var browser = try sample()
        try browser.type("2/r")
        #expect(browser.state.isEditingFilter)
        #expect(browser.state.current.rows.count == 4)
        try browser.type("e")
        #expect(browser.state.current.rows.map(\.id) == ["cress-rhone-alpes", "economie-solidaire-44", "region-pays-de-la-loire"])
        try browser.type("g")
        #expect(browser.state.current.rows.map(\.id) == ["region-pays-de-la-loire"])
        try browser.type("<BS>")
        #expect(browser.state.current.rows.count == 3)
        try browser.type("<C-u>")
        #expect(browser.state.current.rows.count == 4)
    }

    @Test func enterKeepsTheFilterAndEscapeClearsIt() throws {
        var browser = try sample()
        try browser.type("2/loire<Enter>")
        #expect(!browser.state.isEditingFilter)
        #expect(browser.state.current.filter == "loire")
        #expect(browser.state.current.rows.map(\.id) == ["region-pays-de-la-loire"])
        // The filter stays on screen, in the list (its title counts the rows it leaves); at 80
        // columns the header keeps the sections' names rather than repeat it.
        #expect(browser.lines[2].contains("Acteurs (1/4)"))
        #expect(browser.lines[0].contains("1 Programmes [2 Acteurs] 3 Personnes"))
        #expect(browser.lines[21].hasPrefix("│/loire"))
        try browser.type("j/<Esc>")
        #expect(browser.state.current.filter.isEmpty)
        #expect(browser.state.current.rows.count == 4)
        #expect(!browser.lines[0].contains("Filtre"))
    }

    @Test func escapeInTheListClearsAKeptFilterAsTheEmptyListSays() throws {
        var browser = try sample()
        try browser.type("2/zzz<Enter>")
        #expect(browser.state.current.rows.isEmpty)
        #expect(browser.lines.contains { $0.contains("Échap efface le filtre") })
        try browser.type("<Esc>")
        #expect(browser.state.current.filter.isEmpty)
        #expect(browser.state.current.rows.count == 4)
        #expect(!browser.lines.contains { $0.contains("Échap efface le filtre") })
    }

    @Test func theEmptyListNamesOnlyWhatNarrowsItAndKeepsItsLinesAligned() throws {
        var browser = try sample()
        try browser.type("2/zzz<Enter>")
        // No region is set: the hint does not send the reader to one.
        #expect(Array(browser.lines[3...6]) == [
            "│ Aucun résultat                   ││ Aucune fiche sélectionnée                │",
            "│                                  ││                                          │",
            "│ Échap efface le filtre           ││                                          │",
            "│                                  ││                                          │",
        ])
        try browser.type("<Esc>rpays de la loire<Enter>2/zzz<Enter>")
        // A region is: both, the wrapped line one column in like the first.
        #expect(Array(browser.lines[5...6]) == [
            "│ Échap efface le filtre, R retire ││                                          │",
            "│ la région                        ││                                          │",
        ])
    }

    @Test func lettersTypedInTheFilterAreNotCommands() throws {
        var browser = try sample()
        try browser.type("/qsr12")
        #expect(browser.effects.isEmpty)
        #expect(browser.state.overlay == nil)
        #expect(browser.state.section == .programmes)
        #expect(browser.state.current.filter == "qsr12")
        #expect(browser.state.current.rows.isEmpty)
        #expect(browser.lines[3].contains("Aucun résultat"))
    }

    @Test func eachSectionHasItsOwnFilter() throws {
        var browser = try sample()
        try browser.type("2/cress<Enter>1")
        #expect(browser.state.current.filter.isEmpty)
        try browser.type("2")
        #expect(browser.state.current.filter == "cress")
    }

    @Test func theSelectionStaysOnItsRecordWhenStillListed() throws {
        var browser = try sample()
        try browser.type("2jj")
        #expect(browser.state.current.selectedID == "region-pays-de-la-loire")
        try browser.type("/loire")
        #expect(browser.state.current.selectedID == "region-pays-de-la-loire")
    }

    @Test func theTimelineFiltersEventsAndKeepsTheirYears() throws {
        var browser = try sample()
        try browser.type("5/adoption<Enter>")
        #expect(browser.state.current.rows.map(\.text) == ["2016", "Adoption de la SRESS"])
        #expect(browser.state.current.selectedID == "adoption-sress")
    }

    @Test func theFilterLineShowsACursorWhileTyping() throws {
        var browser = try sample()
        try browser.type("/pro")
        expectRows(browser.lines, from: 21, "│/pro                              ││     2. Sensibiliser le grand public      │")
        expectStyleMask(browser.styleMask, from: 21, "Biiii_iiiiiiiiiiiiiiiiiiiiiiiiiiiiiBb                                          b")
    }
}
