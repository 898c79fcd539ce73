import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Whole screens at 80×24, the smallest size the browser must be fully usable at, on the
/// small catalogue built in code.
@Suite struct ScreenTests {
    @Test func programmesInFrench() throws {
        let browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ ▶ Programmes (3) ───────────────┐┌─ Programme ──────────────────────────────┐
            │▶PROGRESS                         ││ PROGRESS                                 │
            │ Schéma métropolitain de l'ESS    ││ Programme territorial · Loire            │
            │ SRESS — Stratégie régionale de l…││ Type : Programme territorial             │
            │                                  ││ Nom complet : Programme roannais pour    │
            │                                  ││   l'ESS                                  │
            │                                  ││ Territoire : Loire ·                     │
            │                                  ││   Auvergne-Rhône-Alpes                   │
            │                                  ││ Période : depuis 2009                    │
            │                                  ││                                          │
            │                                  ││ Résumé                                   │
            │                                  ││ Programme qui traite l'économie sociale  │
            │                                  ││ comme un secteur économique à part       │
            │                                  ││ entière.                                 │
            │                                  ││                                          │
            │                                  ││ Axes et objectifs (2 axes, 2 objectifs)  │
            │                                  ││   ▾ 1. Développer les collaborations     │
            │                                  ││        1.1 Créer un réseau d'acteurs     │
            │                                  ││        1.2 Partager les outils           │
            │                                  ││     2. Sensibiliser le grand public      │
            └──────────────────────────────────┘└──────────────────────────────── ▼ 19/45 ─┘
             Entrée ouvrir  Tab panneau  / filtrer  s chercher  r région  ? aide  q quitter
            """)
        // Selection and focus show without colour: reverse-video roles and the "▶" marks.
        expectStyleMask(browser.styleMask, from: 2, """
            BBTTTTTTTTTTTTTTTTTTBBBBBBBBBBBBBBBBbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbb
            BSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSSBb TTTTTTTT                                 b
            """)
    }

    @Test func detailPaneWithTheCursorOnAnAxis() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("<Tab>jjjj")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Programmes (3) ─────────────────┐┌─ ▶ Programme ──────────────────────── ▲ ─┐
            │▶PROGRESS                         ││   l'ESS                                  │
            │ Schéma métropolitain de l'ESS    ││ Territoire : Loire ·                     │
            │ SRESS — Stratégie régionale de l…││   Auvergne-Rhône-Alpes                   │
            │                                  ││ Période : depuis 2009                    │
            │                                  ││                                          │
            │                                  ││ Résumé                                   │
            │                                  ││ Programme qui traite l'économie sociale  │
            │                                  ││ comme un secteur économique à part       │
            │                                  ││ entière.                                 │
            │                                  ││                                          │
            │                                  ││ Axes et objectifs (2 axes, 2 objectifs)  │
            │                                  ││▶  ▾ 1. Développer les collaborations     │
            │                                  ││        1.1 Créer un réseau d'acteurs     │
            │                                  ││        1.2 Partager les outils           │
            │                                  ││     2. Sensibiliser le grand public      │
            │                                  ││                                          │
            │                                  ││ Chiffres clés                            │
            │                                  ││   • 200 acteurs — acteurs associés       │
            │                                  ││                                          │
            └──────────────────────────────────┘└──────────────────────────────── ▼ 23/45 ─┘
             Entrée suivre  Tab panneau  ⌫ retour  l avant  ? aide  q quitter  s chercher
            """)
    }

    @Test func actorsInEnglishWithARegion() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24), language: .en, region: "Rhône-Alpes")
        try browser.type("2")
        expectScreen(browser.lines, """
             1 [2 Actors] 3 4 5 │ 2/4 │ Region: Auvergne-Rhône-Alpes (ex-Rhône-Alpes)
             Trail: CRESS Rhône-Alpes
            ┌─ ▶ Actors (2/4) ─────────────────┐┌─ Actor ──────────────────────────────────┐
            │▶CRESS Rhône-Alpes                ││ CRESS Rhône-Alpes                        │
            │ Roannais Agglomération           ││ CRESS · Rhône-Alpes                      │
            │                                  ││ Type: CRESS                              │
            │                                  ││ Territory: Rhône-Alpes ·                 │
            │                                  ││   Auvergne-Rhône-Alpes                   │
            │                                  ││                                          │
            │                                  ││ Links                                    │
            │                                  ││  Partner of                              │
            │                                  ││   → PROGRESS — convention d'objectifs    │
            │                                  ││  Territory                               │
            │                                  ││   → Rhône-Alpes — Former region          │
            │                                  ││                                          │
            │                                  ││ id: cress-rhone-alpes                    │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            └──────────────────────────────────┘└──────────────────────────────────────────┘
             Enter open  Tab pane  / filter  s search  r region  ? help  q quit  ⌫ back
            """)
    }

    @Test func timeline() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("5jj")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs  3 Personnes  4 Territoires [5 Chronologie]
             Parcours : Adoption de la SRESS
            ┌─ Périodes des programmes · 2 programmes datés sur 3 ─────────────────────────┐
            │                           2009   2011    2013    2015    2017    2019    2021│
            │PROGRESS                   ██████████████████████████████████████████████████▶│
            │Stratégie régionale de l'…                                ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓│
            └──────────────────────────────────────────────────────────────────────────────┘
            ┌─ ▶ Événements (4) ───────────────┐┌─ Événement ──────────────────────────────┐
            │ 2009 ─────────────────────────── ││ Adoption de la SRESS                     │
            │ nov.    Lancement de PROGRESS    ││ 16 décembre 2016 · Pays de la Loire      │
            │ 2016 ─────────────────────────── ││ Date : 16 décembre 2016                  │
            │ 28 juin Conférence régionale     ││ Territoire : Pays de la Loire            │
            │▶16 déc. Adoption de la SRESS     ││                                          │
            │ date non précisée ────────────── ││ Liens                                    │
            │         Table ronde sans date    ││  Étape de                                │
            │                                  ││   → Stratégie régionale de l'ESS —       │
            │                                  ││     Stratégie régionale · Pays de la     │
            │                                  ││     Loire                                │
            │                                  ││  Territoire                              │
            │                                  ││   → Pays de la Loire — Région            │
            │                                  ││                                          │
            │                                  ││ id : adoption-sress                      │
            └──────────────────────────────────┘└──────────────────────────────────────────┘
             Entrée ouvrir  Tab panneau  / filtrer  s chercher  r région  ? aide  q quitter
            """)
    }

    @Test func filterBeingTyped() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("2/loire")
        expectScreen(browser.lines, """
              1 Programmes [2 Acteurs] 3 Personnes  4 Territoires  5 Chronologie
             Parcours : Région des Pays de la Loire
            ┌─ ▶ Acteurs (1/4) ────────────────┐┌─ Acteur ─────────────────────────────────┐
            │▶Région des Pays de la Loire      ││ Région des Pays de la Loire              │
            │                                  ││ Région · Pays de la Loire                │
            │                                  ││ Type : Région                            │
            │                                  ││ Territoire : Pays de la Loire            │
            │                                  ││                                          │
            │                                  ││ Liens                                    │
            │                                  ││  Pilote                                  │
            │                                  ││   → Stratégie régionale de l'ESS —       │
            │                                  ││     Stratégie régionale · Pays de la     │
            │                                  ││     Loire                                │
            │                                  ││  Territoire                              │
            │                                  ││   → Pays de la Loire — Région            │
            │                                  ││                                          │
            │                                  ││ id : region-pays-de-la-loire             │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            │                                  ││                                          │
            │/loire                            ││                                          │
            └──────────────────────────────────┘└──────────────────────────────────────────┘
             Entrée garder  Échap effacer  ⌫ retirer une lettre
            """)
    }

    @Test func asciiBoxes() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24), unicode: false)
        try browser.type("<Tab>")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            +- Programmes (3) -----------------++- > Programme ----------------------------+
            |>PROGRESS                         || PROGRESS                                 |
            | Schéma métropolitain de l'ESS    || Programme territorial · Loire            |
            | SRESS — Stratégie régionale de l.|| Type : Programme territorial             |
            |                                  || Nom complet : Programme roannais pour    |
            |                                  ||   l'ESS                                  |
            |                                  || Territoire : Loire ·                     |
            |                                  ||   Auvergne-Rhône-Alpes                   |
            |                                  || Période : depuis 2009                    |
            |                                  ||                                          |
            |                                  || Résumé                                   |
            |                                  || Programme qui traite l'économie sociale  |
            |                                  || comme un secteur économique à part       |
            |                                  || entière.                                 |
            |                                  ||                                          |
            |                                  || Axes et objectifs (2 axes, 2 objectifs)  |
            |                                  ||>  - 1. Développer les collaborations     |
            |                                  ||        1.1 Créer un réseau d'acteurs     |
            |                                  ||        1.2 Partager les outils           |
            |                                  ||     2. Sensibiliser le grand public      |
            +----------------------------------++-------------------------------- v 19/45 -+
             Entrée suivre  Tab panneau  BS retour  l avant  ? aide  q quitter  s chercher
            """)
    }
}
