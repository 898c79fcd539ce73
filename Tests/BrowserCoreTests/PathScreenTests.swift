import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// `p`: a target searched as you type, the chain of links to it as steps, each followed like a link.
@Suite struct PathScreenTests {
    /// Samuel Jabrin's page, reached from the People list.
    func jabrin(size: Size = Size(width: 80, height: 24)) throws -> BrowserHarness {
        var browser = try BrowserHarness(size: size)
        try browser.type("3/jabrin<Enter><Enter>")
        #expect(browser.state.current.displayedID == "samuel-jabrin")
        return browser
    }

    @Test func typingATargetListsTheCatalogueMatches() throws {
        var browser = try jabrin()
        try browser.type("ploire act")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs [3 Personnes] 4 Territoires  5 Chronologie
             Parcours : Samuel Jabrin
            ┌─ Chemin depuis Samuel Jabrin ────────────────────────────────────────────────┐
            │› loire act                                                        8 résultats│
            │                                                                              │
            │ Acteurs (4) ──────────────────────────────────────────────────────────────── │
            │▶Loire Active                                        Autre · Loire            │
            │ France Active                                       Réseau · France          │
            │ Caisse des Dépôts                                   Financeur · France       │
            │ loire-solidaires.org                                Dispositif · Loire       │
            │ Événements (1) ───────────────────────────────────────────────────────────── │
            │ Création de Loire Active                            2010 · Loire             │
            │ Programmes (3) ───────────────────────────────────────────────────────────── │
            │ Premier plan d’actions de la SRESS des Pays de la … Plan d'actions · Pays de…│
            │ SRESS — Stratégie régionale de l’Economie Sociale … Stratégie régionale · Pa…│
            │ Politique de développement de l’ESS de Saint-Étien… Politique locale · Saint…│
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  abc taper  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func enterShowsTheChainOfLinksAsSteps() throws {
        var browser = try jabrin()
        try browser.type("ploire active<Enter>")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs [3 Personnes] 4 Territoires  5 Chronologie
             Parcours : Samuel Jabrin
            ┌─ Chemin depuis Samuel Jabrin ────────────────────────────────────────────────┐
            │› loire active                                                         2 liens│
            │                                                                              │
            │ Samuel Jabrin                                                                │
            │▶└─ Élu·e de → Grand Roanne Agglomération                                     │
            │    └─ A créé → Loire Active                                                  │
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
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  abc taper  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func theChainAtALargerSize() throws {
        var browser = try jabrin(size: Size(width: 120, height: 30))
        try browser.type("ploire active<Enter>")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs [3 Personnes] 4 Territoires  5 Chronologie  │ 1/8 │ Filtre : « jabrin »
             Parcours : Samuel Jabrin
            ┌─ Person ┌─ Chemin depuis Samuel Jabrin ────────────────────────────────────────────────────────────────────┐ ────────┐
            │▶Samuel  │› loire active                                                                             2 liens│         │
            │         │                                                                                                  │ e et    │
            │         │ Samuel Jabrin                                                                                    │         │
            │         │▶└─ Élu·e de → Grand Roanne Agglomération                                                         │ omie    │
            │         │    └─ A créé → Loire Active                                                                      │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │ sociale │
            │         │                                                                                                  │ ésente  │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │ re en   │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │/jabrin  │                                                                                                  │         │
            └──────── └──────────────────────────────────────────────────────────────────────────────────────────────────┘ ────────┘
             ↑↓ déplacer  abc taper  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func aStepIsFollowedLikeALinkAndBackspaceComesBack() throws {
        var browser = try jabrin()
        try browser.type("ploire active<Enter><Down><Enter>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.current.displayedID == "loire-active")
        #expect(browser.state.section == .actors)
        try browser.type("<BS>")
        #expect(browser.state.section == .people)
        #expect(browser.state.current.displayedID == "samuel-jabrin")
        // Back at the start, p shows the same chain, the step followed still selected.
        try browser.type("p")
        guard case .path(let path) = browser.state.overlay else {
            Issue.record("p did not reopen the chain")
            return
        }
        #expect(path.steps.map(\.to) == ["grand-roanne-agglomeration", "loire-active"])
        #expect(path.selection == 1)
        // Elsewhere, p starts afresh.
        try browser.type("<Esc>2p")
        guard case .path(let fresh) = browser.state.overlay else {
            Issue.record("p did not open")
            return
        }
        #expect(fresh.steps.isEmpty && fresh.query.isEmpty)
    }

    @Test func noChainIsSaidClearly() throws {
        var browser = try jabrin()
        // Territories are never steps: a chain cannot end on one.
        try browser.type("proanne<Enter>")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs [3 Personnes] 4 Territoires  5 Chronologie
             Parcours : Samuel Jabrin
            ┌─ Chemin depuis Samuel Jabrin ────────────────────────────────────────────────┐
            │› roanne                                                                      │
            │                                                                              │
            │ Aucun chemin de liens entre « Samuel Jabrin » et « Roanne ».                 │
            │                                                                              │
            │ Les liens sont suivis dans les deux sens ; territoires et sources ne servent │
            │ pas d'étapes. Tapez pour choisir une autre cible.                            │
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
             ↑↓ déplacer  abc taper  Entrée ouvrir  Échap fermer
            """)
        // Typing again goes back to the results.
        try browser.type("<BS>")
        guard case .path(let path) = browser.state.overlay else {
            Issue.record("the path overlay closed")
            return
        }
        #expect(path.phase == .choosing)
    }

    @Test func withoutARecordShownPSaysSo() throws {
        var browser = try BrowserHarness()
        try browser.type("/zzzz<Enter>p")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.status?.text == "Aucune fiche affichée")
    }

    @Test func importedActorsAreSearchedThroughAReadAndHaveNoChain() throws {
        let source = SyntheticActorSource(total: 1000)
        let data = BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source)
        var browser = BrowserHarness(state: BrowserState(data: data, language: .fr, size: Size(width: 80, height: 24)),
                                     holdsReads: true)
        browser.answerHeldReads()
        try browser.type("3/jabrin<Enter><Enter>pacteur 12")
        // The query's imported matches are asked as an effect, never read in update.
        #expect(browser.heldReads.contains { if case .search("acteur 12", nil, _) = $0.query { true } else { false } })
        browser.answerHeldReads()
        guard case .path(let path) = browser.state.overlay else {
            Issue.record("the path overlay closed")
            return
        }
        let imported = try #require(path.rows.firstIndex { $0.id == "siren:000000012" })
        #expect(path.rows.contains { $0.isHeading && $0.text.hasPrefix("Acteurs importés") })
        while browser.state.overlay.map({ if case .path(let path) = $0 { path.selection < imported } else { false } }) == true {
            try browser.type("<Down>")
        }
        try browser.type("<Enter>")
        let text = browser.lines.joined(separator: "\n")
        #expect(text.contains("Aucun chemin de liens entre « Samuel Jabrin » et « Acteur 000000012 »."), "\(text)")
        #expect(text.contains("Un acteur importé n'a pas de lien écrit"), "\(text)")
    }

    @Test func inEnglishAndInAscii() throws {
        var browser = try BrowserHarness(size: Size(width: 80, height: 24), language: .en, unicode: false)
        try browser.type("3/jabrin<Enter><Enter>ploire active<Enter>")
        expectRows(browser.lines, from: 2, """
            +- Path from Samuel Jabrin ----------------------------------------------------+
            |> loire active                                                         2 links|
            |                                                                              |
            | Samuel Jabrin                                                                |
            |>`- Elected member of -> Grand Roanne Agglomération                           |
            |    `- Created -> Loire Active                                                |
            """)
    }

    @Test func aClickOnAStepFollowsIt() throws {
        var browser = try jabrin()
        try browser.type("ploire active<Enter>")
        let row = try #require(browser.row(containing: "A créé → Loire Active"))
        browser.click(x: 10, y: row)
        #expect(browser.state.current.displayedID == "loire-active")
        try browser.type("<BS>")
        #expect(browser.state.current.displayedID == "samuel-jabrin")
    }
}
