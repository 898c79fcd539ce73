import Testing
import TerminalGrid
@testable import CursesBackend

/// Cells that link to an address, and the OSC 8 bytes the backend writes for them.
@Suite struct GridLinkTests {
    @Test func linkedTextIsOneSpanWhereTheTextIs() {
        var grid = Grid(size: Size(width: 20, height: 2))
        grid.put("voir ", at: Point(x: 0, y: 0), role: .normal)
        grid.put("www.x.org", at: Point(x: 5, y: 0), role: .link, link: "https://www.x.org")
        grid.put("a@b.fr", at: Point(x: 2, y: 1), role: .link, link: "mailto:a@b.fr")
        #expect(grid.linkSpans == [LinkSpan(row: 0, columns: 5..<14, uri: "https://www.x.org"),
                                   LinkSpan(row: 1, columns: 2..<8, uri: "mailto:a@b.fr")])
        #expect(grid.linkMask == ["     aaaaaaaaa      ", "  bbbbbb            "])
        #expect(grid.links == ["https://www.x.org", "mailto:a@b.fr"])
    }

    @Test func aWideGraphemeIsLinkedOverBothColumns() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("a漢b", at: Point(x: 1, y: 0), role: .link, link: "https://x.org/漢")
        #expect(grid.linkSpans == [LinkSpan(row: 0, columns: 1..<5, uri: "https://x.org/%E6%BC%A2")])
    }

    @Test func overwritingTextDropsItsLink() {
        var grid = Grid(size: Size(width: 10, height: 1))
        grid.put("www.x.org", at: .zero, role: .link, link: "https://www.x.org")
        grid.put("plain", at: Point(x: 2, y: 0), role: .normal)
        #expect(grid.linkMask == ["aa     aa "])
    }

    @Test func blitKeepsLinks() {
        var small = Grid(size: Size(width: 3, height: 1))
        small.put("abc", at: .zero, role: .link, link: "https://a.org")
        var grid = Grid(size: Size(width: 5, height: 2))
        grid.blit(small, at: Point(x: 1, y: 1))
        #expect(grid.linkSpans == [LinkSpan(row: 1, columns: 1..<4, uri: "https://a.org")])
    }

    @Test func addressesAreSanitisedOrRefused() {
        #expect(TerminalText.hyperlinkURI("https://x.org/a b") == "https://x.org/a%20b")
        #expect(TerminalText.hyperlinkURI("https://x.org/\u{1B}]8;;evil\u{1B}\\") == "https://x.org/%1B]8%3B%3Bevil%1B%5C")
        #expect(TerminalText.hyperlinkURI("https://x.org/\u{07}") == "https://x.org/%07")
        #expect(TerminalText.hyperlinkURI("https://économie.fr") == "https://%C3%A9conomie.fr")
        #expect(TerminalText.hyperlinkURI("mailto:a@b.fr") == "mailto:a@b.fr")
        #expect(TerminalText.hyperlinkURI("HTTP://X.ORG") == "HTTP://X.ORG")
        #expect(TerminalText.hyperlinkURI("file:///etc/passwd") == nil)
        #expect(TerminalText.hyperlinkURI("javascript:alert(1)") == nil)
        #expect(TerminalText.hyperlinkURI("https://x.org/" + String(repeating: "a", count: 3000)) == nil)
        var grid = Grid(size: Size(width: 4, height: 1))
        grid.put("file", at: .zero, role: .link, link: "file:///etc/passwd")
        #expect(grid.linkSpans.isEmpty)
    }
}

@Suite struct HyperlinkWriterTests {
    let writer = HyperlinkWriter(sgr: [.normal: "\u{1B}[0m", .link: "\u{1B}[0;4;36;49m", .muted: "\u{1B}[0;2m"])

    func grid() -> Grid {
        var grid = Grid(size: Size(width: 12, height: 2))
        grid.put("Site : ", at: .zero, role: .muted)
        grid.put("x.org", at: Point(x: 7, y: 0), role: .link, link: "https://x.org")
        grid.put("a@b.fr", at: Point(x: 0, y: 1), role: .link, link: "mailto:a@b.fr")
        return grid
    }

    @Test func theFirstFrameWritesEveryLinkAtItsPlaceInItsLook() {
        let bytes = writer.sequences(from: nil, to: grid())
        #expect(bytes == "\u{1B}]8;;https://x.org\u{1B}\\\u{1B}[1;8H\u{1B}[0;4;36;49mx.org\u{1B}]8;;\u{1B}\\"
            + "\u{1B}]8;;mailto:a@b.fr\u{1B}\\\u{1B}[2;1H\u{1B}[0;4;36;49ma@b.fr\u{1B}]8;;\u{1B}\\"
            + "\u{1B}[0m")
    }

    @Test func anUnchangedFrameWritesNothing() {
        #expect(writer.sequences(from: grid(), to: grid()) == "")
    }

    @Test func aRepaintedLinkIsWrittenAgainAndAGoneOnePlain() {
        var next = grid()
        next.put("x.com", at: Point(x: 7, y: 0), role: .link, link: "https://x.com")
        next.put("a@b.fr", at: Point(x: 0, y: 1), role: .normal)
        let bytes = writer.sequences(from: grid(), to: next)
        // Gone: the old address's run and the e-mail, rewritten plain; then the new link.
        #expect(bytes == "\u{1B}[1;8H\u{1B}[0;4;36;49mx.com\u{1B}[2;1H\u{1B}[0ma@b.fr"
            + "\u{1B}]8;;https://x.com\u{1B}\\\u{1B}[1;8H\u{1B}[0;4;36;49mx.com\u{1B}]8;;\u{1B}\\"
            + "\u{1B}[0m")
    }

    @Test func theLooksMatchTheTheme() {
        let table = HyperlinkWriter.sgrTable(color: true, theme: .dark, defaultColors: true)
        #expect(table[.link] == "\u{1B}[0;4;36;49m")
        #expect(table[.linkSelected] == "\u{1B}[0;4;7;36;49m")
        #expect(HyperlinkWriter.sgrTable(color: false, theme: .dark, defaultColors: true)[.link] == "\u{1B}[0;4m")
        #expect(HyperlinkWriter.sgrTable(color: true, theme: .dark, defaultColors: false)[.normal] == "\u{1B}[0;37;40m")
    }

    @Test func hyperlinksCanBeTurnedOff() {
        #expect(TerminalOptions(environment: [:]).hyperlinksAllowed)
        #expect(!TerminalOptions(environment: ["ESS_HYPERLINKS": "off"]).hyperlinksAllowed)
        #expect(!TerminalOptions(environment: [:], hyperlinks: false).hyperlinksAllowed)
    }
}
