import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Whole screens at 120×40: larger terminals are used in full.
@Suite struct WideScreenTests {
    @Test func wideProgrammes() throws {
        let browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 120, height: 40))
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ ▶ Programmes (3) ─────────────────────────────────┐┌─ Programme ────────────────────────────────────────────────────┐
            │▶PROGRESS                           Loire · 2009–   ││ PROGRESS                                                       │
            │ Schéma métropolitain de l'ESS                      ││ Programme territorial · Loire                                  │
            │ SRESS — Stratégie régionale de l'… Pays de la Loir…││ Type : Programme territorial                                   │
            │                                                    ││ Nom complet : Programme roannais pour l'ESS                    │
            │                                                    ││ Territoire : Loire · Auvergne-Rhône-Alpes                      │
            │                                                    ││ Période : depuis 2009                                          │
            │                                                    ││                                                                │
            │                                                    ││ Résumé                                                         │
            │                                                    ││ Programme qui traite l'économie sociale comme un secteur       │
            │                                                    ││ économique à part entière.                                     │
            │                                                    ││                                                                │
            │                                                    ││ Axes et objectifs (2 axes, 2 objectifs)                        │
            │                                                    ││   ▾ 1. Développer les collaborations                           │
            │                                                    ││        1.1 Créer un réseau d'acteurs                           │
            │                                                    ││        1.2 Partager les outils                                 │
            │                                                    ││     2. Sensibiliser le grand public                            │
            │                                                    ││                                                                │
            │                                                    ││ Chiffres clés                                                  │
            │                                                    ││   • 200 acteurs — acteurs associés                             │
            │                                                    ││                                                                │
            │                                                    ││ Gouvernance                                                    │
            │                                                    ││   • Comité de pilotage — deux fois par an                      │
            │                                                    ││                                                                │
            │                                                    ││ Liens                                                          │
            │                                                    ││  Porteur                                                       │
            │                                                    ││   → Roannais Agglomération — Intercommunalité · Loire          │
            │                                                    ││  Partenaires                                                   │
            │                                                    ││   → CRESS Rhône-Alpes — convention d'objectifs                 │
            │                                                    ││  Territoire                                                    │
            │                                                    ││   → Loire — Département                                        │
            │                                                    ││                                                                │
            │                                                    ││ Événements                                                     │
            │                                                    ││   → Lancement de PROGRESS — novembre 2009                      │
            │                                                    ││                                                                │
            │                                                    ││ Source                                                         │
            └────────────────────────────────────────────────────┘└────────────────────────────────────────────────────── ▼ 35/38 ─┘
             Entrée ouvrir  Tab panneau  / filtrer  s chercher  r région  ? aide  q quitter  ⌫ retour  ↑↓ déplacer  1-5 sections
            """)
    }

    @Test func wideTimelineInEnglish() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 120, height: 40), language: .en)
        try browser.type("5")
        expectScreen(browser.lines, """
              1 Programmes  2 Actors  3 People  4 Territories [5 Timeline]
             Trail: Lancement de PROGRESS
            ┌─ Programme periods · 2 of 3 programmes have a period ────────────────────────────────────────────────────────────────┐
            │                                 2009  2010   2011  2012   2013  2014   2015  2016   2017  2018   2019  2020   2021   │
            │PROGRESS                         ████████████████████████████████████████████████████████████████████████████████████▶│
            │Stratégie régionale de l'ESS                                                         ▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓▓│
            └──────────────────────────────────────────────────────────────────────────────────────────────────────────────────────┘
            ┌─ ▶ Events (4) ─────────────────────────────────────┐┌─ Event ────────────────────────────────────────────────────────┐
            │ 2009 ───────────────────────────────────────────── ││ Lancement de PROGRESS                                          │
            │▶Nov    Lancement de PROGRESS  → PROGRESS           ││ November 2009                                                  │
            │ 2016 ───────────────────────────────────────────── ││ Date: November 2009                                            │
            │ Jun 28 Conférence régionale   → Économie Solidaire…││                                                                │
            │ Dec 16 Adoption de la SRESS   → Stratégie régional…││ Links                                                          │
            │ date not given ─────────────────────────────────── ││  Step of                                                       │
            │        Table ronde sans date                       ││   → PROGRESS — Territorial programme · Loire                   │
            │                                                    ││                                                                │
            │                                                    ││ id: lancement-progress                                         │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            └────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
             Enter open  Tab pane  / filter  s search  r region  ? help  q quit  ⌫ back  ↑↓ move  1-5 sections
            """)
    }

    @Test func wideSearchOverPanes() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 120, height: 40))
        try browser.type("sprogress")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Progra ┌─ Rechercher dans tout le catalogue ──────────────────────────────────────────────────────────────┐ ────────┐
            │▶PROGRES │› progress                                                                             3 résultats│         │
            │ Schéma  │                                                                                                  │         │
            │ SRESS — │ Programmes (1) ───────────────────────────────────────────────────────────────────────────────── │         │
            │         │▶PROGRESS                                                         Programme territorial · Loire   │         │
            │         │ Sources (1) ──────────────────────────────────────────────────────────────────────────────────── │         │
            │         │ PROGRESS en Roannais                                             001.txt                         │         │
            │         │ Événements (1) ───────────────────────────────────────────────────────────────────────────────── │         │
            │         │ Lancement de PROGRESS                                            novembre 2009                   │         │
            │         │                                                                                                  │ r       │
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
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            │         │                                                                                                  │         │
            └──────── └──────────────────────────────────────────────────────────────────────────────────────────────────┘  35/38 ─┘
             ↑↓ déplacer  abc taper  Entrée ouvrir  Échap fermer
            """)
    }

    @Test func wideFollowedLinkAndTrail() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 120, height: 40))
        try browser.type("<Tab>jjj<Enter>jj<Enter>")
        expectScreen(browser.lines, """
              1 Programmes  2 Acteurs  3 Personnes [4 Territoires] 5 Chronologie
             Parcours : PROGRESS › Loire › Auvergne-Rhône-Alpes
            ┌─ Territoires (6) ──────────────────────────────────┐┌─ ▶ Territoire ─────────────────────────────────────────────────┐
            │ Pays ───────────────────────────────────────────── ││ Auvergne-Rhône-Alpes                                           │
            │ France                                             ││ Région · 84                                                    │
            │ Régions ────────────────────────────────────────── ││ Niveau : Région                                                │
            │▶Auvergne-Rhône-Alpes            84                 ││ Code INSEE : 84                                                │
            │ Pays de la Loire                52                 ││ Autres noms : ARA                                              │
            │ Anciennes régions (avant 2016) ─────────────────── ││ Anciennes régions : Rhône-Alpes                                │
            │ Rhône-Alpes                     82 · Auvergne-Rhôn…││                                                                │
            │ Départements ───────────────────────────────────── ││ Liens                                                          │
            │ Loire                           42 · Auvergne-Rhôn…││  Situé dans                                                    │
            │ Loire-Atlantique                44 · Pays de la Lo…││▶  → France — Pays                                              │
            │                                                    ││  Contient                                                      │
            │                                                    ││   → Loire — Département                                        │
            │                                                    ││  Anciennes régions                                             │
            │                                                    ││   → Rhône-Alpes — Ancienne région                              │
            │                                                    ││                                                                │
            │                                                    ││ id : region-aura                                               │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            │                                                    ││                                                                │
            └────────────────────────────────────────────────────┘└────────────────────────────────────────────────────────────────┘
             Entrée suivre  Tab panneau  ⌫ retour  l avant  ? aide  q quitter  s chercher  z/Z plier/déplier  ↑↓ déplacer
            """)
    }
}
