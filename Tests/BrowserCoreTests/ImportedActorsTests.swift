import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Imported actors in the Actors section, over a made-up directory of a million actors read a
/// window at a time.
@Suite struct ImportedActorsTests {
    static let scopes: [RecordID] = ["arrondissement-roanne", "region-auvergne-rhone-alpes", "region-pays-de-la-loire"]

    func make(total: Int = 1_000_000, size: Size = Size(width: 80, height: 24), language: Language = .fr,
              region: String? = nil) throws -> (BrowserHarness, SyntheticActorSource) {
        let source = SyntheticActorSource(total: total, scopes: Self.scopes)
        let catalogue = try BrowserHarness.builtInCatalogue()
        let data = BrowserData(catalogue: catalogue, importedActors: source)
        let filter = try region.map { try catalogue.resolveRegion($0).get() }
        return (BrowserHarness(state: BrowserState(data: data, language: language, size: size, region: filter)), source)
    }

    /// The heading of the imported actors, wherever the list is scrolled.
    func heading(_ browser: BrowserHarness) -> String { browser.state.current.rows.imported?.heading ?? "" }

    @Test func importedActorsFollowTheCuratedOnesUnderTheirHeading() throws {
        var (browser, source) = try make()
        try browser.type("2" + String(repeating: "j", count: 74))
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie
             Parcours : Acteur 000000000
            ┌─ ▶ Acteurs (1000074) ────────────┐┌─ Acteur ─────────────────────────────────┐
            │ Pôle Culture et Coopération      ││ Acteur 000000000                         │
            │ Pôle Ressource                   ││ Acteur importé · Territoire 1            │
            │ Pôle ressources du Roannais      ││ SIREN : 000000000                        │
            │ Pôle Sud                         ││                                          │
            │ Pôle territorial Saône Vallée    ││ id : siren:000000000                     │
            │ RéFlex                           ││                                          │
            │ Région des Pays de la Loire      ││                                          │
            │ Région Rhône-Alpes               ││                                          │
            │ Rencontres Sociales              ││                                          │
            │ Rencontres Solidaires / Mois de …││                                          │
            │ Rennes Métropole                 ││                                          │
            │ RTES — Réseau des collectivités …││                                          │
            │ Saint-Étienne Métropole          ││                                          │
            │ CARENE — Saint-Nazaire aggloméra…││                                          │
            │ Salon des entrepreneurs          ││                                          │
            │ Savoie Léman Solidaire           ││                                          │
            │ Syndicat du Pays Roannais        ││                                          │
            │ Acteurs importés (1\u{00A0}000\u{00A0}000) ─── ││                                          │
            │▶Acteur 000000000     Territoire 1││                                          │
            └───────────────────── 75/1000074 ─┘└──────────────────────────────────────────┘
             Entrée ouvrir  d dép.  c famille  n NAF  x sans filtres  ? aide  q quitter
            """)
        #expect(source.requested.rows == 64, "one block of rows, not the million")
    }

    @Test func theEndOfAMillionRowsIsOneWindowAway() throws {
        var (browser, source) = try make(size: Size(width: 120, height: 40), language: .en)
        try browser.type("2G<PgUp>")
        #expect(browser.lines[2].contains("Actors (1000074)"))
        #expect(browser.lines[3] == "│▶Acteur 000999965                   imported · Terr…││ Acteur 000999965                                               │")
        #expect(browser.lines[37] == "│ Acteur 000999999                   imported · Terr…││                                                                │")
        #expect(browser.lines[38].contains(" 1000040/1000074 "))
        #expect(source.requested.rows <= 128)
        #expect(source.requested.reads <= 2)
    }

    @Test func scrollingReadsOnlyTheRowsItShows() throws {
        var (browser, source) = try make()
        try browser.type("2G")
        for _ in 0..<200 { try browser.type("<PgUp>") }
        let first = try #require(browser.state.current.rows.firstImportedIndex)
        let position = browser.state.current.selection - first
        #expect(position == 999_999 - 200 * 18)
        #expect(browser.lines[3].hasPrefix("│▶Acteur 000996399"))
        // 200 pages of 18 rows is 3,600 rows; each read is the two blocks of 64 the pane straddles.
        #expect(source.requested.rows < 2 * 3_600 + 128)
        #expect(source.requested.reads < 60)
    }

    @Test func aProgrammePageLinksToTheImportedActorsOfItsTerritory() throws {
        var (browser, _) = try make()
        try browser.type("1" + String(repeating: "j", count: 7) + "<Tab>Gk")
        let chosen = try #require(browser.lines.first { $0.contains("││▶") })
        #expect(chosen.contains("Arrondissement de Roanne : 333\u{00A0}334"), "\(chosen)")
        try browser.type("<Enter>")
        #expect(browser.lines[0].contains("[2 Acteurs]"))
        #expect(browser.lines[2].contains("Acteurs (333408/1000074)"))
        #expect(heading(browser).contains("Acteurs importés · Arrondissement de Roanne (333\u{00A0}334)"))
        #expect(browser.state.current.selectedID == "siren:000000000")
        #expect(browser.state.focus == .list)
        try browser.type("j")
        #expect(browser.state.current.selectedID == "siren:000000003", "every third actor is in the scope")
        try browser.type("<BS>")
        #expect(browser.lines[0].contains("[1 Programmes]"))
        #expect(browser.state.current.selectedID == "progress")
        try browser.type("l")
        #expect(browser.state.current.selectedID == "siren:000000003", "forward comes back to the same scope")
        #expect(heading(browser).contains("Arrondissement de Roanne (333\u{00A0}334)"))
    }

    @Test func theRegionFilterNarrowsTheImportedActorsToo() throws {
        var (browser, _) = try make(region: "Pays de la Loire")
        try browser.type("2G")
        #expect(heading(browser).contains("Acteurs importés (333\u{00A0}333)"))
        #expect(browser.state.current.selectedID == "siren:000999998")
        try browser.type("R")
        try browser.type("G")
        #expect(browser.state.current.selectedID == "siren:000999999")
        #expect(browser.lines[2].contains("Acteurs (1000074)"))
    }

    @Test func theListFilterAsksTheDirectorysSearch() throws {
        var (browser, _) = try make()
        try browser.type("2/0000042<Enter>")
        #expect(heading(browser).contains("Acteurs importés (50 sur 111)"))
        #expect(browser.state.current.selectedID == "siren:000000042")
        try browser.type("/<C-U>")
        #expect(heading(browser).contains("Acteurs importés (1\u{00A0}000\u{00A0}000)"))
    }

    @Test func theSearchOverlayListsImportedActorsAndOpensOne() throws {
        var (browser, _) = try make()
        try browser.type("s000012345")
        #expect(browser.lines.contains { $0.contains("Acteurs importés (1)") })
        try browser.type("<Enter>")
        #expect(browser.lines[0].contains("[2 Acteurs]"))
        #expect(browser.state.current.displayedID == "siren:000012345")
        #expect(browser.lines[3].contains("Acteur 000012345"))
        try browser.type("<BS>")
        #expect(browser.lines[0].contains("[1 Programmes]"))
    }

    @Test func onlyImportedIdsLeadToTheDirectory() throws {
        var (browser, _) = try make()
        browser.send(.linkFollowed("nothing"))
        #expect(browser.lines[0].contains("[1 Programmes]"))
        browser.send(.linkFollowed("siren:000000007"))
        #expect(browser.lines[0].contains("[2 Acteurs]"))
        #expect(browser.state.current.displayedID == "siren:000000007")
    }

    @Test func withoutADirectoryNothingChanges() throws {
        var plain = try BrowserHarness()
        try plain.type("2G")
        #expect(plain.lines[2].contains("Acteurs (74)"))
        #expect(!plain.lines.joined().contains("importé"))
    }
}
