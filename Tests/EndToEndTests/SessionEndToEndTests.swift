import Foundation
import ProcessTestSupport
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// The session kept between runs by the real binary: resume after quitting, marks that survive
/// `kill -9`, a corrupt session file set aside, `ess browse ID`, and the user's config file.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct SessionEndToEndTests {
    /// A state and a config folder for one test, removed at the end.
    struct Folders {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ess-e2e-session-\(UUID().uuidString)")
        var state: URL { root.appendingPathComponent("state") }
        var config: URL { root.appendingPathComponent("config") }
        var sessionFile: URL { state.appendingPathComponent("ess/session.json") }
        var environment: [String: String] { ["XDG_STATE_HOME": state.path, "XDG_CONFIG_HOME": config.path] }

        func remove() { try? FileManager.default.removeItem(at: root) }
    }

    func start(_ folders: Folders, arguments: String = "", language: String = "fr_FR.UTF-8") throws -> TmuxSession {
        let binary = try ESSBinary.binary().path
        let command = TmuxSession.shellQuoted(binary) + " browse" + (arguments.isEmpty ? "" : " " + arguments)
        var environment = folders.environment
        environment["LC_ALL"] = language
        return try TmuxSession(command: TmuxSession.commandReportingTerminalState(command), environment: environment)
    }

    func selectedListRow(_ screen: [String]) -> String? {
        screen.first { $0.hasPrefix("│▶") }?.components(separatedBy: "││").first
    }

    /// Polls the session file until `condition` holds for its text.
    func waitForSessionFile(_ folders: Folders, _ what: String, _ condition: (String) -> Bool) throws -> String {
        for _ in 0..<200 {
            if let text = try? String(contentsOf: folders.sessionFile, encoding: .utf8), condition(text) { return text }
            usleep(50_000)
        }
        Issue.record("the session file never showed \(what)")
        return (try? String(contentsOf: folders.sessionFile, encoding: .utf8)) ?? ""
    }

    @Test func reopensWhereItWasLeftUnlessFresh() throws {
        let folders = Folders()
        defer { folders.remove() }
        var session = try start(folders)
        try session.waitFor(text: "? aide  q quitter")
        try session.send(keys: "2")
        try session.waitFor(text: "[2 Acteurs]")
        try session.send(keys: "j", "j", "j", "Tab")
        var screen = try session.waitFor(text: "Entrée suivre")
        let left = try #require(selectedListRow(screen))
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().exitStatus == 0)
        session.kill()

        session = try start(folders)
        screen = try session.waitFor(texts: "[2 Acteurs]", "Entrée suivre")
        #expect(selectedListRow(screen) == left, "the same actor is selected, its page focused")
        try session.send(keys: "q")
        _ = try session.waitForTerminalState()
        session.kill()

        session = try start(folders, arguments: "--fresh")
        defer { session.kill() }
        screen = try session.waitFor(texts: "[1 Programmes]", "? aide  q quitter")
        #expect(screen[2].contains("Programmes (11)"))
    }

    @Test func marksSurviveKillNine() throws {
        let folders = Folders()
        defer { folders.remove() }
        var session = try start(folders, arguments: "progress")
        try session.waitFor(text: "PROGRESS")
        try session.send(keys: "b")
        try session.waitFor(text: "Marquée : PROGRESS")
        _ = try waitForSessionFile(folders, "the mark") { $0.contains("\"id\" : \"progress\"") }
        try session.signalProgram(SIGKILL)
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 128 + SIGKILL)
        session.kill()
        // No temporary file is left behind by a completed write.
        let files = try FileManager.default.contentsOfDirectory(atPath: folders.sessionFile.deletingLastPathComponent().path)
        #expect(files == ["session.json"])

        session = try start(folders)
        defer { session.kill() }
        try session.waitFor(text: "? aide")
        try session.send(keys: "'")
        let screen = try session.waitFor(text: "1 fiche marquée")
        #expect(screen.contains { $0.contains("★ PROGRESS") && $0.contains("progress") })
    }

    @Test func aCorruptSessionFileIsSetAsideWithAMessage() throws {
        let folders = Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.sessionFile.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("{\"version\": 1, \"sect".utf8).write(to: folders.sessionFile)
        let session = try start(folders)
        defer { session.kill() }
        let screen = try session.waitFor(text: "session.json is not valid JSON: set aside as session.json.corrupt-")
        #expect(screen[0].hasPrefix(" [1 Programmes]"), "the browser starts afresh")
        let files = try FileManager.default.contentsOfDirectory(atPath: folders.sessionFile.deletingLastPathComponent().path)
        #expect(files.contains { $0.hasPrefix("session.json.corrupt-") })
        // The next change writes a good session file again.
        try session.send(keys: "j")
        _ = try waitForSessionFile(folders, "a new session") { $0.contains("\"version\" : 1") }
    }

    @Test func opensAtARecordOrARegionGivenOnTheCommandLine() throws {
        let folders = Folders()
        defer { folders.remove() }
        let session = try start(folders, arguments: "\"Loire Active\"")
        defer { session.kill() }
        let screen = try session.waitFor(texts: "[2 Acteurs]", "Entrée suivre")
        #expect(selectedListRow(screen)?.contains("Loire Active") == true)

        let wrong = try start(folders, arguments: "no-such-record")
        defer { wrong.kill() }
        let state = try wrong.waitForTerminalState()
        #expect(state.exitStatus == 1)
        #expect(state.screen.contains { $0.contains("no-such-record") })
    }

    @Test func aConfigMistakeIsReportedAndTheDefaultsKept() throws {
        let folders = Folders()
        defer { folders.remove() }
        let folder = folders.config.appendingPathComponent("ess")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("set theme mono\nbind generic j move-dwn\n".utf8).write(to: folder.appendingPathComponent("config"))
        let session = try start(folders)
        defer { session.kill() }
        try session.waitFor(text: "config:2:16: unknown command 'move-dwn'")
        // The defaults are kept: j still moves down.
        var screen = try session.capture()
        let first = try #require(selectedListRow(screen))
        try session.send(keys: "j")
        screen = try session.waitUntil("the selection to move") { selectedListRow($0) != first }
        try session.send(keys: "q")
        let state = try session.waitForTerminalState()
        // Standard error after exit names the whole path (the pane wraps it at 80 columns).
        let output = state.screen.joined()
        #expect(output.contains("ess: \(folder.path)/config:2:16: unknown command 'move-dwn'"))
        #expect(output.contains("the defaults are used until it is fixed"))
    }

    @Test func theConfigChangesKeysAndTheMonoThemeStillShowsSelectionAndMarks() throws {
        let folders = Folders()
        defer { folders.remove() }
        let folder = folders.config.appendingPathComponent("ess")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("set theme mono\nunbind generic b\nbind generic * toggle-mark\n".utf8).write(to: folder.appendingPathComponent("config"))
        let session = try start(folders)
        defer { session.kill() }
        try session.waitFor(text: "? aide")
        try session.send(keys: "b")
        try session.waitFor(text: "Touche b")
        try session.send(keys: "*")
        let screen = try session.waitFor(text: "Marquée : ")
        #expect(screen.contains { $0.hasPrefix("│▶★ ") }, "selection and mark shown by glyphs, whatever the colours")
    }
}

/// Copy and export in the real binary: the OSC 52 sequence captured raw from the pane and
/// decoded by tmux into its buffer, and the CSV file written where the prompt said.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct CopyExportEndToEndTests {
    @Test func copyReachesTmuxThroughOSC52() throws {
        let folders = SessionEndToEndTests.Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.root, withIntermediateDirectories: true)
        let raw = folders.root.appendingPathComponent("pane.raw")
        let session = try SessionEndToEndTests().start(folders, arguments: "progress")
        defer { session.kill() }
        try session.run(["set-option", "-s", "set-clipboard", "on"])
        try session.waitFor(text: "PROGRESS")
        try session.run(["pipe-pane", "-O", "-t", session.name, "cat > " + TmuxSession.shellQuoted(raw.path)])
        try session.send(keys: "y")
        try session.waitFor(text: "Citation")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Copié dans le presse-papiers : progress")
        let buffer = try session.run(["show-buffer"])
        #expect(buffer == "progress")
        var bytes = ""
        for _ in 0..<100 where !bytes.contains("\u{07}") {
            bytes = (try? String(contentsOf: raw, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(bytes.contains("\u{1B}]52;c;cHJvZ3Jlc3M=\u{07}"), "base64 of \"progress\" in an OSC 52 sequence")
    }

    @Test func exportWritesTheCSVAndSaysWhere() throws {
        let folders = SessionEndToEndTests.Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.root, withIntermediateDirectories: true)
        let file = folders.root.appendingPathComponent("programmes.csv")
        let session = try SessionEndToEndTests().start(folders)
        defer { session.kill() }
        try session.waitFor(text: "? aide")
        try session.send(keys: "E")
        try session.waitFor(text: "./ess-programmes-")
        try session.send(keys: "C-u")
        try session.type(file.path)
        try session.send(keys: "Enter")
        try session.waitFor(text: "11 lignes écrites dans")
        let csv = try String(contentsOf: file, encoding: .utf8)
        #expect(csv.hasPrefix("id,type,name,kind,territories,regions,dates,basis,sources\r\n"))
        #expect(csv.components(separatedBy: "\r\n").count == 13)
    }
}

/// `o` in the real binary: the address reaches the program `$BROWSER` names, as one argument.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct OpenAddressEndToEndTests {
    @Test func theAddressGoesToBROWSER() throws {
        let folders = SessionEndToEndTests.Folders()
        defer { folders.remove() }
        try FileManager.default.createDirectory(at: folders.root, withIntermediateDirectories: true)
        let script = folders.root.appendingPathComponent("browser.sh")
        let received = folders.root.appendingPathComponent("received.txt")
        try Data("#!/bin/sh\nprintf '%s' \"$1\" > \(TmuxSession.shellQuoted(received.path))\n".utf8).write(to: script)
        chmod(script.path, 0o755)
        let binary = try ESSBinary.binary().path
        var environment = folders.environment
        environment["BROWSER"] = script.path
        environment["LC_ALL"] = "fr_FR.UTF-8"
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(
            TmuxSession.shellQuoted(binary) + " browse loire-solidaires-org"), width: 160, environment: environment)
        defer { session.kill() }
        try session.waitFor(text: "loire-solidaires")
        try session.send(keys: "o")
        try session.waitFor(text: "Ouverture de https://www.loire-solidaires.org")
        var text = ""
        for _ in 0..<100 where text.isEmpty {
            text = (try? String(contentsOf: received, encoding: .utf8)) ?? ""
            usleep(50_000)
        }
        #expect(text == "https://www.loire-solidaires.org")
    }
}
