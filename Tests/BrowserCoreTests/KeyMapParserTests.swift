import BrowserCore
import ESSModel
import TerminalGrid
import Testing

@Suite struct KeyMapParserTests {
    @Test func readsBindingsAndFooters() throws {
        let map = try KeyMapParser.parse("""
            # a comment
              # an indented comment
            bind generic j        move-down
            bind list    <Enter>  open-record
            bind global  <C-c>    quit

            footer list  move-up/move-down open-record
            """).get()
        #expect(map.command(for: .character("j"), in: .list) == .moveDown)
        #expect(map.command(for: .enter, in: .list) == .openRecord)
        #expect(map.command(for: .enter, in: .detail) == nil)
        #expect(map.command(for: .control("c"), in: .filter) == .quit)
        #expect(map.footers[.list] == [KeyMap.FooterItem(commands: [.moveUp, .moveDown]),
                                       KeyMap.FooterItem(commands: [.openRecord])])
    }

    @Test func laterBindingOfTheSameKeyWins() throws {
        let map = try KeyMapParser.parse("""
            bind generic x quit
            bind generic x help
            """).get()
        #expect(map.command(for: .character("x"), in: .generic) == .help)
        #expect(map.bindings.count == 1)
    }

    @Test func contextsFallBackToGenericThenGlobal() throws {
        let map = try KeyMapParser.parse("""
            bind global  q  quit
            bind generic q  help
            bind detail  q  toggle-fold
            """).get()
        #expect(map.command(for: .character("q"), in: .detail) == .toggleFold)
        #expect(map.command(for: .character("q"), in: .list) == .help)
        // Inputs skip generic: a letter there is text unless bound in the input or globally.
        #expect(map.command(for: .character("q"), in: .filter) == .quit)
    }

    @Test func reportsEveryProblemWithItsLine() {
        let result = KeyMapParser.parse("""
            bind generic j move-down
            bind nowhere j move-down
            bind generic <Nope> move-down
            bind generic j move-sideways
            bind generic j
            footer list open-record/fly
            remap generic j move-down
            """)
        guard case .failure(let errors) = result else {
            Issue.record("expected errors")
            return
        }
        #expect(errors.errors.map(\.line) == [2, 3, 4, 5, 6, 7])
        #expect(errors.errors[0].message.hasPrefix("unknown context 'nowhere'"))
        #expect(errors.errors[1].message == "unknown key '<Nope>'")
        #expect(errors.errors[2].message.hasPrefix("unknown command 'move-sideways' (did you mean move-down"))
        #expect(errors.errors[3].message == "bind takes a context, a key and a command, not 2 words")
        #expect(errors.errors[4].message.hasPrefix("unknown command 'fly'"))
        #expect(errors.errors[5].message == "unknown directive 'remap' (use bind or footer)")
        #expect(errors.description.contains("line 3: unknown key '<Nope>'"))
    }

    @Test func keyNamesIncludeSpecialKeys() throws {
        let map = try KeyMapParser.parse("""
            bind detail <Space> toggle-fold
            bind generic <A-Left> go-back
            bind generic <S-Tab> toggle-focus
            bind generic <F1> help
            bind generic <lt> help
            """).get()
        #expect(map.command(for: .character(" "), in: .detail) == .toggleFold)
        #expect(map.command(for: .altLeft, in: .list) == .goBack)
        #expect(map.command(for: .backTab, in: .list) == .toggleFocus)
        #expect(map.command(for: .function(1), in: .list) == .help)
        #expect(map.command(for: .character("<"), in: .list) == .help)
    }

    @Test func defaultKeyMapParses() {
        #expect(throws: Never.self) { try KeyMapParser.parse(DefaultKeyMap.text).get() }
    }

    @Test func defaultKeyMapGivesEveryCommandAKey() {
        let unbound = Command.allCases.filter { KeyMap.standard.allKeys(for: $0).isEmpty }
        #expect(unbound.isEmpty)
    }

    @Test func defaultKeysAreTheDocumentedOnes() {
        let map = KeyMap.standard
        let expectations: [(Key, KeyContext, Command)] = [
            (.character("j"), .list, .moveDown), (.down, .detail, .moveDown), (.character("k"), .list, .moveUp),
            (.pageDown, .list, .pageDown), (.character("g"), .list, .moveFirst), (.character("G"), .detail, .moveLast),
            (.home, .list, .moveFirst), (.end, .list, .moveLast),
            (.tab, .list, .toggleFocus), (.backTab, .detail, .toggleFocus),
            (.enter, .list, .openRecord), (.enter, .detail, .followLink),
            (.backspace, .detail, .goBack), (.character("h"), .list, .goBack), (.altLeft, .list, .goBack),
            (.character("l"), .detail, .goForward), (.altRight, .list, .goForward),
            (.character("/"), .list, .filter), (.character("s"), .detail, .search),
            (.character("r"), .list, .pickRegion), (.character("R"), .list, .clearRegion),
            (.character("1"), .list, .section1), (.character("5"), .detail, .section5),
            (.character("?"), .list, .help), (.character("q"), .list, .quit), (.control("c"), .search, .quit),
            (.character(" "), .detail, .toggleFold), (.character("z"), .detail, .foldAll),
            (.character("Z"), .detail, .unfoldAll),
            (.enter, .filter, .keepFilter), (.escape, .filter, .clearFilter), (.backspace, .filter, .deleteChar),
            (.enter, .search, .openResult), (.escape, .search, .closeOverlay),
            (.enter, .region, .applyRegion), (.escape, .region, .closeOverlay),
            (.escape, .help, .closeOverlay), (.character("q"), .help, .closeOverlay),
            (.character("d"), .list, .pickDepartement), (.character("c"), .detail, .pickLegalFamily),
            (.character("n"), .actors, .pickNafSection), (.character("x"), .actors, .clearActorFilters),
            (.enter, .actors, .openRecord), (.enter, .facet, .applyFacet), (.escape, .facet, .closeOverlay),
        ]
        for (key, context, command) in expectations {
            #expect(map.command(for: key, in: context) == command, "\(key) in \(context)")
        }
        // Letters typed into inputs are text, not commands.
        for context in [KeyContext.filter, .search, .region, .facet] {
            #expect(map.command(for: .character("q"), in: context) == nil)
            #expect(map.command(for: .character("j"), in: context) == nil)
            #expect(map.command(for: .character("d"), in: context) == nil)
        }
    }

    @Test func helpTextsFitBesideTheKeysAt80Columns() {
        for command in Command.allCases {
            for language in [Language.fr, .en] {
                #expect(command.help(language).count <= 56, "\(command.rawValue) \(language)")
            }
        }
    }
}
