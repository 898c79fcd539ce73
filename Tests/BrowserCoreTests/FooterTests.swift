import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

@Suite struct FooterTests {
    @Test func hintsComeFromTheKeyMapTable() throws {
        let map = try KeyMapParser.parse("""
            bind generic x quit
            bind generic ! help
            bind list <Enter> open-record
            footer list open-record quit help
            """).get()
        let hints = map.footerHints(for: .list, language: .en, unicode: true)
        #expect(hints.map(\.keys) == ["Enter", "x", "!"])
        #expect(hints.map(\.label) == ["open", "quit", "help"])
    }

    @Test func pairsShareOneLabel() {
        let hints = KeyMap.standard.footerHints(for: .search, language: .fr, unicode: true)
        #expect(hints.first == FooterHint(keys: "↑↓", label: "déplacer", command: .moveUp))
        let ascii = KeyMap.standard.footerHints(for: .search, language: .en, unicode: false)
        #expect(ascii.first == FooterHint(keys: "Up/Down", label: "move", command: .moveUp))
    }

    @Test func aCommandWithoutAKeyInTheContextIsNotAdvertised() throws {
        let map = try KeyMapParser.parse("""
            bind detail z fold-all
            footer list fold-all
            footer detail fold-all
            """).get()
        #expect(map.footerHints(for: .list, language: .en, unicode: true).isEmpty)
        #expect(map.footerHints(for: .detail, language: .en, unicode: true).map(\.keys) == ["z"])
    }

    @Test func footerRowFollowsTheFocusedPane() throws {
        var browser = try BrowserHarness(catalogue: SampleCatalogue.make(), language: .en)
        expectRows(browser.lines, from: 23, " Enter open  Tab pane  / filter  s search  r region  ? help  q quit  ⌫ back")
        try browser.type("<Tab>")
        #expect(browser.lines[23].hasPrefix(" Enter follow  Tab pane  ⌫ back  l forward  ? help  q quit  s search"))
        try browser.type("/")
        #expect(browser.lines[23].hasPrefix(" Enter keep  Esc clear  ⌫ delete"))
    }

    @Test func helpHintSurvivesANarrowFooter() {
        let hints = KeyMap.standard.footerHints(for: .list, language: .fr, unicode: true)
        let row = hints.map { $0.keys + " " + $0.label }
        #expect(row.last == "1-5 sections")
        var browser = try? BrowserHarness(catalogue: SampleCatalogue.make(), size: Size(width: 80, height: 24))
        let footer = browser?.lines[23] ?? ""
        #expect(footer.contains("? aide  q quitter"), "help and quit are the hints a newcomer needs")
        browser?.resize(width: 200, height: 30)
        #expect(browser?.lines[29].contains("q quitter  ⌫ retour  ↑↓ déplacer  1-5 sections") == true)
    }

    @Test func footerKeysHaveTheirOwnRole() throws {
        let browser = try BrowserHarness(catalogue: SampleCatalogue.make(), language: .en)
        expectStyleMask(browser.styleMask, from: 23, "FKKKKKFFFFFFFKKKFFFFFFFKFFFFFFFFFKFFFFFFFFFKFFFFFFFFFKFFFFFFFKFFFFFFFKFFFFFFFFFF")
    }
}
