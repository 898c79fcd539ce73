import Foundation
import ProcessTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// OSC 8 in the real binary: the program's raw output, recorded by tmux before it draws the
/// pane, wraps the page's web address in a hyperlink, and the screen around it stays right.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct HyperlinkEndToEndTests {
    /// The raw bytes written so far, once they hold `needle`.
    func rawOutput(_ file: URL, containing needle: String) -> String {
        var bytes = ""
        for _ in 0..<100 where !bytes.contains(needle) {
            bytes = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        return bytes
    }

    @Test func theWebsiteArrivesAsAnOSC8Hyperlink() throws {
        let folders = SessionEndToEndTests.Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.root, withIntermediateDirectories: true)
        let raw = folders.root.appendingPathComponent("pane.raw")
        let session = try SessionEndToEndTests().start(folders, arguments: "loire-solidaires-org")
        defer { session.kill() }
        try session.waitFor(text: "www.loire-solidaires.org")
        try session.run(["pipe-pane", "-O", "-t", session.name, "cat > " + TmuxSession.shellQuoted(raw.path)])
        // Focus on the list: the address under the page's cursor loses its highlight, so it is
        // drawn, and linked, again.
        try session.send(keys: "Tab")
        try session.waitFor(text: "Entrée ouvrir")
        let open = "\u{1B}]8;;https://www.loire-solidaires.org\u{1B}\\"
        let close = "\u{1B}]8;;\u{1B}\\"
        let bytes = rawOutput(raw, containing: close)
        let start = try #require(bytes.range(of: open), "an OSC 8 sequence opens the site's link")
        let end = try #require(bytes.range(of: close, range: start.upperBound..<bytes.endIndex), "and closes it")
        let linked = String(bytes[start.upperBound..<end.lowerBound])
        // Between the two: a cursor position, a look, and the address's text as on screen.
        #expect(linked.hasPrefix("\u{1B}["))
        #expect(linked.hasSuffix("www.loire-solidaires.org"), "\(linked.debugDescription)")
        // curses draws on from where the link left the cursor: the next frame lands right.
        try session.send(keys: "Tab")
        let screen = try session.waitFor(text: "Entrée suivre")
        #expect(screen.contains { $0.contains("www.loire-solidaires.org") })
        #expect(screen.allSatisfy { !$0.contains("8;;") })
    }

    @Test func ESS_HYPERLINKS_offKeepsAddressesPlain() throws {
        let folders = SessionEndToEndTests.Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.config.appendingPathComponent("ess"), withIntermediateDirectories: true)
        try Data("set hyperlinks off\n".utf8).write(to: folders.config.appendingPathComponent("ess/config"))
        let raw = folders.root.appendingPathComponent("pane.raw")
        let session = try SessionEndToEndTests().start(folders, arguments: "loire-solidaires-org")
        defer { session.kill() }
        try session.waitFor(text: "www.loire-solidaires.org")
        try session.run(["pipe-pane", "-O", "-t", session.name, "cat > " + TmuxSession.shellQuoted(raw.path)])
        try session.send(keys: "Tab")
        try session.waitFor(text: "Entrée ouvrir")
        let bytes = rawOutput(raw, containing: "ouvrir")
        #expect(!bytes.isEmpty)
        #expect(!bytes.contains("\u{1B}]8;"))
    }
}
