import Testing
import TerminalGrid

@Suite struct DisplayWidthTests {
    /// Strings below U+0300 are measured scalar by scalar; that must be what measuring their
    /// graphemes gives, controls, CR LF and a combining mark after them included.
    @Test func latinTextMeasuresAsItsGraphemes() {
        var everything = ""
        for value in UInt32(0)..<0x300 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let character = Character(scalar)
            #expect(String(character).displayWidth == displayWidth(of: character), "U+\(String(value, radix: 16))")
            everything.unicodeScalars.append(scalar)
        }
        #expect(everything.displayWidth == everything.reduce(0) { $0 + displayWidth(of: $1) })
        for text in ["a\r\nb", "Saint-Étienne", "e\u{301}te\u{301}", "l’ESS — 東京", "«\u{A0}oui\u{A0}»…",
                     "‼\u{FE0F}", "–\u{301}", "a\u{200D}—", "—\u{200D}b", "x\u{2028}y"] {
            #expect(text.displayWidth == text.reduce(0) { $0 + displayWidth(of: $1) }, "\(text)")
        }
    }

    /// General Punctuation is measured scalar by scalar too: alone, after a letter, before a
    /// letter and before a combining mark, it must measure as its graphemes do.
    @Test func punctuationMeasuresAsItsGraphemes() {
        for value in UInt32(0x2000)..<0x2070 {
            guard let scalar = Unicode.Scalar(value) else { continue }
            for text in ["\(scalar)", "a\(scalar)", "\(scalar)b", "a\(scalar)\u{301}", "\(scalar)\(scalar)"] {
                #expect(text.displayWidth == text.reduce(0) { $0 + displayWidth(of: $1) }, "U+\(String(value, radix: 16)) in \(text.debugDescription)")
            }
        }
    }

    @Test func asciiIsOneColumnPerCharacter() {
        #expect("hello".displayWidth == 5)
        #expect(displayWidth(of: "a") == 1)
        #expect(displayWidth(of: " ") == 1)
    }

    @Test func precomposedAndCombiningAccentsAreOneColumn() {
        #expect(displayWidth(of: "é") == 1)
        let decomposed: Character = "e\u{301}"
        #expect(displayWidth(of: decomposed) == 1)
        #expect("e\u{301}te\u{301}".displayWidth == 3)
        #expect("Économie sociale et solidaire".displayWidth == 29)
    }

    @Test func cjkIsTwoColumns() {
        #expect("漢字".displayWidth == 4)
        #expect(displayWidth(of: "한") == 2)
        #expect(displayWidth(of: "カ") == 2)
        #expect(displayWidth(of: "Ａ") == 2)  // fullwidth A
    }

    @Test func emojiAreTwoColumns() {
        #expect(displayWidth(of: "🌍") == 2)
        #expect(displayWidth(of: "🤝") == 2)
        #expect(displayWidth(of: "❤\u{FE0F}") == 2)
        #expect(displayWidth(of: "❤") == 1)  // text presentation without VS16
        #expect(displayWidth(of: "👩\u{200D}💻") == 2)
        #expect(displayWidth(of: "👍🏽") == 2)
        #expect(displayWidth(of: "🇫🇷") == 2)
        #expect(displayWidth(of: "⚡") == 2)
    }

    @Test func controlsHaveNoWidth() {
        #expect(displayWidth(of: "\u{1B}") == 0)
        #expect(displayWidth(of: "\u{7F}") == 0)
        #expect(displayWidth(of: "\u{9B}") == 0)
    }

    @Test func boxAndPunctuationAreOneColumn() {
        #expect("┌─┐│…".displayWidth == 5)
        #expect("« € »".displayWidth == 5)
    }
}
