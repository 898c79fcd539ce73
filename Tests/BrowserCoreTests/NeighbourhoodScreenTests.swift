import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// `X`: the record's written links as a tree that unfolds level by level.
@Suite struct NeighbourhoodScreenTests {
    /// Loire Active's page, reached from the Actors list.
    func loireActive(size: Size = Size(width: 80, height: 24)) throws -> BrowserHarness {
        var browser = try BrowserHarness(size: size)
        try browser.type("2/loire active<Enter><Enter>")
        #expect(browser.state.current.displayedID == "loire-active")
        return browser
    }

    func tree(_ browser: BrowserHarness) throws -> NeighbourhoodOverlay {
        guard case .neighbourhood(let tree) = browser.state.overlay else { throw TreeClosed() }
        return tree
    }

    struct TreeClosed: Error {}

    @Test func xShowsTheLinksOfTheRecord() throws {
        var browser = try loireActive()
        try browser.type("X")
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie
             Parcours : Loire Active
            ┌─ Voisinage de Loire Active ──────────────────────────────────────────────────┐
            │ 7 liens                                                                      │
            │                                                                              │
            │▶▾ Loire Active                                                               │
            │ ├─▸ Membre de : Politique de développement de l’ESS de Saint-Étienne Métropo…│
            │ ├─▸ Créé par : France Active                                                 │
            │ ├─▸ Créé par : Caisse des Dépôts                                             │
            │ ├─▸ Créé par : Grand Roanne Agglomération                                    │
            │ ├─▸ Créé par : Saint-Étienne Métropole                                       │
            │ ├─▸ Créé par : Loire Forez Agglomération                                     │
            │ └─▸ Étapes : Création de Loire Active                                        │
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
             ↑↓ déplacer  Espace/← déplier/replier  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func aNodeUnfoldsToItsOwnLinksAndTheWayBackIsACycle() throws {
        var browser = try loireActive(size: Size(width: 110, height: 32))
        try browser.type("X<Down><Space>")
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie  │ 1/74 │ Filtre : « loire active »
             Parcours : Loire Active
            ┌─ Voisinage de Loire Active ────────────────────────────────────────────────────────────────────────────────┐
            │ 7 liens                                                                                                    │
            │                                                                                                            │
            │ ▾ Loire Active                                                                                             │
            │▶├─▾ Membre de : Politique de développement de l’ESS de Saint-Étienne Métropole                             │
            │ │  ├─▸ Porteur : Saint-Étienne Métropole                                                                   │
            │ │  ├─▸ Partenaires : Région Rhône-Alpes                                                                    │
            │ │  ├─▸ Partenaires : Conseil Général de la Loire                                                           │
            │ │  ├─▸ Partenaires : Grand Roanne Agglomération                                                            │
            │ │  ├─▸ Partenaires : Loire Forez Agglomération                                                             │
            │ │  ├─▸ Membres : Maison de l’emploi                                                                        │
            │ │  ├─↺ Membres : Loire Active (déjà plus haut)                                                             │
            │ │  ├─▸ Outils mobilisés : Convention de centralité                                                         │
            │ │  ├─▸ Outils mobilisés : Créafil                                                                          │
            │ │  ├─▸ Outils mobilisés : Dispositifs locaux d’accompagnement                                              │
            │ │  ├─▸ Outils mobilisés : loire-solidaires.org                                                             │
            │ │  └─▸ Outils mobilisés : Insertion et design                                                              │
            │ ├─▸ Créé par : France Active                                                                               │
            │ ├─▸ Créé par : Caisse des Dépôts                                                                           │
            │ ├─▸ Créé par : Grand Roanne Agglomération                                                                  │
            │ ├─▸ Créé par : Saint-Étienne Métropole                                                                     │
            │ ├─▸ Créé par : Loire Forez Agglomération                                                                   │
            │ └─▸ Étapes : Création de Loire Active                                                                      │
            │                                                                                                            │
            │                                                                                                            │
            │                                                                                                            │
            │                                                                                                            │
            │                                                                                                            │
            └────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  Espace/← déplier/replier  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func aCycleIsNotUnfoldedAgain() throws {
        var browser = try loireActive()
        try browser.type("X<Down><Right>")
        let nodes = try tree(browser).nodes
        let cycle = try #require(nodes.firstIndex { $0.isCycle })
        #expect(nodes[cycle].id == "loire-active")
        for _ in 0..<(cycle - 1) { try browser.type("<Down>") }
        let before = try tree(browser).nodes.count
        try browser.type("<Space>")
        #expect(try tree(browser).nodes.count == before)
        #expect(browser.state.status?.text == "Déjà plus haut dans cette branche : non déplié")
    }

    @Test func leftFoldsThenGoesToTheParent() throws {
        var browser = try loireActive()
        try browser.type("X<Down><Right>")
        let unfolded = try tree(browser).nodes.count
        try browser.type("<Down><Left>")
        #expect(try tree(browser).selection == 1)
        #expect(try tree(browser).nodes.count == unfolded)
        try browser.type("<Left>")
        #expect(try tree(browser).nodes.count < unfolded)
        #expect(try tree(browser).nodes[1].isExpanded == false)
    }

    @Test func enterFollowsTheNodeAndBackspaceComesBack() throws {
        var browser = try loireActive()
        try browser.type("X<Down>")
        let target = try tree(browser).nodes[1].id
        try browser.type("<Enter>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.current.displayedID == target)
        try browser.type("<BS>")
        #expect(browser.state.current.displayedID == "loire-active")
    }

    @Test func treeInAscii() throws {
        var browser = try BrowserHarness(size: Size(width: 80, height: 24), unicode: false)
        try browser.type("2/loire active<Enter><Enter>X<Down><Right>")
        let text = browser.lines.joined(separator: "\n")
        #expect(!text.contains("├") && !text.contains("▸") && !text.contains("↺"), "\(text)")
        #expect(text.contains("|-") || text.contains("`-"), "\(text)")
    }
}
