import BrowserCore
import Foundation
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The session kept between runs: what is saved, when a save is asked, and how it is restored.
@Suite struct SessionTests {
    func browser() throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
    }

    @Test func aRestoredBrowserIsWhereTheSavedOneWas() throws {
        var first = try browser()
        try first.type("2jb3/mar<Enter>2<Tab>")
        var state = try browser().state
        state.restore(first.state.session)
        let second = BrowserHarness(state: state)
        #expect(second.state.section == .actors)
        #expect(second.state.focus == .detail)
        #expect(second.state.current.selectedID == first.state.current.selectedID)
        #expect(second.state.sections[.people]?.filter == "mar")
        #expect(second.state.marks == first.state.marks)
        #expect(second.lines == first.lines)
    }

    @Test func thePagesScrollAndCursorComeBack() throws {
        var opened = BrowserState(catalogue: try BrowserHarness.builtInCatalogue(), language: .fr, size: Size(width: 80, height: 24))
        opened.start(at: "sress-pays-de-la-loire")
        var first = BrowserHarness(state: opened)
        try first.type("Gkk")
        #expect(first.state.current.detailScroll > 0)
        let cursor = try #require(first.state.current.detailCursor)
        var state = BrowserState(catalogue: try BrowserHarness.builtInCatalogue(), language: .fr, size: Size(width: 80, height: 24))
        state.restore(first.state.session)
        let second = BrowserHarness(state: state)
        #expect(second.state.current.detailScroll == first.state.current.detailScroll)
        #expect(second.state.current.detailCursor == cursor)
        #expect(second.lines == first.lines)
    }

    @Test func theImportedActorFiltersComeBack() throws {
        let source = SyntheticActorSource(total: 1_000_000, scopes: ImportedActorsTests.scopes)
        func make() throws -> BrowserHarness {
            let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
            return BrowserHarness(state: BrowserState(data: data, language: .fr, size: Size(width: 80, height: 24)))
        }
        var first = try make()
        try first.type("2drh<Enter>c<Down><Down><Enter>/0000001<Enter>")
        let heading = try #require(first.state.current.rows.imported?.heading)
        #expect(heading == "Acteurs importés · Rhône (69) · Coopératives (12)")
        var second = try make()
        var state = second.state
        state.restore(first.state.session)
        second = BrowserHarness(state: state)
        second.send(.resized(Size(width: 80, height: 24)))
        #expect(second.state.current.importFilter == first.state.current.importFilter)
        #expect(second.state.current.filter == "0000001")
        #expect(second.state.current.rows.imported?.heading == heading)
    }

    /// The imported actor the user was reading comes back, at the same place on its page: its
    /// row in the list is not known before its window is read, so its page opens over the list,
    /// and the place on the page waits for the page to be read.
    @Test func anImportedActorsPageReopensWhereItWasLeft() throws {
        let source = SyntheticActorSource(total: 1_000, scopes: ImportedActorsTests.scopes, pageFields: 40)
        let size = Size(width: 80, height: 24)
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        var first = BrowserHarness(state: BrowserState(data: data, language: .fr, size: size))
        try first.type("2G<Tab>G")
        let actor = try #require(first.state.current.displayedID)
        #expect(actor.rawValue.hasPrefix("siren:"))
        let scroll = first.state.current.detailScroll
        #expect(scroll > 0)
        var state = BrowserState(data: data, language: .fr, size: size)
        state.restore(first.state.session)
        var second = BrowserHarness(state: state, holdsReads: true)
        second.send(.resized(size))
        #expect(second.state.current.displayedID == actor)
        #expect(!second.heldReads.isEmpty, "the page is read after the restore")
        for _ in 0..<5 where !second.heldReads.isEmpty { second.answerHeldReads() }
        #expect(second.state.current.detailScroll == scroll)
        let pane = { (lines: [String]) in lines.map { String($0.dropFirst(36)) } }
        #expect(pane(second.lines) == pane(first.lines))
        // And it stays so: the session saved now holds the same actor.
        #expect(second.state.session.lists.first { $0.section == Section.actors.rawValue }?.record == actor.rawValue)
    }

    @Test func anOldSessionFileWithoutTheNewFieldsStillLoads() throws {
        let old = """
            {"version":1,"section":2,"focus":"detail","lists":[{"section":2,"filter":"","record":"cress-rhone-alpes"}],
             "trail":[],"marks":[]}
            """
        let saved = try JSONDecoder().decode(SavedSession.self, from: Data(old.utf8))
        #expect(saved.lists.first?.detailScroll == nil && saved.lists.first?.facets == nil)
        var state = try browser().state
        state.restore(saved)
        #expect(state.section == .actors)
        #expect(state.current.selectedID == "cress-rhone-alpes")
        #expect(state.current.detailScroll == 0)
    }

    @Test func theTrailAndTheRegionComeBack() throws {
        var first = try browser()
        try first.type("rpays<Enter><Tab>")
        first.send(.linkFollowed("economie-solidaire-44"))
        var state = try browser().state
        state.restore(first.state.session)
        var second = BrowserHarness(state: state)
        #expect(second.state.region == first.state.region)
        #expect(second.state.back.map(\.record) == first.state.back.map(\.record))
        try second.type("<BS>")
        #expect(second.state.section == .programmes)
    }

    /// Restoring rebuilds only the lists whose region or filter changed: every list must still
    /// hold the rows the saved browser had, with a filter, with a region, and with neither.
    @Test(arguments: ["3/mar<Enter>1", "rpays<Enter>2/a<Enter>1", "2jj"])
    func everyListHasTheSavedBrowsersRows(keys: String) throws {
        var first = try browser()
        try first.type(keys)
        var state = try browser().state
        state.restore(first.state.session)
        for section in Section.allCases {
            #expect(state.rowsShown(in: section) == first.state.rowsShown(in: section), "\(section)")
            #expect(state.sections[section]?.selectedID == first.state.sections[section]?.selectedID, "\(section)")
        }
        #expect(state.chart == first.state.chart)
    }

    @Test func marksOfRecordsNoLongerInTheCatalogueAreDroppedWithANote() throws {
        var saved = try browser().state.session
        saved.marks = [Mark(id: "progress", name: "PROGRESS"), Mark(id: "gone-away", name: "Disparu")]
        saved.trail = [SavedSession.SavedPlace(section: 1, record: "gone-away")]
        var state = try browser().state
        state.restore(saved)
        let browser = BrowserHarness(state: state)
        #expect(browser.state.marks.map(\.id) == ["progress"])
        #expect(browser.state.back.isEmpty)
        #expect(browser.lines[23].hasPrefix(" 1 marque retirée (fiche disparue du catalogue) : gone-away"))
    }

    @Test func aSaveIsAskedOnlyWhenEnabledAndWhenTheSessionChanged() throws {
        var browser = try browser()
        try browser.type("jb")
        #expect(!browser.effects.contains { if case .saveSession = $0 { true } else { false } })

        var state = try self.browser().state
        state.enableSessionSaving()
        var saving = BrowserHarness(state: state)
        try saving.type("?<Esc>")
        #expect(saving.effects.isEmpty, "nothing to save: the help opened and closed")
        try saving.type("b")
        #expect(saving.effects == [.saveSession(saving.state.session)])
        #expect(saving.state.session.marks.map(\.id) == ["progress"])
        try saving.type("j")
        #expect(saving.effects.count == 2, "a move changes the place: saved")
    }

    @Test func startAtARecordOpensItsPage() throws {
        var state = try browser().state
        state.start(at: "economie-solidaire-44")
        #expect(state.section == .actors)
        #expect(state.current.selectedID == "economie-solidaire-44")
        #expect(state.focus == .detail)
        #expect(state.back.isEmpty, "the first programme's page, never seen, is not a step behind it")
        var browser = BrowserHarness(state: state)
        #expect(browser.lines[1] == " Parcours : Économie Solidaire 44".padding(toLength: 80, withPad: " ", startingAt: 0))
        try browser.type("<BS>")
        #expect(browser.state.current.selectedID == "economie-solidaire-44", "back has nowhere to go")
    }
}
