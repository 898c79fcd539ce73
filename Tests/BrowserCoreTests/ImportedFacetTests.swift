import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The imported actors of the Actors list narrowed by département (`d`), legal family (`c`) and
/// NAF section (`n`), over a made-up directory of 900 actors whose facets cycle (see
/// ``SyntheticActorSource``): each département, family and section holds a third of them.
@Suite struct ImportedFacetTests {
    func make(size: Size = Size(width: 80, height: 24), language: Language = .fr,
              region: String? = nil) throws -> BrowserHarness {
        let source = SyntheticActorSource(total: 900, scopes: ["arrondissement-roanne", "region-pays-de-la-loire"])
        let catalogue = try BrowserHarness.builtInCatalogue()
        let data = BrowserData(catalogue: catalogue, importedActors: source)
        let filter = try region.map { try catalogue.resolveRegion($0).get() }
        return BrowserHarness(state: BrowserState(data: data, language: language, size: size, region: filter))
    }

    func heading(_ browser: BrowserHarness) -> String { browser.state.sections[.actors]?.rows.imported?.heading ?? "" }

    // MARK: - Screens

    @Test func theDepartementPickerShowsEachOneWithItsCount() throws {
        var browser = try make()
        try browser.type("2d")
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie
             Parcours : AG2I
            ┌─ Choisir un département (acteurs importés) ──────────────────────────────────┐
            │›                                                                      3 choix│
            │                                                                              │
            │▶✓ Tous les départements                                                  900 │
            │   Loire (42)                                                             300 │
            │   Loire-Atlantique (44)                                                  300 │
            │   Rhône (69)                                                             300 │
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
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  abc taper  Entrée appliquer  Échap fermer
            """)
    }

    @Test func aDepartementAndAFamilyNarrowTheListAndShowInTheHeader() throws {
        var browser = try make()
        try browser.type("2drh<Enter>c")
        #expect(browser.lines[5].contains("Toutes les familles juridiques") && browser.lines[5].hasSuffix(" 300 │"),
                "the family counts are within the département chosen: \(browser.lines[5])")
        #expect(browser.lines[6].contains("Associations") && browser.lines[6].hasSuffix(" 100 │"))
        try browser.type("<Down><Down><Enter>")
        expectScreen(browser.lines, """
             1 [2 Acteurs] 3 4 5 │ 100/974 │ Importés : Rhône (69) · Coopératives
             Parcours : AG2I › Rhône (69) › Rhône (69) · Coopératives
            ┌─ ▶ Acteurs (100/974) ────────────┐┌─ Acteur ─────────────────────────────────┐
            │ Acteurs importés · Rhône (69) · …││ Acteur 000000005                         │
            │▶Acteur 000000005     Territoire 2││ Acteur importé · Territoire 2            │
            │ Acteur 000000014     Territoire 1││ SIREN : 000000005                        │
            │ Acteur 000000023     Territoire 2││                                          │
            │ Acteur 000000032     Territoire 1││ id : siren:000000005                     │
            │ Acteur 000000041     Territoire 2││                                          │
            │ Acteur 000000050     Territoire 1││                                          │
            │ Acteur 000000059     Territoire 2││                                          │
            │ Acteur 000000068     Territoire 1││                                          │
            │ Acteur 000000077     Territoire 2││                                          │
            │ Acteur 000000086     Territoire 1││                                          │
            │ Acteur 000000095     Territoire 2││                                          │
            │ Acteur 000000104     Territoire 1││                                          │
            │ Acteur 000000113     Territoire 2││                                          │
            │ Acteur 000000122     Territoire 1││                                          │
            │ Acteur 000000131     Territoire 2││                                          │
            │ Acteur 000000140     Territoire 1││                                          │
            │ Acteur 000000149     Territoire 2││                                          │
            │ Acteur 000000158     Territoire 1││                                          │
            └────────────────────────── 1/100 ─┘└──────────────────────────────────────────┘
             Acteurs importés : Rhône (69) · Coopératives
            """)
        #expect(heading(browser) == "Acteurs importés · Rhône (69) · Coopératives (100)")
        try browser.type("j")
        #expect(browser.lines[23].hasPrefix(" Entrée ouvrir  d dép.  c famille  n NAF  x sans filtres  ? aide  q quitter"))
    }

    @Test func inEnglishAtAWideSize() throws {
        var browser = try make(size: Size(width: 120, height: 40), language: .en)
        try browser.type("2n<Down><Down><Enter>")
        #expect(browser.lines[0].hasPrefix("  1 Programmes [2 Actors] 3 People  4 Territories  5 Timeline  │ 297/974 │ Imported: Q · Santé humaine et action sociale"))
        #expect(heading(browser) == "Imported actors · Q · Santé humaine et action sociale (297)")
        #expect(browser.lines[39].hasPrefix(" Imported actors: Q · Santé humaine et action sociale"))
        try browser.type("j")
        #expect(browser.lines[39].contains("d dept.  c family  n NAF  x no filters"))
        try browser.type("c")
        #expect(browser.lines[2].contains("Choose a legal family (imported actors)"))
        #expect(browser.lines[5].contains("All legal families"))
    }

    // MARK: - Pickers

    @Test func typingNarrowsThePickerByNameOrCode() throws {
        var browser = try make()
        try browser.type("2dloire")
        #expect(browser.lines[3].contains("2 choix"))
        #expect(browser.lines[5].contains("▶  Loire (42)"))
        #expect(browser.lines[6].contains("Loire-Atlantique (44)"))
        try browser.type("<C-u>69")
        #expect(browser.lines[5].contains("Rhône (69)"))
        try browser.type("<C-u>zzz")
        #expect(browser.lines[5].contains("Aucun résultat"))
        try browser.type("<Enter>")
        #expect(browser.state.overlay != nil, "Enter on no choice changes nothing")
    }

    @Test func thePickerMarksTheValueInForceAndItsAllLineDropsIt() throws {
        var browser = try make()
        try browser.type("2n<Down><Enter>n")
        #expect(browser.lines[6].contains("▶✓ I · Hébergement et restauration"), "\(browser.lines[6])")
        try browser.type("<Up><Enter>")
        #expect(browser.state.sections[.actors]?.importFilter.isEmpty == true)
        #expect(browser.lines[2].contains("Acteurs (974)"), "curated actors come back")
        #expect(browser.lines[23].contains("Acteurs importés : filtres retirés"))
    }

    @Test func aPickerWithNoValueSaysWhy() throws {
        var browser = try make(region: "Bretagne")
        try browser.type("2n")
        #expect(browser.lines[3].contains("0 choix"))
        #expect(browser.lines[5].contains("Toutes les sections NAF"))
        #expect(browser.lines[7].contains("Aucun acteur importé n'a cette information ici"), "\(browser.lines[7])")
    }

    @Test func aClickOnAPickerLineAppliesIt() throws {
        var browser = try make()
        try browser.type("2c")
        let row = try #require(browser.row(containing: "Mutuelles"))
        browser.click(x: 10, y: row)
        #expect(browser.state.overlay == nil)
        #expect(browser.state.sections[.actors]?.importFilter.code(.legalFamily) == "Mutuelles")
        #expect(browser.lines[0].contains("Importés : Mutuelles"))
    }

    @Test func theKeysWorkFromAnySectionAndLeadToTheActors() throws {
        var browser = try make()
        try browser.type("d<Down><Enter>")
        #expect(browser.lines[0].contains("[2 Acteurs]"))
        #expect(browser.state.current.selectedID == "siren:000000000")
        try browser.type("<BS>")
        #expect(browser.lines[0].contains("[1 Programmes]"))
    }

    @Test func xDropsEveryFacetAndSaysWhenThereIsNone() throws {
        var browser = try make()
        try browser.type("2x")
        #expect(browser.lines[23].contains("Aucun filtre sur les acteurs importés"))
        try browser.type("d<Down><Enter>c<Down><Enter>x")
        #expect(browser.state.sections[.actors]?.importFilter.isEmpty == true)
        #expect(heading(browser) == "Acteurs importés (900)")
        #expect(browser.lines[1].hasSuffix("Loire (42) › Loire (42) · Associations › Acteurs sans filtres"))
    }

    @Test func withoutADirectoryTheKeysSaySo() throws {
        var browser = try BrowserHarness()
        try browser.type("2d")
        #expect(browser.state.overlay == nil)
        #expect(browser.lines[23].contains("Aucun annuaire importé (ess import FICHIER)"))
        try browser.type("x")
        #expect(browser.lines[23].contains("Aucun annuaire importé"))
    }

    // MARK: - Lists, search, regions, history

    @Test func theListFilterAndTheSearchOverlayHonourTheFacets() throws {
        var browser = try make()
        try browser.type("2drh<Enter>c<Down><Down><Enter>/0000001<Enter>")
        // The made-up search matches names holding the digits: 000000014 and 000000104…000000194.
        #expect(heading(browser) == "Acteurs importés · Rhône (69) · Coopératives (12)")
        #expect(browser.state.current.selectedID == "siren:000000014")
        try browser.type("<Esc>s00000")
        #expect(browser.lines[5].contains("Acteurs importés · Rhône (69) · Coopératives (50 premiers)"))
        #expect(browser.lines[6].contains("Acteur 000000005"))
        #expect(browser.lines[7].contains("Acteur 000000014"))
    }

    @Test func pickerCountsStayWithinTheRegionAndAnotherRegionDropsTheDepartement() throws {
        var browser = try make(region: "Pays de la Loire")
        try browser.type("2d")
        #expect(browser.lines[5].hasSuffix(" 450 │"), "half the actors are in the region: \(browser.lines[5])")
        try browser.type("<Down><Enter>c<Down><Enter>")
        #expect(browser.state.sections[.actors]?.importFilter.labels == ["Loire (42)", "Associations"])
        browser.send(.regionApplied(nil))
        #expect(browser.state.sections[.actors]?.importFilter.labels == ["Associations"])
        #expect(heading(browser) == "Acteurs importés · Associations (300)")
    }

    @Test func backAndForwardStepThroughTheFilters() throws {
        var browser = try make()
        try browser.type("2d<Down><Enter>c<Down><Enter>jj")
        #expect(browser.state.current.selectedID == "siren:000000018")
        try browser.type("<BS>")
        #expect(browser.state.current.importFilter.labels == ["Loire (42)"])
        #expect(browser.state.current.selectedID == "siren:000000000")
        try browser.type("l")
        #expect(browser.state.current.importFilter.labels == ["Loire (42)", "Associations"])
        #expect(browser.state.current.displayedID == "siren:000000018", "forward returns to the actor left")
        try browser.type("<BS><BS>")
        #expect(browser.state.current.importFilter.isEmpty)
        #expect(browser.lines[2].contains("Acteurs (974)"))
    }

    @Test func aProgrammesLinkToItsTerritorysActorsDropsTheFacets() throws {
        var browser = try make()
        try browser.type("2c<Down><Enter>1" + String(repeating: "j", count: 7) + "<Tab>Gk")
        let chosen = try #require(browser.lines.first { $0.contains("││▶") })
        #expect(chosen.contains("Arrondissement de Roanne : 450"), "\(chosen)")
        try browser.type("<Enter>")
        #expect(browser.state.current.importFilter.isEmpty)
        #expect(heading(browser) == "Acteurs importés · Arrondissement de Roanne (450)")
        try browser.type("d")
        #expect(browser.lines[5].hasSuffix(" 450 │"))
        try browser.type("<Down><Enter>")
        #expect(heading(browser) == "Acteurs importés · Arrondissement de Roanne · Loire (42) (150)")
    }
}
