import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// `o` hands the web or e-mail address of the page (or of the record under the cursor) to the
/// program loop, which opens it with `$BROWSER` or `xdg-open`.
@Suite struct OpenAddressTests {
    func browser(at id: RecordID) throws -> BrowserHarness {
        var state = BrowserState(catalogue: try BrowserHarness.builtInCatalogue(), language: .fr, size: Size(width: 80, height: 24))
        state.start(at: id)
        return BrowserHarness(state: state)
    }

    @Test func theAddressUnderTheCursorThenThePagesOwn() throws {
        var browser = try browser(at: "rencontres-sociales-2011-sem")
        // The cursor is on the source's address, the first stop of the page.
        try browser.type("o")
        #expect(browser.effects == [.openAddress("http://rencontres-sociales.org/spip/spip.php?article2281")])
        #expect(browser.lines[23].hasPrefix(" Ouverture de http://rencontres-sociales.org/spip/spip.php?article2281"))
        // On the source's publisher, its site.
        try browser.type("jo")
        #expect(browser.effects.last == .openAddress("https://rencontres-sociales.org"))
        // From the list, the page shown: the source's own address.
        try browser.type("<Tab>o")
        #expect(browser.effects.last == .openAddress("http://rencontres-sociales.org/spip/spip.php?article2281"))
    }

    @Test func aSiteWrittenWithoutSchemeOpensOverHTTPS() throws {
        var browser = try browser(at: "loire-solidaires-org")
        try browser.type("o")
        #expect(browser.effects == [.openAddress("https://www.loire-solidaires.org")])
    }

    @Test func aPageWithoutAddressSaysSo() throws {
        var browser = try browser(at: "progress")
        try browser.type("o")
        #expect(browser.effects.isEmpty)
        #expect(browser.lines[23].hasPrefix(" Aucune adresse web ou e-mail ici"))
    }
}
