import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// `y` copies the id, the name or a citation of the record shown (an effect the backend turns
/// into OSC 52); `E` asks a path and writes the current list as CSV (an effect too).
@Suite struct CopyExportTests {
    func browser() throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
    }

    @Test func copyMenuOffersIdNameAndCitation() throws {
        var browser = try browser()
        try browser.type("y")
        expectRows(browser.lines, from: 2, """
            ┌─ Copier ─────────────────────────────────────────────────────────────────────┐
            │ Entrée copie dans le presse-papiers (OSC 52, aussi par ssh et tmux)          │
            │                                                                              │
            │▶Identifiant                            progress                              │
            │ Nom                                    PROGRESS                              │
            │ Citation                               PROGRESS — Programme territorial · Lo…│
            """)
        #expect(browser.lines[23].hasPrefix(" ↑↓ déplacer  Entrée copier  Échap fermer"))
        try browser.type("jj<Enter>")
        guard case .copyToClipboard(let text) = browser.effects.last else {
            Issue.record("no copy effect: \(browser.effects)")
            return
        }
        #expect(text.hasPrefix("PROGRESS — Programme territorial · Loire"))
        #expect(text.hasSuffix(". ess : progress"))
        #expect(browser.state.overlay == nil)
        #expect(browser.lines[23].hasPrefix(" Copié dans le presse-papiers : PROGRESS — "))
    }

    @Test func copyingTheIdNeedsNoMoreThanTwoKeys() throws {
        var browser = try browser()
        try browser.type("2yy")
        #expect(browser.effects == [.copyToClipboard("cress-rhone-alpes")])
    }

    @Test func exportWritesTheFilteredListWithTheCLIColumns() throws {
        var browser = try browser()
        var state = browser.state
        state.setToday("2026-11-29")
        browser = BrowserHarness(state: state)
        try browser.type("/schema<Enter>E")
        expectRows(browser.lines, from: 2, """
            ┌─ Exporter la liste en CSV ───────────────────────────────────────────────────┐
            │› ./ess-programmes-2026-11-29.csv                                             │
            │                                                                              │
            │ 1 ligne avec les filtres en cours ; Entrée écrit le fichier, Échap annule    │
            """)
        try browser.type("<C-u>out.csv<Enter>")
        guard case .writeFile(let path, let contents, let rows) = browser.effects.last else {
            Issue.record("no write effect: \(browser.effects)")
            return
        }
        #expect(path == "out.csv")
        #expect(rows == 1)
        #expect(contents.hasPrefix("id,type,name,kind,territories,regions,dates,basis,sources\r\nschema-rennes,programme,"))
        #expect(browser.state.overlay == nil)
        browser.send(.effectReported("1 ligne écrite dans /tmp/out.csv"))
        #expect(browser.lines[23].hasPrefix(" 1 ligne écrite dans /tmp/out.csv"))
    }

    @Test func anEmptyPathIsRefusedAndAFailureSaid() throws {
        var browser = try browser()
        try browser.type("E<C-u><Enter>")
        #expect(browser.lines[23].hasPrefix(" Indiquez un chemin de fichier"))
        #expect(!browser.effects.contains { if case .writeFile = $0 { true } else { false } })
        try browser.type("<Esc>")
        browser.send(.effectFailed("could not write /nope/x.csv: No such file or directory"))
        #expect(browser.lines[23].hasPrefix(" could not write /nope/x.csv: No such file or directory"))
    }
}
