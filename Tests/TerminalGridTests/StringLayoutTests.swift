import Testing
import TerminalGrid

@Suite struct TruncationTests {
    @Test func shortTextIsUnchanged() {
        #expect("abc".truncated(toWidth: 3) == "abc")
        #expect("abc".truncated(toWidth: 10) == "abc")
    }

    @Test func longTextEndsWithEllipsis() {
        #expect("abcdef".truncated(toWidth: 4) == "abc…")
        #expect("abcdef".truncated(toWidth: 1) == "…")
        #expect("abcdef".truncated(toWidth: 0) == "")
    }

    @Test func accentsAreNeverCut() {
        #expect("e\u{301}e\u{301}e\u{301}".truncated(toWidth: 2) == "e\u{301}…")
        #expect("Économie".truncated(toWidth: 3) == "Éc…")
    }

    @Test func wideCharacterAtTheBoundaryIsDroppedWhole() {
        // "a漢字": a(1) 漢(2) 字(2). Width 4 leaves 3 columns before the ellipsis: "a漢".
        #expect("a漢字".truncated(toWidth: 4) == "a漢…")
        // Width 3 leaves 2: "a" then 漢 does not fit in 1 column, so it goes entirely.
        let cut = "a漢字".truncated(toWidth: 3)
        #expect(cut == "a…")
        #expect(cut.displayWidth <= 3)
    }

    @Test func resultNeverExceedsWidth() {
        let samples = ["漢字漢字漢字", "🌍🌍🌍x", "e\u{301}tude d’impact", "a🇫🇷b❤\u{FE0F}c"]
        for sample in samples {
            for width in 0...12 {
                let result = sample.truncated(toWidth: width)
                #expect(result.displayWidth <= width, "\(sample) at \(width): \(result)")
                #expect(sample.hasPrefix(result.hasSuffix("…") ? String(result.dropLast()) : result))
            }
        }
    }
}

@Suite struct PaddingTests {
    @Test func padsToExactWidth() {
        #expect("ab".padded(toWidth: 5) == "ab   ")
        #expect("漢".padded(toWidth: 3) == "漢 ")
        #expect("ab".leftPadded(toWidth: 4) == "  ab")
    }

    @Test func truncatesBeforePadding() {
        #expect("abcdef".padded(toWidth: 4) == "abc…")
        // 漢字 is 4 wide; 3 columns fit "漢" + "…" exactly.
        #expect("漢字x".padded(toWidth: 3) == "漢…")
        #expect("漢字x".padded(toWidth: 4).displayWidth == 4)
        #expect("a漢字".padded(toWidth: 3) == "a… ")
    }
}

@Suite struct WrappingTests {
    @Test func wrapsAtSpaces() {
        #expect("the quick brown fox".wrapped(toWidth: 10) == ["the quick", "brown fox"])
        #expect("one two".wrapped(toWidth: 20) == ["one two"])
    }

    /// Latin text and its punctuation are split at space bytes; a space that carries a combining
    /// mark is not a place to break, so such text goes grapheme by grapheme.
    @Test func wrapsFrenchPunctuationAndKeepsMarkedSpaces() {
        #expect("  l’économie — sociale… et solidaire".wrapped(toWidth: 14)
            == ["  l’économie —", "sociale… et", "solidaire"])
        #expect("a \u{301}b c d".wrapped(toWidth: 4) == ["a \u{301}b", "c d"])
        #expect("a  b".wrapped(toWidth: 3) == ["a b"])
    }

    @Test func breaksLongWordsBetweenGraphemes() {
        #expect("abcdefghij".wrapped(toWidth: 4) == ["abcd", "efgh", "ij"])
        #expect("漢字漢字漢".wrapped(toWidth: 3) == ["漢", "字", "漢", "字", "漢"])
        #expect("e\u{301}e\u{301}e\u{301}".wrapped(toWidth: 2) == ["e\u{301}e\u{301}", "e\u{301}"])
    }

    @Test func keepsParagraphsAndBlankLines() {
        #expect("a b\n\nc".wrapped(toWidth: 10) == ["a b", "", "c"])
        #expect("a\r\nb".wrapped(toWidth: 10) == ["a", "b"])
    }

    @Test func keepsIndentation() {
        #expect("  - item one two".wrapped(toWidth: 10) == ["  - item", "one two"])
    }

    @Test func frenchSpacedPunctuationNeverStartsOrEndsALine() {
        #expect("avec la CRESS Rhône-Alpes ; ses actions".wrapped(toWidth: 22)
                == ["avec la CRESS", "Rhône-Alpes ; ses", "actions"])
        #expect("les axes : ceux".wrapped(toWidth: 9) == ["les", "axes :", "ceux"])
        #expect("le « point d’orgue » du plan".wrapped(toWidth: 10) == ["le « point", "d’orgue »", "du plan"])
        #expect("Vraiment ?".wrapped(toWidth: 8) == ["Vraiment", "?"], "a unit wider than the line is cut as any word")
    }

    @Test func everyLineFits() {
        let text = "L’économie sociale et solidaire (ESS) regroupe des structures 漢字 🌍 coopératives"
        for width in 1...20 {
            for line in text.wrapped(toWidth: width) {
                #expect(line.displayWidth <= max(width, 2), "width \(width): \(line)")
            }
        }
    }
}
