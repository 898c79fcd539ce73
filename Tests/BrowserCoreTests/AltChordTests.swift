import BrowserCore
import TUITestSupport
import TerminalGrid
import Testing

/// Esc typed quickly before a key reaches the browser as one Alt chord (terminals encode Alt-x as
/// Esc then x). A chord with no binding must act as the two keys a person typed.
@Suite struct AltChordTests {
    @Test func escapeThenSearchFromTheRegionPicker() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make())
        try browser.type("r")
        #expect(browser.lines.contains { $0.contains("Choisir une région") })
        try browser.type("<A-s>")
        #expect(!browser.lines.contains { $0.contains("Choisir une région") })
        #expect(browser.lines.contains { $0.contains("Rechercher dans tout le catalogue") })
    }

    @Test func escapeThenATypedLetterInTheListFilter() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make())
        try browser.type("/loire")
        #expect(browser.lines[21].hasPrefix("│/loire"))
        // Esc clears the filter; the r that followed it opens the region picker.
        try browser.type("<A-r>")
        #expect(!browser.lines[0].contains("Filtre"))
        #expect(browser.lines.contains { $0.contains("Choisir une région") })
    }

    @Test func boundAltChordsKeepTheirMeaning() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make())
        try browser.type("<Tab>")
        try browser.type("<A-Left>")
        #expect(browser.lines.last?.contains("Début de l'historique") == true)
    }
}
