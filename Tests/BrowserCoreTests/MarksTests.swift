import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// `b` marks the record shown, `'` lists the marks; Enter opens one, `d` removes it.
@Suite struct MarksTests {
    func browser(unicode: Bool = true) throws -> BrowserHarness {
        try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24), unicode: unicode)
    }

    @Test func markShowsAGlyphInTheListAndThePaneTitle() throws {
        var browser = try browser()
        try browser.type("b")
        expectRows(browser.lines, from: 2, """
            ┌─ ▶ Programmes (3) ───────────────┐┌─ ★ Programme ────────────────────────────┐
            │▶★ PROGRESS                       ││ PROGRESS                                 │
            │ Schéma métropolitain de l'ESS    ││ Programme territorial · Loire            │
            """)
        #expect(browser.lines[23].hasPrefix(" Marquée : PROGRESS"))
        try browser.type("jb")
        #expect(browser.state.marks.map(\.id) == ["progress", browser.state.current.selectedID?.rawValue])
        // Unmarking takes the glyph away.
        try browser.type("kb")
        #expect(browser.lines[3].hasPrefix("│▶PROGRESS "))
        #expect(browser.lines[23].hasPrefix(" Marque retirée : PROGRESS"))
        #expect(browser.state.marks.count == 1)
    }

    @Test func marksListOpensAMarkAndRemovesOne() throws {
        var browser = try browser()
        try browser.type("b2jb'")
        expectRows(browser.lines, from: 2, """
            ┌─ Fiches marquées ────────────────────────────────────────────────────────────┐
            │ 2 fiches marquées                                                            │
            │                                                                              │
            │▶★ PROGRESS                                          progress                 │
            │ ★ Économie Solidaire 44                             economie-solidaire-44    │
            │                                                                              │
            """)
        #expect(browser.lines[23].hasPrefix(" ↑↓ déplacer  Entrée ouvrir  d retirer  Échap fermer"))
        try browser.type("<Enter>")
        #expect(browser.state.section == .programmes)
        #expect(browser.lines[1].hasPrefix(" Parcours : Économie Solidaire 44 › PROGRESS"))
        try browser.type("'d")
        expectRows(browser.lines, from: 3, """
            │ 1 fiche marquée                                                              │
            │                                                                              │
            │▶★ Économie Solidaire 44                             economie-solidaire-44    │
            │                                                                              │
            """)
        #expect(browser.lines[23].hasPrefix(" Marque retirée : PROGRESS"))
        try browser.type("<Del>")
        #expect(browser.state.marks.isEmpty)
        #expect(browser.lines[5].hasPrefix("│ Aucune fiche marquée : b marque la fiche affichée."))
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
    }

    @Test func marksAreShownInASCIIToo() throws {
        var browser = try browser(unicode: false)
        try browser.type("b")
        #expect(browser.lines[3].hasPrefix("|>* PROGRESS"))
    }

    @Test func theMarkKeysAreInTheHelp() throws {
        let lines = HelpContent.lines(keyMap: .standard, language: .en, unicode: true)
        #expect(lines.contains(.heading("Marks and resume")))
        #expect(lines.contains(.entry(keys: "b", help: "Mark the record shown, or unmark it")))
        #expect(lines.contains(.entry(keys: "'", help: "List the marked records")))
        #expect(lines.contains(.entry(keys: "d Del", help: "Marks: remove the chosen mark")))
    }
}
