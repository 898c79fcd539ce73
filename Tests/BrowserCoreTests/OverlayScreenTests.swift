import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The overlays and the too-small message, as whole screens.
@Suite struct OverlayScreenTests {
    @Test func helpOverlay() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("?")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Aide — toutes les touches ──────────────────────────────────────────────────┐
            │ Se déplacer                                                                  │
            │  ↓ j                Ligne suivante (fiche : lien suivant ou défilement)      │
            │  ↑ k                Ligne précédente (fiche : lien précédent ou défilement)  │
            │  PgDn Ctrl-F        Page suivante                                            │
            │  PgUp Ctrl-B        Page précédente                                          │
            │  Début g            Aller au début                                           │
            │  Fin G              Aller à la fin                                           │
            │  Tab ⇧Tab → ← Échap Passer de la liste à la fiche et inversement             │
            │                                                                              │
            │ Liens et historique                                                          │
            │  Entrée             Liste : ouvrir la fiche (chronologie : son programme)    │
            │  Entrée             Fiche : suivre le lien, ou plier/déplier l'axe           │
            │  ⌫ h Alt-←          Revenir en arrière dans le parcours                      │
            │  l Alt-→            Revenir en avant dans le parcours                        │
            │                                                                              │
            │ Fiche                                                                        │
            │  Espace             Plier ou déplier l'axe choisi                            │
            │  z                  Plier tous les axes                                      │
            │  Z                  Déplier tous les axes                                    │
            └──────────────────────────────────────────────────────────────────── ▼ 19/72 ─┘
             ↑↓ déplacer  PgDn page suiv.  Échap fermer
            """)
    }

    @Test func regionPicker() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("rrhone")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Choisir une région ─────────────────────────────────────────────────────────┐
            │› rhone                                                              2 régions│
            │                                                                              │
            │▶  Rhône-Alpes → Auvergne-Rhône-Alpes                                       5 │
            │   Auvergne-Rhône-Alpes                                                     5 │
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
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  abc taper  Entrée appliquer  Échap fermer
            """)
    }

    @Test func searchOverlay() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        try browser.type("sloire")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Rechercher dans tout le catalogue ──────────────────────────────────────────┐
            │› loire                                                            4 résultats│
            │                                                                              │
            │ Territoires (3) ──────────────────────────────────────────────────────────── │
            │▶Loire                                               Département · 42         │
            │ Loire-Atlantique                                    Département · 44         │
            │ Pays de la Loire                                    Région · 52              │
            │ Acteurs (1) ──────────────────────────────────────────────────────────────── │
            │ Région des Pays de la Loire                         Région · Pays de la Loire│
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

    @Test func tooSmall() throws {
        let browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 60, height: 15))
        expectScreen(browser.lines, """
            
            
            
            
            
            
                        terminal trop petit (80×24 minimum)
                              taille actuelle : 60×15
                                    q : quitter
            
            
            
            
            
            
            """)
    }

    @Test func tooSmallInEnglish() throws {
        let browser = try BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 79, height: 30), language: .en)
        expectScreen(browser.lines, """
            
            
            
            
            
            
            
            
            
            
            
            
            
                                   terminal too small (needs 80×24)
                                          current size: 79×30
                                                q: quit
            
            
            
            
            
            
            
            
            
            
            
            
            
            
            """)
    }
}
