import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// Catalogue text is edited by anyone: escapes, wide characters, combining accents and endless
/// words must neither reach the terminal raw nor shift a column.
@Suite struct TextSafetyTests {
    static let tricky = Catalogue(
        actors: [
            Actor(id: "wide", name: "漢字の協同組合漢字の協同組合漢字の協同組合", kind: .entrepriseESS,
                  summary: "Texte 漢字 mêlé à des accents décomposés : e\u{301}conomie, et un mot interminable "
                      + String(repeating: "solidarité", count: 12) + "."),
            Actor(id: "escape", name: "Évil \u{1B}[2J\u{1B}]0;pwned\u{07} corp", kind: .autre,
                  summary: "Ligne un\nLigne deux avec \u{202E}bidi"),
            Actor(id: "emoji", name: "Coop 👩‍💻 et 🇫🇷", kind: .reseau),
        ])

    func browser(_ width: Int, _ height: Int) throws -> BrowserHarness {
        var browser = try BrowserHarness(catalogue: Self.tricky, size: Size(width: width, height: height))
        try browser.type("2")
        return browser
    }

    @Test(arguments: [(80, 24), (97, 31), (120, 40)])
    func columnsStayAligned(_ width: Int, _ height: Int) throws {
        var browser = try browser(width, height)
        for script in ["", "j", "j", "<Tab>", "G"] {
            try browser.type(script)
            let lines = browser.lines
            #expect(lines.allSatisfy { $0.displayWidth == width })
            // The list's right border is in the same column on every pane row.
            let border = BrowserLayout(browser.state).listBox.maxX - 1
            for row in 3..<(height - 2) {
                #expect(browser.grid[border, row].grapheme == "│", "row \(row): \(lines[row])")
            }
        }
    }

    @Test func escapesAreShownNotSent() throws {
        var browser = try browser(120, 40)
        try browser.type("j")
        #expect(browser.state.current.selectedID == "escape")
        let screen = browser.lines.joined(separator: "\n")
        #expect(screen.contains("Évil \\x1b[2J\\x1b]0;pwned\\x07 corp"))
        #expect(screen.contains("<U+202E>bidi"))
        #expect(!browser.grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F } })
        // Paragraph breaks in a summary are kept as lines.
        #expect(browser.state.detail.lines.contains { $0.text == "Ligne un" })
    }

    @Test func longWordsAndWideTextWrapInsideThePane() throws {
        var browser = try browser(80, 24)
        try browser.type("G")
        #expect(browser.state.current.selectedID == "wide")
        let width = BrowserLayout(browser.state).detailText.width
        #expect(browser.state.detail.lines.allSatisfy { $0.text.displayWidth <= width })
        #expect(browser.state.detail.lines.contains { $0.text.hasPrefix("solidarité") })
    }
}
