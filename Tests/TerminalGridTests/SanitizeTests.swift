import Testing
import TerminalGrid

@Suite struct SanitizeTests {
    @Test func plainTextIsUnchanged() {
        let text = "Économie sociale 漢字 🌍 e\u{301} – « ok »"
        #expect(TerminalText.sanitize(text) == text)
    }

    @Test func oscTitleSequenceBecomesVisible() {
        #expect(TerminalText.sanitize("\u{1B}]0;pwned\u{07}") == "\\x1b]0;pwned\\x07")
    }

    @Test func clearScreenBecomesVisible() {
        #expect("\u{1B}[2J".sanitizedForTerminal == "\\x1b[2J")
    }

    @Test func c0ControlsUseLowerCaseHex() {
        #expect(TerminalText.sanitize("a\u{00}b\u{1F}c\u{0D}") == "a\\x00b\\x1fc\\x0d")
        #expect(TerminalText.sanitize("line\nnext") == "line\\x0anext")
        #expect(TerminalText.sanitize("\r\n") == "\\x0d\\x0a")
    }

    @Test func tabBecomesSpace() {
        #expect(TerminalText.sanitize("a\tb") == "a b")
    }

    @Test func delAndC1Controls() {
        #expect(TerminalText.sanitize("x\u{7F}") == "x\\x7f")
        #expect(TerminalText.sanitize("\u{9B}31m\u{85}") == "\\x9b31m\\x85")
    }

    @Test func bidiControlsBecomeCodePoints() {
        #expect(TerminalText.sanitize("abc\u{202E}fed") == "abc<U+202E>fed")
        #expect(TerminalText.sanitize("\u{2066}x\u{2069}") == "<U+2066>x<U+2069>")
        #expect(TerminalText.sanitize("\u{200E}\u{200F}\u{061C}") == "<U+200E><U+200F><U+061C>")
        #expect(TerminalText.sanitize("\u{202A}\u{202B}\u{202C}\u{202D}") == "<U+202A><U+202B><U+202C><U+202D>")
    }

    @Test func invisibleCharactersBecomeCodePoints() {
        #expect(TerminalText.sanitize("a\u{200B}b") == "a<U+200B>b")
        #expect(TerminalText.sanitize("a\u{2028}b") == "a<U+2028>b")
        #expect(TerminalText.sanitize("\u{FEFF}x") == "<U+FEFF>x")
    }

    @Test func joinerIsKeptOnlyInsideEmoji() {
        let developer = "👩\u{200D}💻"
        #expect(TerminalText.sanitize(developer) == developer)
        #expect(TerminalText.sanitize("a\u{200D}b") == "a<U+200D>b")
        #expect(TerminalText.sanitize("🏳\u{FE0F}\u{200D}🌈") == "🏳\u{FE0F}\u{200D}🌈")
        // Found by SanitizePropertyTests: a joiner after an emoji but before another joiner
        // survived, and a second pass then escaped it.
        let doubled = "🇺\u{200D}\u{200D}x"
        #expect(TerminalText.sanitize(doubled) == "🇺<U+200D><U+200D>x")
        #expect(TerminalText.sanitize(TerminalText.sanitize(doubled)) == TerminalText.sanitize(doubled))
    }

    @Test func softHyphenAndNonJoinerAreKept() {
        #expect(TerminalText.sanitize("co\u{AD}op") == "co\u{AD}op")
        #expect(TerminalText.sanitize("a\u{200C}b") == "a\u{200C}b")
    }

    @Test func loneCombiningMarkGetsADottedCircle() {
        #expect(TerminalText.sanitize("\u{301}x") == "\u{25CC}\u{301}x")
    }

    @Test func outputHasNoControlsLeft() {
        var all = ""
        for value in UInt32(0)...0xA0 { all.unicodeScalars.append(Unicode.Scalar(value)!) }
        let clean = TerminalText.sanitize(all)
        for scalar in clean.unicodeScalars {
            #expect(scalar.value >= 0x20 && scalar.value != 0x7F && !(0x80...0x9F).contains(scalar.value))
        }
    }
}
