@testable import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Web and e-mail addresses found in a page's text.
@Suite struct WebAddressTests {
    func found(_ text: String) -> [String] {
        let characters = Array(text)
        return WebAddresses.find(in: text).map { String(characters[$0.range]) + " → " + $0.uri }
    }

    @Test func addressesInFreeText() {
        #expect(found("Voir www.loire-solidaires.org. Ou écrire à cciterne@agglo-grandroanne.fr, merci")
            == ["www.loire-solidaires.org → https://www.loire-solidaires.org",
                "cciterne@agglo-grandroanne.fr → mailto:cciterne@agglo-grandroanne.fr"])
        #expect(found("(http://rencontres-sociales.org/spip/spip.php?article2281)")
            == ["http://rencontres-sociales.org/spip/spip.php?article2281 → http://rencontres-sociales.org/spip/spip.php?article2281"])
        #expect(found("[www.a.org](http://www.a.org)") == ["www.a.org → https://www.a.org", "http://www.a.org → http://www.a.org"])
        #expect(found("https://fr.wikipedia.org/wiki/ESS_(France) »") == ["https://fr.wikipedia.org/wiki/ESS_(France) → https://fr.wikipedia.org/wiki/ESS_(France)"])
    }

    @Test func whatIsNoAddress() {
        #expect(found("www. et http:// seuls, a@b, @x.org, 2.5 %, S.A.S., file:///etc/passwd, xwww.a.org").isEmpty)
    }

    @Test func aWholeFieldMayBeABareHost() {
        #expect(WebAddresses.fieldAddress("rencontres-sociales.org") == "https://rencontres-sociales.org")
        #expect(WebAddresses.fieldAddress("www.x.org") == "https://www.x.org")
        #expect(WebAddresses.fieldAddress("contact@x.org") == "mailto:contact@x.org")
        #expect(WebAddresses.fieldAddress("Loire.Active") == nil)
        #expect(WebAddresses.fieldAddress("2.5") == nil)
        #expect(WebAddresses.fieldAddress("voir x.org") == nil)
    }
}

/// Addresses in pages are hyperlinks in the grid (what the backend turns into OSC 8), at the
/// columns where their text is, and stops of the detail cursor that Enter and `o` open.
@Suite struct HyperlinkScreenTests {
    static let longURL = "https://www.example.org/economie-sociale-et-solidaire/programmes-territoriaux/2016"

    static func catalogue() -> Catalogue {
        var catalogue = SampleCatalogue.make()
        let actor = Actor(id: "a-site", name: "Acteur relié", kind: .reseau,
                          summary: "Écrire à contact@acteur.fr ou lire \(longURL) pour tout savoir.",
                          website: "acteur.fr")
        catalogue = Catalogue(programmes: SampleCatalogue.programmes, actors: SampleCatalogue.actors + [actor],
                              people: SampleCatalogue.people, events: SampleCatalogue.events,
                              territories: SampleCatalogue.territories, sources: SampleCatalogue.sources)
        return catalogue
    }

    func browser(width: Int = 80) throws -> BrowserHarness {
        var browser = try BrowserHarness(catalogue: Self.catalogue(), size: Size(width: width, height: 24))
        browser.send(.linkFollowed("a-site"))
        return browser
    }

    /// Each linked run of the screen, as `row: text → address`.
    func links(_ grid: Grid) -> [String] {
        grid.linkSpans.map { span in
            let text = String(Array(grid.line(at: span.row))[span.columns])
            return "\(span.row): \(text) → \(span.uri)"
        }
    }

    @Test func addressesAreLinkedWhereTheirTextIs() throws {
        let browser = try browser()
        let lines = browser.lines
        // The site field, then the summary's e-mail and its address, wrapped over three lines.
        #expect(links(browser.grid) == [
            "6: acteur.fr → https://acteur.fr",
            "9: contact@acteur.fr → mailto:contact@acteur.fr",
            "10: https://www.example.org/economie-sociale → \(Self.longURL)",
            "11: -et-solidaire/programmes-territoriaux/20 → \(Self.longURL)",
            "12: 16 → \(Self.longURL)",
        ], "\(lines.joined(separator: "\n"))")
        #expect(browser.state.detail.targets.filter { if case .address = $0 { true } else { false } }.count == 3)
    }

    @Test func aWrappedAddressIsOneLinkPerPieceAndOneStopOfTheCursor() throws {
        var browser = try browser()
        if browser.state.focus == .list { try browser.type("<Tab>") }
        try browser.type("o")
        #expect(browser.effects.last == .openAddress("https://acteur.fr"))
        try browser.type("jo")
        #expect(browser.effects.last == .openAddress("mailto:contact@acteur.fr"))
        try browser.type("j<Enter>")
        #expect(browser.effects.last == .openAddress(Self.longURL))
        #expect(browser.lines[23].hasPrefix(" Ouverture de https://www.example.org/"))
        // Every piece of the wrapped address is selected: one stop of the cursor.
        let pieces = browser.grid.linkSpans.filter { $0.uri == Self.longURL }
        #expect(pieces.count == 3)
        let mask = browser.styleMask
        for piece in pieces {
            #expect(Array(mask[piece.row])[piece.columns].allSatisfy { $0 == "L" }, "\(mask[piece.row])")
        }
    }

    @Test func aLineCutWithAnEllipsisKeepsItsLinkUpToTheEllipsis() {
        var grid = Grid(size: Size(width: 20, height: 1))
        let spans = [Span("Site : ", .muted), Span("www.loire-solidaires.org", .link, link: "https://www.loire-solidaires.org")]
        grid.write(spans.fittingWidth(16), at: Point(x: 2, y: 0), width: 16)
        #expect(grid.lines == ["  Site : www.loir…  "])
        #expect(grid.linkMask == ["         aaaaaaaaa  "])
        #expect(grid.links == ["https://www.loire-solidaires.org"])
    }

    @Test func theBuiltInPagesLinkTheirAddresses() throws {
        var state = BrowserState(catalogue: try BrowserHarness.builtInCatalogue(), language: .fr, size: Size(width: 80, height: 24))
        state.start(at: "loire-solidaires-org")
        let browser = BrowserHarness(state: state)
        #expect(links(browser.grid).contains { $0.hasSuffix("www.loire-solidaires.org → https://www.loire-solidaires.org") })
    }
}
