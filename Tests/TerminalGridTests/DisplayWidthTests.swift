import Testing
import TerminalGrid

@Suite struct DisplayWidthTests {
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
