@testable import BrowserCore
import TerminalGrid
import Testing

/// The page's own wrapper (spans with roles and links) breaks lines as `String.wrapped` does.
@Suite struct StyledTextWrapTests {
    func text(_ lines: [[Span]]) -> [String] { lines.map { $0.map(\.text).joined() } }

    @Test func frenchSpacedPunctuationStaysWithItsWord() {
        let spans = [Span("avec la CRESS Rhône-Alpes ; ses actions"), Span(" « point »", .muted)]
        #expect(text(StyledText.wrap(spans, width: 22)) == ["avec la CRESS", "Rhône-Alpes ; ses", "actions « point »"])
        #expect(text(StyledText.wrap([Span("Vraiment ?")], width: 8)) == ["Vraiment", "?"], "a unit wider than the line is cut as any word")
        #expect(text(StyledText.wrap([Span("Type : Réseau")], width: 6)) == ["Type :", "Réseau"])
    }
}
