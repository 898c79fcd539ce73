import CNCurses
import Testing
import TerminalGrid
@testable import CursesBackend

@Suite struct CursesKeyDecoderTests {
    let decoder = CursesKeyDecoder(altLeftCode: 600, altRightCode: 601)

    @Test func controlCharactersBecomeNamedKeys() {
        #expect(decoder.key(forCharacter: 9) == .tab)
        #expect(decoder.key(forCharacter: 10) == .enter)
        #expect(decoder.key(forCharacter: 13) == .enter)
        #expect(decoder.key(forCharacter: 8) == .backspace)
        #expect(decoder.key(forCharacter: 127) == .backspace)
        #expect(decoder.key(forCharacter: 27) == .escape)
        #expect(decoder.key(forCharacter: 3) == .control("c"))
        #expect(decoder.key(forCharacter: 26) == .control("z"))
        #expect(decoder.key(forCharacter: 0x9B) == nil)
    }

    @Test func printableCharactersPassThrough() {
        #expect(decoder.key(forCharacter: 0x6A) == .character("j"))
        #expect(decoder.key(forCharacter: 0xE9) == .character("é"))
        #expect(decoder.key(forCharacter: 0x6F22) == .character("漢"))
    }

    @Test func keyCodesBecomeKeys() {
        #expect(decoder.key(forKeyCode: KEY_UP) == .up)
        #expect(decoder.key(forKeyCode: KEY_NPAGE) == .pageDown)
        #expect(decoder.key(forKeyCode: KEY_PPAGE) == .pageUp)
        #expect(decoder.key(forKeyCode: KEY_BTAB) == .backTab)
        #expect(decoder.key(forKeyCode: KEY_BACKSPACE) == .backspace)
        #expect(decoder.key(forKeyCode: KEY_ENTER) == .enter)
        #expect(decoder.key(forKeyCode: KEY_DC) == .delete)
        #expect(decoder.key(forKeyCode: ess_key_f0() + 5) == .function(5))
        #expect(decoder.key(forKeyCode: 600) == .altLeft)
        #expect(decoder.key(forKeyCode: 601) == .altRight)
        #expect(decoder.key(forKeyCode: 999) == nil)
    }

    @Test func escapeFollowedByAKeyIsAlt() {
        #expect(decoder.altKey(followedByCharacter: 0x78) == .alt("x"))
        #expect(decoder.altKey(followedByCharacter: 27) == nil)
        #expect(decoder.altKey(followedByKeyCode: KEY_LEFT) == .altLeft)
        #expect(decoder.altKey(followedByKeyCode: KEY_UP) == nil)
    }
}

@Suite struct CursesThemeTests {
    @Test func stateIsVisibleWithoutColour() {
        #expect(CursesTheme.monochrome(.selection).contains(.reverse))
        #expect(CursesTheme.monochrome(.selectionInactive).contains(.reverse))
        #expect(CursesTheme.monochrome(.cursor).contains(.reverse))
        #expect(CursesTheme.monochrome(.linkSelected).contains(.reverse))
        #expect(CursesTheme.monochrome(.borderFocused).contains(.bold))
        #expect(!CursesTheme.monochrome(.border).contains(.bold))
        #expect(CursesTheme.monochrome(.link).contains(.underline))
    }

    @Test func colourNeverDropsAMonochromeAttribute() {
        for role in StyleRole.allCases {
            let colored = CursesTheme.style(for: role, color: true)
            #expect(colored.attributes.isSuperset(of: CursesTheme.monochrome(role)), "\(role)")
            let plain = CursesTheme.style(for: role, color: false)
            #expect(plain.foreground == .terminalDefault && plain.background == .terminalDefault)
        }
    }

    @Test func selectionStatesDifferWithoutColour() {
        let focused = CursesTheme.monochrome(.selection), unfocused = CursesTheme.monochrome(.selectionInactive)
        #expect(focused != unfocused)
    }
}

@Suite struct TerminalStartTests {
    @Test func refusesWithoutATerminal() {
        let env = ["TERM": "xterm-256color"]
        #expect(TerminalStartError.check(environment: env, stdinIsTerminal: false, stdoutIsTerminal: true)
            == .notATerminal(stream: "standard input"))
        #expect(TerminalStartError.check(environment: env, stdinIsTerminal: true, stdoutIsTerminal: false)
            == .notATerminal(stream: "standard output"))
        #expect(TerminalStartError.check(environment: env, stdinIsTerminal: true, stdoutIsTerminal: true) == nil)
    }

    @Test func refusesDumbOrMissingTerm() {
        #expect(TerminalStartError.check(environment: [:], stdinIsTerminal: true, stdoutIsTerminal: true)
            == .terminalTypeUnset)
        #expect(TerminalStartError.check(environment: ["TERM": ""], stdinIsTerminal: true, stdoutIsTerminal: true)
            == .terminalTypeUnset)
        #expect(TerminalStartError.check(environment: ["TERM": "dumb"], stdinIsTerminal: true, stdoutIsTerminal: true)
            == .dumbTerminal)
    }

    @Test func startThrowsBeforeTouchingTheTerminal() {
        #expect(throws: TerminalStartError.self) {
            _ = try CursesTerminal.start(TerminalOptions(environment: ["TERM": "dumb"]))
        }
    }

    @Test func exitStatusFollowsShellConvention() {
        #expect(ExitReason.quit.exitStatus == 0)
        #expect(ExitReason.endOfInput.exitStatus == 0)
        #expect(ExitReason.signal(15).exitStatus == 143)
        #expect(ExitReason.signal(2).exitStatus == 130)
    }
}
