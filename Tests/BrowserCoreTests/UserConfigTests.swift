import BrowserCore
import TerminalGrid
import Testing

/// The user's config file: the default key map changed by bind, unbind and footer lines, and the
/// theme and sources settings; mistakes at their line and column, with a hint.
@Suite struct UserConfigTests {
    @Test func bindUnbindAndSettings() throws {
        let config = try UserConfig.parse("""
            # arrows only
            unbind generic j
            bind   generic <C-e>  move-down
            set theme light
            set sources ~/ess docs/seeds
            footer marks open-result close-overlay
            """).get()
        #expect(config.keyMap.command(for: .character("j"), in: .list) == nil)
        #expect(config.keyMap.command(for: .control("e"), in: .detail) == .moveDown)
        #expect(config.keyMap.command(for: .down, in: .list) == .moveDown)
        // The help overlay's j (bound in its own context) stays.
        #expect(config.keyMap.command(for: .character("j"), in: .help) == .moveDown)
        #expect(config.theme == .light)
        #expect(config.sources == "~/ess docs/seeds")
        #expect(config.keyMap.footers[.marks] == [KeyMap.FooterItem(commands: [.openResult]), KeyMap.FooterItem(commands: [.closeOverlay])])
    }

    @Test func mistakesAreReportedAtTheirLineAndColumn() {
        let text = """
            bind generic j move-dwn
            unbind  lisst j
            bind generic <Foo> quit
            set theme solarized
            unbind generic Q
            frobnicate
            bind generic j
            """
        guard case .failure(let errors) = UserConfig.parse(text) else {
            Issue.record("the config parsed")
            return
        }
        #expect(errors.lines(path: "cfg") == [
            "cfg:1:16: unknown command 'move-dwn' (did you mean move-down, move-up, move-first?)",
            "cfg:2:9: unknown context 'lisst' (contexts: global, generic, list, actors, detail, filter, search, region, facet, naf, help, toc, path, neighbourhood, map, marks, copy, export)",
            "cfg:3:14: unknown key '<Foo>' (keys are written j, G, <Enter>, <C-r>, <A-Left>, <F1>, <Space>)",
            "cfg:4:11: unknown theme 'solarized' (themes: dark, light, mono)",
            "cfg:5:16: Q is not bound in generic (ess keys lists every binding with its context)",
            "cfg:6:1: unknown directive 'frobnicate' (use bind, unbind, footer or set)",
            "cfg:7:15: bind takes a context, a key and a command (write: bind generic j move-down)",
        ])
    }

    @Test func theKeyMapTextReadsBackAsTheSameMap() throws {
        let text = KeyMap.standard.text
        #expect(text.contains("bind generic b          toggle-mark\n"))
        #expect(text.contains("footer marks   move-up/move-down open-result delete-mark close-overlay\n"))
        let reread = try KeyMapParser.parse(text).get()
        #expect(reread == KeyMap.standard)
        var changed = try UserConfig.parse("unbind generic q\nbind generic Q quit").get().keyMap
        let again = try KeyMapParser.parse(changed.text).get()
        #expect(again == changed)
        changed.unbind(.character("Q"), in: .generic)
        #expect(changed.command(for: .character("Q"), in: .list) == nil)
    }

    @Test func theHelpAndFootersFollowTheEffectiveMap() throws {
        let config = try UserConfig.parse("unbind generic ?\nbind generic <F2> help").get()
        let lines = HelpContent.lines(keyMap: config.keyMap, language: .en, unicode: true)
        #expect(lines.contains(.entry(keys: "F1 F2", help: "Show this help")))
        let hints = config.keyMap.footerHints(for: .list, language: .en, unicode: true)
        #expect(hints.first { $0.command == .help }?.keys == "F1")
    }
}
