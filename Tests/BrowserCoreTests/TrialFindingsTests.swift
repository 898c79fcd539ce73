import BrowserCore
import Foundation
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The findings of a trial as a new user (issue 13, item 6), each as it was met.
@Suite struct TrialFindingsTests {
    // MARK: - Help

    /// The help listed Space as page down, which it is only in the help itself: every key the
    /// help lists for a command now runs that command in the list, the page, or its own dialog.
    @Test func theHelpListsOnlyKeysThatDoWhatItSays() throws {
        var browser = try BrowserHarness(size: Size(width: 100, height: 60))
        try browser.type("?")
        let pageDown = try #require(browser.lines.first { $0.contains("Page suivante") })
        #expect(!pageDown.contains("Espace"))
        let fold = try #require(browser.lines.first { $0.contains("Plier ou déplier l'axe choisi") })
        #expect(fold.contains("Espace"))
        let map = KeyMap.standard
        let contexts = KeyContext.allCases.filter { $0 != .generic && $0 != .global }
        for command in Command.allCases {
            for key in HelpContent.keysDoing(command, in: map) {
                #expect(contexts.contains { map.command(for: key, in: $0) == command }, "\(key) listed for \(command)")
            }
        }
    }

    // MARK: - Pickers

    /// `jj` in a picker typed "jj" and left no choice, as if j moved: the footer now says the
    /// one rule of every picker, arrows move and letters type.
    @Test func pickersSayInTheFooterThatLettersType() throws {
        var browser = try BrowserHarness()
        try browser.type("r")
        #expect(browser.lines[23].trimmingCharacters(in: .whitespaces) == "↑↓ déplacer  abc taper  Entrée appliquer  Échap fermer")
        try browser.type("<Esc>s")
        #expect(browser.lines[23].hasPrefix(" ↑↓ déplacer  abc taper  Entrée ouvrir"))
        try browser.type("<Esc>?")
        #expect(!browser.lines[23].contains("abc"), "the help types nothing")
    }

    // MARK: - Trail

    /// Following a link from Actors then pressing `2` lost the step followed (`AG2I › AG2I`):
    /// once links were followed, a section switch is a step of the trail.
    @Test func aSectionSwitchAfterALinkKeepsTheStepFollowed() throws {
        var browser = try BrowserHarness()
        try browser.type("2<Tab>j<Enter>")
        #expect(browser.lines[1].hasPrefix(" Parcours : AG2I › Bourg-en-Bresse "))
        try browser.type("2")
        #expect(browser.lines[1].hasPrefix(" Parcours : AG2I › Bourg-en-Bresse › AG2I "))
        try browser.type("<BS>")
        #expect(browser.state.section == .territories)
        // Browsing sections before following anything leaves no trail.
        var fresh = try BrowserHarness()
        try fresh.type("2345")
        #expect(fresh.state.back.isEmpty)
    }

    @Test func theCurrentCrumbIsCutWithAnEllipsis() throws {
        var browser = try BrowserHarness()
        try browser.type("/sress<Enter>j<Tab>")
        #expect(browser.state.current.selectedID == "sress-pays-de-la-loire")
        while browser.state.current.detailCursor.flatMap(browser.state.detail.linkTarget) == nil { try browser.type("j") }
        try browser.type("<Enter>1")
        let trail = browser.lines[1]
        #expect(trail.hasPrefix(" Parcours : … › "))
        #expect(trail.hasSuffix("…"), "the current crumb, longer than the line, ends with …")
        #expect(trail.contains("› Stratégie régionale de l’Economie Sociale"))
    }

    /// An imported actor left for another record was named by its raw id in the trail.
    @Test func importedActorsAreNamedInTheTrail() throws {
        var browser = try importedBrowser()
        try browser.type("2G")
        let actor = try #require(browser.state.current.displayedID)
        try browser.type("sloire active<Enter>")
        #expect(browser.state.back.last?.record == actor)
        #expect(!browser.lines[1].contains("siren:"))
        #expect(browser.lines[1].contains("Acteur 000999999 › Loire Active"))
    }

    /// An imported actor opened from the search left the list's ▶ on another row, and its page
    /// was titled « Fiche ».
    @Test func anImportedSearchResultIsTitledAsAnActorAndMarksNoOtherRow() throws {
        var browser = try importedBrowser()
        try browser.type("sacteur 0000042")
        for _ in 0..<40 {
            guard case .search(let search) = browser.state.overlay else { break }
            if let id = search.rows[search.selection].id, id.rawValue.hasPrefix("siren:") { break }
            try browser.type("<Down>")
        }
        try browser.type("<Enter>")
        #expect(browser.state.current.aside?.rawValue.hasPrefix("siren:") == true)
        #expect(browser.lines[2].contains("─ ▶ Acteur ─"))
        #expect(!browser.lines.contains { $0.hasPrefix("│▶") }, "no list row is marked: the page is not the selected row")
    }

    func importedBrowser() throws -> BrowserHarness {
        let source = SyntheticActorSource(total: 1_000_000, scopes: ImportedActorsTests.scopes)
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        return BrowserHarness(state: BrowserState(data: data, language: .fr, size: Size(width: 80, height: 24)))
    }

    // MARK: - Search

    /// Actors whose name starts with the query come before programmes that only contain it.
    @Test func searchListsTheTypeOfTheBestHitFirst() throws {
        var browser = try BrowserHarness()
        try browser.type("sloire active")
        guard case .search(let search) = browser.state.overlay else {
            Issue.record("no search open")
            return
        }
        #expect(search.rows.first?.text.hasPrefix("Acteurs") == true)
        #expect(search.rows[search.selection].id == "loire-active")
    }

    @Test func aCappedSearchSaysHowManyMatchInAll() throws {
        var browser = try BrowserHarness()
        try browser.type("se")
        guard case .search(let search) = browser.state.overlay else {
            Issue.record("no search open")
            return
        }
        #expect(search.hitCount == 200)
        #expect(search.matchCount > 200)
        #expect(browser.lines[3].contains("200 sur"))
    }

    // MARK: - Timeline

    @Test func aYearFiltersTheTimelineByDate() throws {
        var browser = try BrowserHarness()
        try browser.type("5/2016<Enter>")
        let years = browser.state.current.rows.filter(\.isHeading).map(\.text)
        #expect(years == ["2016"])
        let dated = browser.state.catalogue.list(RecordQuery(type: .event, years: 2016...2016))
        #expect(browser.state.current.rows.recordCount == dated.count)
        try browser.type("/<C-u>2016-2017<Enter>")
        #expect(browser.state.current.rows.filter(\.isHeading).map(\.text) == ["2016", "2017"])
    }

    @Test func theChartSaysHowManyProgrammesItDraws() throws {
        var browser = try BrowserHarness()
        try browser.type("5")
        #expect(browser.lines[2].contains("Périodes des programmes · 3 programmes datés sur 11"))
        #expect(browser.state.chart.spans.count == 3)
    }

    /// « Création de Loire Active » is linked to Loire Active and to PROGRESS: Enter opens the
    /// actor its title names.
    @Test func enterOnAnEventOpensItsOwnSubject() throws {
        var browser = try BrowserHarness()
        try browser.type("5/loire active<Enter>")
        try browser.type("<Enter>")
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.displayedID == "loire-active")
    }
}
