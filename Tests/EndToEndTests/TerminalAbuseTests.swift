import Foundation
import ProcessTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The browser under abuse, in a real terminal (tmux): hostile catalogue text, missing or odd
/// `TERM`, no terminal at all, a 1×1 window, resize storms, signals and job control. In every
/// case the exit status is the documented one (docs/cli.md) and the terminal is left as it
/// was found: echo and line editing back on.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct TerminalAbuseTests {
    /// A catalogue whose actor names try to retitle the window and clear the screen.
    static func hostileCatalogue() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-abuse-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let yaml = """
            sources:
              - id: doc
                title: Un document
                file: 000_doc.txt
            territories:
              - id: france
                name: France
                level: france
            actors:
              - id: titre
                name: "Titre \\e]0;pwned\\a fin"
                kind: autre
                summary: "Efface \\e[2J\\e[H ici, cloche \\a, retour \\r chariot, \\u202Eà l'envers\\u202C, NUL \\0."
                sources: [doc]
              - id: efface
                name: "Efface \\e[2J\\e[3J écran"
                kind: autre
                sources: [doc]
            """
        try yaml.write(to: folder.appendingPathComponent("hostile.yaml"), atomically: true, encoding: .utf8)
        return folder
    }

    static func ess(_ arguments: String) throws -> String {
        TmuxSession.shellQuoted(try ESSBinary.binary().path) + " " + arguments
    }

    // MARK: - Hostile text

    @Test func escapeSequencesInNamesNeitherRetitleNorClear() throws {
        let data = try Self.hostileCatalogue()
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command: Self.ess("browse --lang fr --data " + TmuxSession.shellQuoted(data.path)),
                                      width: 160, height: 40)
        defer { session.kill() }
        try session.waitFor(text: "[1 Programmes]")
        let titleBefore = try session.display("#{pane_title}")
        try session.send(keys: "2")
        var screen = try session.waitFor(text: "Titre \\x1b]0;pwned\\x07 fin")
        #expect(screen.contains { $0.contains("Efface \\x1b[2J\\x1b[3J écran") })
        try session.send(keys: "Down")
        screen = try session.waitFor(text: "<U+202E>")
        #expect(screen.contains { $0.contains("[2 Acteurs]") }, "the header is still drawn: nothing cleared the screen")
        #expect(screen.contains { $0.contains("? aide") })
        let titleAfter = try session.display("#{pane_title}")
        #expect(titleAfter == titleBefore)
        #expect(!titleAfter.contains("pwned"))
    }

    // MARK: - No usable terminal: exit 2, terminal untouched

    @Test(arguments: [
        ("env -u TERM", "TERM"),
        ("env TERM=dumb", "dumb"),
        ("env TERM=no-such-terminal-xyz", "no-such-terminal-xyz"),
    ])
    func unusableTermIsRefusedWithStatus2(_ prefix: String, _ mention: String) throws {
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(prefix + " " + Self.ess("browse")))
        defer { session.kill() }
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == 2, "\(state.screen)")
        #expect(state.isRestored)
        #expect(state.screen.contains { $0.contains(mention) }, "the message names the problem")
        #expect(state.screen.contains { $0.contains("ess list") }, "the message points to the text commands")
    }

    @Test(arguments: ["< /dev/null", "<&-", "| cat", "> /dev/null"])
    func noTerminalOnStdinOrStdoutIsRefusedWithStatus2(_ redirection: String) throws {
        // `| cat` reports cat's status; PIPESTATUS is not in sh, so the pipeline saves ess's own.
        let browse = try Self.ess("browse")
        let command = redirection == "| cat"
            ? "{ " + browse + "; echo \"ess-status=$?\" >&2; } 2>&1 | cat"
            : browse + " " + redirection
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(command))
        defer { session.kill() }
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        if redirection == "| cat" {
            #expect(state.screen.contains { $0.contains("ess-status=2") }, "\(state.screen)")
        } else {
            #expect(state.exitStatus == 2, "\(state.screen)")
        }
        #expect(state.isRestored)
    }

    @Test func textCommandsWorkWhenPipedAndStaySanitised() throws {
        let data = try Self.hostileCatalogue()
        defer { try? FileManager.default.removeItem(at: data) }
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(
            Self.ess("list actors --data " + TmuxSession.shellQuoted(data.path)) + " | cat"))
        defer { session.kill() }
        let titleBefore = try session.display("#{pane_title}")
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == 0)
        #expect(state.screen.contains { $0.contains("\\x1b]0;pwned\\x07") })
        #expect(try session.display("#{pane_title}") == titleBefore)
    }

    // MARK: - Sizes

    @Test func oneByOneAndBackRestoresTheFullScreen() throws {
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(Self.ess("browse --lang fr")))
        defer { session.kill() }
        try session.waitFor(text: "[1 Programmes]")
        try session.resize(width: 1, height: 1)
        try session.waitUntil("a 1×1 window", timeout: .seconds(20)) { _ in
            (try? session.display("#{window_width}x#{window_height}")) == "1x1"
        }
        try session.resize(width: 30, height: 5)
        try session.waitFor(text: "80×24", timeout: .seconds(20))
        try session.resize(width: 80, height: 24)
        try session.waitFor(text: "[1 Programmes]", timeout: .seconds(20))
        try session.send(keys: "q")
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == 0)
        #expect(state.isRestored)
    }

    @Test func resizeStormWhileKeysArrive() throws {
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(Self.ess("browse --lang fr")),
                                      width: 100, height: 30)
        defer { session.kill() }
        try session.waitFor(text: "[1 Programmes]")
        let sizes = [(1, 1), (300, 100), (79, 23), (80, 24), (2, 40), (200, 3), (120, 40), (81, 25)]
        let keys = ["j", "Tab", "Down", "2", "s", "Escape", "r", "Escape", "BSpace", "?", "Escape", "/", "Escape", "4", "End"]
        for round in 0..<40 {
            let (width, height) = sizes[round % sizes.count]
            try session.resize(width: width, height: height)
            try session.send(keys: keys[round % keys.count])
        }
        try session.resize(width: 100, height: 30)
        // Whatever state the storm left (an Escape read together with the next key is Alt with
        // that key), and however late a loaded machine reads the last keys: a screen that has not
        // changed for a while may still have keys queued behind it (a late `?` opened the help
        // after the screen had settled). So close dialogs with lone Escapes until a filter typed
        // now shows on the list: keys are read in order, so every key of the storm was read.
        var synchronised = false
        for _ in 0..<10 {
            let screen = try Self.settledScreen(session, rows: 30)
            if screen.contains(where: Self.showsADialog) {
                try session.send(keys: "Escape")
                _ = try? session.waitUntil("the dialog closed", timeout: .seconds(3)) { $0 != screen }
                continue
            }
            try session.send(keys: "/")
            try session.type(Self.stormMarker)
            let marked = try? session.waitUntil("the filter typed after the storm", timeout: .seconds(5)) { rows in
                rows.contains { $0.contains(Self.stormMarker) } || rows.contains(where: Self.showsAnOverlay)
            }
            if let marked, !marked.contains(where: Self.showsAnOverlay) {
                // Read alone (an Escape read with the next key would be Alt with it).
                try session.send(keys: "Escape")
                try session.waitUntil("the filter cleared", timeout: .seconds(20)) { rows in
                    !rows.contains { $0.contains(Self.stormMarker) }
                }
                synchronised = true
                break
            }
        }
        #expect(synchronised, "every key of the storm read, no dialog left open")
        try session.send(keys: "1")
        let screen = try session.waitFor(text: "[1 Programmes]", timeout: .seconds(30))
        #expect(screen.count == 30)
        try session.waitUntil("the footer at the bottom", timeout: .seconds(20)) { screen in
            screen.last?.contains("? aide") == true
        }
        try session.send(keys: "q")
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == 0)
        #expect(state.isRestored)
    }

    /// A filter no record matches, typed to know that the browser has read every earlier key.
    static let stormMarker = "zqxj"

    /// An overlay, or the list's filter being typed.
    static func showsADialog(_ row: String) -> Bool {
        showsAnOverlay(row) || row.contains("Entrée garder")
    }

    static func showsAnOverlay(_ row: String) -> Bool {
        row.contains("Aide — toutes") || row.contains("Rechercher dans") || row.contains("Choisir une région")
    }

    /// The screen once it has `rows` rows and has not changed for half a second.
    static func settledScreen(_ session: TmuxSession, rows: Int) throws -> [String] {
        var previous: [String] = []
        var since = ContinuousClock.now
        return try session.waitUntil("a settled screen of \(rows) rows", timeout: .seconds(30)) { screen in
            if screen != previous {
                previous = screen
                since = .now
                return false
            }
            return screen.count == rows && ContinuousClock.now - since >= .milliseconds(500)
        }
    }

    // MARK: - Signals and job control

    @Test(arguments: [(SIGTERM, Int32(143)), (SIGHUP, Int32(129)), (SIGINT, Int32(130))] as [(Int32, Int32)])
    func terminatingSignalRestoresTheTerminal(_ signal: Int32, _ status: Int32) throws {
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(Self.ess("browse --lang fr")))
        defer { session.kill() }
        try session.waitFor(text: "[1 Programmes]")
        try session.send(keys: "j")
        try session.signalProgram(signal)
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == status, "\(state.screen)")
        #expect(state.isRestored)
        #expect(!state.screen.contains { $0.contains("[1 Programmes]") }, "the alternate screen was left")
    }

    /// `ess browse` under a shell with job control (`set -m`), as from an interactive shell:
    /// when ess stops, the shell prints its status and the terminal modes, waits for Enter, then
    /// runs `fg`. (Without job control the process group is orphaned, and the kernel discards
    /// the stop, for ess as for any program.)
    static func suspendableBrowser() throws -> TmuxSession {
        let script = "set -m; " + (try ess("browse --lang fr"))
            + "; echo \"stopped-status=$?\"; if stty -a | grep -q -- ' icanon'; then echo while-stopped=cooked; "
            + "else echo while-stopped=raw; fi; read line; fg"
        return try TmuxSession(command: TmuxSession.commandReportingTerminalState(script))
    }

    /// Stops the browser with `stop`, checks the shell got a usable terminal back, then `fg`.
    static func suspendAndResume(_ session: TmuxSession, stop: () throws -> Void) throws {
        try session.waitFor(text: "[1 Programmes]", timeout: .seconds(30))
        try stop()
        let stopped = try session.waitFor(text: "while-stopped=", timeout: .seconds(30))
        #expect(stopped.contains { $0.contains("stopped-status=148") }, "stopped by SIGTSTP (128 + 20)")
        #expect(stopped.contains { $0 == "while-stopped=cooked" }, "line mode restored while stopped: \(stopped)")
        try session.send(keys: "Enter")
        try session.waitFor(text: "[1 Programmes]", timeout: .seconds(30))
        try session.send(keys: "2")
        try session.waitFor(text: "[2 Acteurs]", timeout: .seconds(30))
        try session.send(keys: "q")
        let state = try session.waitForTerminalState(timeout: .seconds(30))
        #expect(state.exitStatus == 0, "fg returns the browser's own status")
        #expect(state.isRestored)
    }

    @Test func ctrlZSuspendsAndFgRepaints() throws {
        let session = try Self.suspendableBrowser()
        defer { session.kill() }
        try Self.suspendAndResume(session) { try session.send(keys: "C-z") }
    }

    @Test func sigtstpFromOutsideSuspendsAndFgRepaints() throws {
        let session = try Self.suspendableBrowser()
        defer { session.kill() }
        try Self.suspendAndResume(session) { try session.signalProgram(SIGTSTP) }
    }
}
