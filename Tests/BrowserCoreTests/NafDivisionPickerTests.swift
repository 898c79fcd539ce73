import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The `n` picker opening a NAF section into its divisions (Right), closing it (Left), and a
/// division chosen as the filter, over the made-up directory of 900 actors of
/// ``SyntheticActorSource`` (section Q holds 297 of them, 99 in each of divisions 86, 87 and 88).
@Suite struct NafDivisionPickerTests {
    func make(holdsReads: Bool = false) throws -> BrowserHarness {
        let source = SyntheticActorSource(total: 900, scopes: ["arrondissement-roanne", "region-pays-de-la-loire"])
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        return BrowserHarness(state: BrowserState(data: data, language: .fr, size: Size(width: 80, height: 24)),
                              holdsReads: holdsReads)
    }

    @Test func rightOpensASectionIntoItsDivisionsWithTheirCounts() throws {
        var browser = try make()
        try browser.type("2n<Down><Down><Right>")
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie
             Parcours : AG2I
            ┌─ Choisir une section NAF (acteurs importés) ─────────────────────────────────┐
            │›                                                                      6 choix│
            │                                                                              │
            │ ✓ Toutes les sections NAF                                                900 │
            │   I · Hébergement et restauration                                        306 │
            │▶  Q · Santé humaine et action sociale                                    297 │
            │      86 Activités pour la santé humaine                                   99 │
            │      87 Hébergement médico-social et social                               99 │
            │      88 Action sociale sans hébergement                                   99 │
            │   S · Autres activités de services                                       297 │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  abc taper  → divisions  ← refermer  Entrée appliquer  Échap fermer
            """)
    }

    @Test func choosingADivisionFiltersTheListAndShowsItInHeaderHeadingAndTrail() throws {
        var browser = try make()
        try browser.type("2n<Down><Down><Right><Down><Down><Down><Enter>")
        expectScreen(browser.lines, """
             1 [2 Acteurs] 3 4 5 │ 99/974 │ Importés : 88 Action sociale sans hébergement
             Parcours : AG2I › 88 Action sociale sans hébergement
            ┌─ ▶ Acteurs (99/974) ─────────────┐┌─ Acteur ─────────────────────────────────┐
            │ Acteurs importés · 88 Action soc…││ Acteur 000000063                         │
            │▶Acteur 000000063     Territoire 2││ Acteur importé · Territoire 2            │
            │ Acteur 000000064     Territoire 1││ SIREN : 000000063                        │
            │ Acteur 000000065     Territoire 2││                                          │
            │ Acteur 000000066     Territoire 1││ id : siren:000000063                     │
            │ Acteur 000000067     Territoire 2││                                          │
            │ Acteur 000000068     Territoire 1││                                          │
            │ Acteur 000000069     Territoire 2││                                          │
            │ Acteur 000000070     Territoire 1││                                          │
            │ Acteur 000000071     Territoire 2││                                          │
            │ Acteur 000000144     Territoire 1││                                          │
            │ Acteur 000000145     Territoire 2││                                          │
            │ Acteur 000000146     Territoire 1││                                          │
            │ Acteur 000000147     Territoire 2││                                          │
            │ Acteur 000000148     Territoire 1││                                          │
            │ Acteur 000000149     Territoire 2││                                          │
            │ Acteur 000000150     Territoire 1││                                          │
            │ Acteur 000000151     Territoire 2││                                          │
            │ Acteur 000000152     Territoire 1││                                          │
            └─────────────────────────── 1/99 ─┘└──────────────────────────────────────────┘
             Acteurs importés : 88 Action sociale sans hébergement
            """)
        #expect(browser.state.sections[.actors]?.rows.imported?.heading == "Acteurs importés · 88 Action sociale sans hébergement (99)")
        #expect(browser.state.sections[.actors]?.importFilter.code(.nafSection) == "88")
        try browser.type("<BS>")
        #expect(browser.state.sections[.actors]?.importFilter.isEmpty == true, "Backspace undoes the division filter")
        #expect(!browser.lines[0].contains("88 Action"))
    }

    @Test func leftClosesTheSectionWithItsRowSelected() throws {
        var browser = try make()
        try browser.type("2n<Down><Down><Right><Down><Down><Left>")
        #expect(browser.lines[3].contains("3 choix"))
        #expect(browser.lines[7].hasPrefix("│▶  Q · Santé humaine et action sociale"))
        #expect(browser.lines[8].hasPrefix("│   S · Autres activités de services"))
        try browser.type("<Enter>")
        #expect(browser.lines[0].contains("Importés : Q · Santé humaine et action sociale"), "Enter on a section still applies the section")
    }

    @Test func theDivisionsAreReadThroughAnEffectNotInUpdate() throws {
        var browser = try make(holdsReads: true)
        try browser.type("2n")
        browser.answerHeldReads()
        try browser.type("<Down><Down><Right>")
        #expect(browser.heldReads.map(\.query) == [.nafDivisions(section: "Q", scope: nil, filter: ImportedActorFilter())])
        #expect(browser.lines[8].hasPrefix("│   S · Autres activités de services"), "nothing shown before the answer")
        try browser.type("<Down>")
        browser.answerHeldReads()
        #expect(browser.lines[8].hasPrefix("│      86 Activités pour la santé humaine"))
        #expect(browser.lines[7].contains("Q · Santé") == true)
    }

    @Test func rightDoesNothingOnADivisionOrInTheOtherPickers() throws {
        var browser = try make()
        try browser.type("2n<Down><Down><Right><Down><Right>")
        #expect(browser.lines[3].contains("6 choix"))
        try browser.type("<Esc>d<Down><Right>")
        #expect(browser.lines[3].contains("3 choix"))
        #expect(browser.lines[23].hasPrefix(" ↑↓ déplacer  abc taper  Entrée appliquer  Échap fermer"), "the d picker's footer has no division keys")
    }

    @Test func reopenedWithADivisionInForceItsSectionIsOpenAndItIsSelected() throws {
        var browser = try make()
        try browser.type("2n<Down><Down><Right><Down><Down><Down><Enter>n")
        #expect(browser.lines[7].hasPrefix("│   Q · Santé humaine et action sociale"))
        #expect(browser.lines[10].hasPrefix("│▶✓    88 Action sociale sans hébergement "))
        #expect(browser.lines[10].hasSuffix(" 99 │"))
        try browser.type("<Left><Down><Enter>")
        #expect(browser.lines[0].contains("Importés : S · Autres activités de services"), "a section replaces the division")
    }
}
