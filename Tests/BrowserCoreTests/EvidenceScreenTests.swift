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
            """)
    }

    @Test func eOnThePageWithoutALinkListsEveryFact() throws {
        var browser = try EvidenceCatalogue.browser(documents: false)
        try browser.type("e")
        expectScreen(browser.lines, """
            """)
        try browser.type("<Esc>")
        #expect(browser.state.overlay == nil)
    }

    @Test func eOnALinkWithTheDocumentsOpensTheDocumentAtItsPassage() throws {
        var browser = try EvidenceCatalogue.browser(documents: true)
        try browser.type("<Enter>")
        try browser.type("e")
        expectScreen(browser.lines, """
            """)
        // The passage links to the record that points to it, and the trail leads back.
        try browser.type("<Enter>")
        #expect(browser.state.current.displayedID == "progress")
        try browser.type("<BS><BS>")
        #expect(browser.state.current.displayedID == "progress")
    }
}
