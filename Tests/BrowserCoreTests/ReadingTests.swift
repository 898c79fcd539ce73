import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Reading at 80×24 on the built-in catalogue (issue 13, item 1): names that fill the list's
/// row, acronym first; headings to jump between; a table of contents; links walked one by one.
@Suite struct ReadingTests {
    @Test func theListGivesItsRowToTheNameWithTheAcronymFirst() throws {
        let browser = try BrowserHarness()
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : Appel à candidature sur les Pôles territoriaux de coopération écono…
            ┌─ ▶ Programmes (11) ──────────────┐┌─ Programme ──────────────────────────────┐
            │▶Appel à candidature sur les Pôle…││ Appel à candidature sur les Pôles        │
            │ Contrat économique sectoriel ESS ││ territoriaux de coopération économique   │
            │ Expérimentations d’intérêt génér…││ Appel à projets · France                 │
            │ Mise en réseau des PTCE de Rhône…││ Type : Appel à projets                   │
            │ Politique de développement de l’…││ Territoire : France                      │
            │ Politique régionale de l’économi…││                                          │
            │ Premier plan d’actions de la SRE…││ Résumé                                   │
            │ PROGRESS                         ││ Appel à candidature lancé à la suite des │
            │ Schéma métropolitain de l’ESS de…││ États Généraux de l'ESS de 2011 par le   │
            │ SRDEII — Schéma régional de déve…││ Labo ESS, le CNCRES, le COORACE et le    │
            │ SRESS — Stratégie régionale de l…││ RTES. Il porte sur les pôles             │
            │                                  ││ territoriaux de coopération économique   │
            │                                  ││ (PTCE), une dynamique que la Région      │
            │                                  ││ Rhône-Alpes, le COORACE Rhône-Alpes et   │
            │                                  ││ la CRESS Rhône-Alpes veulent encourager. │
            │                                  ││ Le document ne donne pas sa date de      │
            │                                  ││ lancement.                               │
            │                                  ││                                          │
            │                                  ││ Liens                                    │
            └──────────────────────────────────┘└──────────────────────────────── ▼ 19/63 ─┘
             Entrée ouvrir  Tab panneau  / filtrer  s chercher  r région  ? aide  q quitter
            """)
    }

    @Test func bracketsJumpBetweenTheHeadingsOfThePage() throws {
        var browser = try BrowserHarness()
        let page = browser.state.detail
        let titles = page.headings.map(\.title)
        #expect(titles == ["Appel à candidature sur les Pôles territoriaux de coopération économique", "Résumé", "Liens", "Événements", "Source"])
        try browser.type("]")
        #expect(browser.state.current.detailScroll == page.headings[1].line)
        #expect(browser.lines[3] == "│▶Appel à candidature sur les Pôle…││ Résumé                                   │")
        // « Événements » is too near the end to reach the top: the page stops at its end.
        try browser.type("]]")
        let end = page.lines.count - (browser.state.size.height - 5)
        #expect(page.headings[3].line > end)
        #expect(browser.state.current.detailScroll == end)
        try browser.type("[")
        #expect(browser.state.current.detailScroll == page.headings[2].line)
        try browser.type("[[")
        #expect(browser.state.current.detailScroll == 0)
        try browser.type("[")
        #expect(browser.lines[23].contains("Pas d'intertitre plus haut"))
    }

    @Test func theTableOfContentsListsTheHeadingsAndEnterGoesThere() throws {
        var browser = try BrowserHarness()
        try browser.type("t")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : Appel à candidature sur les Pôles territoriaux de coopération écono…
            ┌─ Sommaire · Appel à candidature sur les Pôles territoriaux de coopération … ─┐
            │▶ Appel à candidature sur les Pôles territoriaux de coopération économique  1 │
            │    Résumé                                                                  7 │
            │    Liens                                                                  19 │
            │    Événements                                                             55 │
            │    Source                                                                 58 │
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
             ↑↓ déplacer  Entrée aller  Échap fermer
            """)
        try browser.type("jj<Enter>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.current.detailScroll == browser.state.detail.headings[2].line)
        // Opened again, it marks the heading the page is at; Esc closes it and nothing moves.
        try browser.type("t")
        expectRows(browser.lines, from: 3, """
            │  Appel à candidature sur les Pôles territoriaux de coopération économique  1 │
            │    Résumé                                                                  7 │
            │▶   Liens                                                                  19 │
            │    Événements                                                             55 │
            """)
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
        #expect(browser.state.current.detailScroll == browser.state.detail.headings[2].line)
    }

    /// The SRESS page is the longest (its links start far down, some wrap over two lines):
    /// ↓ from the top stops on every link and axis in turn, ↑ from the bottom too, backwards.
    @Test func linkMovesVisitEveryLinkInOrderEvenWhenOneWraps() throws {
        var browser = try BrowserHarness()
        try browser.type("/sress<Enter>")
        let sress = try #require(browser.state.current.rows.firstIndex { $0.id == "sress-pays-de-la-loire" })
        while browser.state.current.selection != sress { try browser.type("j") }
        try browser.type("<Tab>")
        let page = browser.state.detail
        #expect(page.targetLines.contains { $0.count > 1 }, "the page has a link that wraps")
        let presses = page.lines.count * 2
        #expect(try cursors(&browser, pressing: "j", times: presses) == Array(page.targets.indices))
        let back = try cursors(&browser, pressing: "k", times: presses)
        #expect(back == Array(page.targets.indices.reversed()))
    }

    /// The detail cursor's targets, in the order reached while pressing `key`.
    func cursors(_ browser: inout BrowserHarness, pressing key: String, times: Int) throws -> [Int] {
        var visited: [Int] = []
        for _ in 0..<times {
            if let cursor = browser.state.current.detailCursor, visited.last != cursor { visited.append(cursor) }
            try browser.type(key)
        }
        return visited
    }
}
