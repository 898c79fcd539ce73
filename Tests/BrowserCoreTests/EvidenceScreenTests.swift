import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// A programme whose link, figure and event carry evidence into one small document.
private enum EvidenceCatalogue {
    static let document = """
        Un titre

        Grâce à une convention d’objectifs, la CRESS anime le réseau. Près de 200 acteurs y sont associés.

        Un Pôle ressource devrait voir le jour début 2011.
        """

    static func make() -> Catalogue {
        func at(_ paragraph: Int, _ opening: String) -> Evidence {
            Evidence(source: "doc", paragraph: paragraph, opening: opening)
        }
        return Catalogue(
            programmes: [
                Programme(id: "progress", name: "PROGRESS", kind: .programmeTerritorial,
                          figures: [KeyFigure(value: 200, unit: "acteurs", label: "acteurs associés", approximate: true,
                                              evidence: at(2, "Près de 200 acteurs"))],
                          links: [Link(target: "cress", role: .partenaire, evidence: at(2, "Grâce à une convention"),
                                       basis: .interpreted)],
                          sources: ["doc"]),
                Programme(id: "autre", name: "Second programme", acronym: "SP", kind: .reseau,
                          links: [Link(target: "cress", role: .membre)], sources: ["doc"]),
            ],
            actors: [Actor(id: "cress", name: "CRESS Rhône-Alpes", kind: .cress, sources: ["doc"])],
            events: [Event(id: "pole", title: "Pôle ressource", links: [Link(target: "progress", role: .etapeDe)],
                           sources: ["doc"], evidence: at(3, "Un Pôle ressource devrait"), basis: .announced)],
            sources: [Source(id: "doc", title: "Le document", publisher: "cress", date: PartialDate(year: 2010), file: "000_doc.txt")])
    }

    static func browser(documents: Bool) throws -> BrowserHarness {
        let data = BrowserData(catalogue: make(),
                               documents: documents ? SourceDocuments(folder: "docs", texts: ["000_doc.txt": document]) : nil)
        return BrowserHarness(state: BrowserState(data: data, language: .fr, size: Size(width: 80, height: 24)))
    }
}

@Suite struct EvidenceScreenTests {
    @Test func pagesMarkInterpretedAndAnnouncedFactsAndApproximateFiguresByWords() throws {
        var browser = try EvidenceCatalogue.browser(documents: false)
        try browser.type("<Enter>")
        let text = browser.lines.joined(separator: "\n")
        #expect(text.contains("env. 200 acteurs"), "\(text)")
        #expect(text.contains("[interprété]"), "\(text)")
        #expect(text.contains("[annoncé]"), "\(text)")
        #expect(text.contains("aussi dans : SP"), "\(text)")
    }

    @Test func eOnALinkWithoutTheDocumentsShowsTheLocatorAndTheReference() throws {
        var browser = try EvidenceCatalogue.browser(documents: false)
        try browser.type("<Enter>")
        try browser.type("e")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Sources des faits · PROGRESS ───────────────────────────────────────────────┐
            │ Partenaires : CRESS Rhône-Alpes [interprété]                                 │
            │   Document : Le document (000_doc.txt), § 2                                  │
            │   « Grâce à une convention… »                                                │
            │   Référence : CRESS Rhône-Alpes · 2010                                       │
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
             ↑↓ déplacer  PgDn page suiv.  Échap fermer
            """)
    }

    @Test func eOnThePageWithoutALinkListsEveryFact() throws {
        var browser = try EvidenceCatalogue.browser(documents: false)
        try browser.type("e")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS
            ┌─ Sources des faits · PROGRESS ───────────────────────────────────────────────┐
            │ env. 200 acteurs · acteurs associés                                          │
            │   Document : Le document (000_doc.txt), § 2                                  │
            │   « Près de 200 acteurs… »                                                   │
            │   Référence : CRESS Rhône-Alpes · 2010                                       │
            │                                                                              │
            │ Partenaires : CRESS Rhône-Alpes [interprété]                                 │
            │   Document : Le document (000_doc.txt), § 2                                  │
            │   « Grâce à une convention… »                                                │
            │   Référence : CRESS Rhône-Alpes · 2010                                       │
            │                                                                              │
            │ Événement : Pôle ressource [annoncé]                                         │
            │   Document : Le document (000_doc.txt), § 3                                  │
            │   « Un Pôle ressource devrait… »                                             │
            │   Référence : CRESS Rhône-Alpes · 2010                                       │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            │                                                                              │
            └──────────────────────────────────────────────────────────────────────────────┘
             ↑↓ déplacer  PgDn page suiv.  Échap fermer
            """)
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
    }

    @Test func eOnALinkWithTheDocumentsOpensTheDocumentAtItsPassage() throws {
        var browser = try EvidenceCatalogue.browser(documents: true)
        try browser.type("<Enter>")
        try browser.type("e")
        expectScreen(browser.lines, """
             [1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie
             Parcours : PROGRESS › Le document
            ┌─ Programmes (2) ─────────────────┐┌─ ▶ Source ─────────────────────────── ▲ ─┐
            │ PROGRESS                         ││ Événements                               │
            │ SP — Second programme            ││   → Pôle ressource — date non précisée · │
            │                                  ││     [annoncé]                            │
            │                                  ││                                          │
            │                                  ││ Document (3 passages cités)              │
            │                                  ││ § 1 Un titre                             │
            │                                  ││ § 2 [1] Grâce à une convention           │
            │                                  ││ d’objectifs, la CRESS anime le réseau.   │
            │                                  ││ [2] Près de 200 acteurs y sont associés. │
            │                                  ││▶  → [1] PROGRESS — Partenaires : CRESS   │
            │                                  ││     Rhône-Alpes [interprété]             │
            │                                  ││   → [2] PROGRESS — env. 200 acteurs ·    │
            │                                  ││     acteurs associés                     │
            │                                  ││ § 3 [3] Un Pôle ressource devrait voir   │
            │                                  ││ le jour début 2011.                      │
            │                                  ││   → [3] Pôle ressource — Événement :     │
            │                                  ││     Pôle ressource [annoncé]             │
            │                                  ││                                          │
            │                                  ││ id : doc                                 │
            └──────────────────────────────────┘└──────────────────────────────────────────┘
             Entrée suivre  Tab panneau  ⌫ retour  l avant  ? aide  q quitter  s chercher
            """)
        // The passage links to the record that points to it, and the trail leads back.
        try browser.type("<Enter>")
        #expect(browser.state.current.displayedID == "progress")
        try browser.type("<BS><BS>")
        #expect(browser.state.current.displayedID == "progress")
    }
}
