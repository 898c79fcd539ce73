import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A command running in a detached tmux session on a private server, driven like a user would:
/// keys in, screen text out.
///
/// Each session has its own server socket (`tmux -L <unique>`), so tests running in parallel
/// never see each other's panes, and the user's tmux configuration is ignored (`-f /dev/null`).
/// Waiting is always by polling the screen for an expected text, never by sleeping a fixed
/// time. Call ``kill()`` when done (a `defer` right after creating the session).
struct TmuxSession: Sendable {
    /// The private server's socket name.
    let socket: String
    /// The session's name on that server.
    let name = "s"

    /// True when a `tmux` executable is on the PATH; end-to-end suites skip themselves otherwise.
    static var isAvailable: Bool {
        (try? runTmux(["-V"])) != nil
    }

    /// Starts `command` (a shell command line) in a new detached session of `width` × `height`,
    /// with `TERM=xterm-256color`, a UTF-8 locale and `environment` added.
    init(command: String, width: Int = 80, height: Int = 24, environment: [String: String] = [:]) throws {
        socket = "ess-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        // A state and config folder of its own, so no test resumes another's session or reads
        // the user's config; a test that wants them passes its own.
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent(socket).path
        var variables = ["TERM": "xterm-256color", "LANG": "C.UTF-8", "LC_ALL": "C.UTF-8",
                         "XDG_STATE_HOME": scratch + "/state", "XDG_CONFIG_HOME": scratch + "/config"]
        variables.merge(environment) { _, new in new }
        let assignments = variables.keys.sorted().map { "\($0)=\(Self.shellQuoted(variables[$0]!))" }
        let line = "env " + assignments.joined(separator: " ") + " " + command
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)", "-s", name, line])
    }

    // MARK: - Input

    /// Sends tmux key names: `"Down"`, `"Enter"`, `"BSpace"`, `"C-c"`, `"M-Left"`, `"F1"`.
    /// A string that is not a key name is typed as its characters.
    func send(keys: String...) throws {
        try tmux(["send-keys", "-t", name] + keys)
    }

    /// Types `text` literally (`send-keys -l`), so `"Enter"` types five letters.
    func type(_ text: String) throws {
        try tmux(["send-keys", "-t", name, "-l", text])
    }

    /// Runs any tmux command on this session's server (`set-option`, `show-buffer`, `pipe-pane`).
    @discardableResult
    func run(_ arguments: [String]) throws -> String {
        try tmux(arguments)
    }

    /// Changes the window size; the program receives SIGWINCH.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"])
    }

    // MARK: - Output

    /// The visible screen, one string per row, trailing spaces removed by tmux.
    func capture() throws -> [String] {
        let text = try tmux(["capture-pane", "-p", "-t", name])
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    /// Polls the screen every 50 ms until some row contains `text`, and returns that screen.
    ///
    /// - Throws: ``TmuxError/timedOut(waitingFor:screen:)`` with the last screen seen.
    @discardableResult
    func waitFor(text: String, timeout: Duration = .seconds(10)) throws -> [String] {
        try waitUntil("\"\(text)\" on screen", timeout: timeout) { screen in
            screen.contains { $0.contains(text) }
        }
    }

    /// Polls the screen until every one of `texts` shows on it, so that a screen caught halfway
    /// through typing never passes.
    @discardableResult
    func waitFor(texts: String..., timeout: Duration = .seconds(10)) throws -> [String] {
        try waitUntil(texts.map { "\"\($0)\"" }.joined(separator: " and ") + " on screen", timeout: timeout) { screen in
            texts.allSatisfy { text in screen.contains { $0.contains(text) } }
        }
    }

    /// Polls the screen every 50 ms until `condition` holds on a settled screen, and returns it.
    @discardableResult
    func waitUntil(
        _ description: String, timeout: Duration = .seconds(10), _ condition: ([String]) -> Bool
    ) throws -> [String] {
        let clock = ContinuousClock()
        let deadline = clock.now + timeout
        var screen: [String] = []
        var previous: [String]?
        while true {
            screen = (try? capture()) ?? screen
            // The same screen twice in a row: a frame caught halfway through painting never
            // passes, so what the caller checks next is the whole frame.
            if condition(screen) && screen == previous { return screen }
            previous = screen
            if clock.now >= deadline { throw TmuxError.timedOut(waitingFor: description, screen: screen) }
            Thread.sleep(forTimeInterval: 0.05)
        }
    }

    // MARK: - Lifetime

    /// True while the session exists, that is until its command exits or ``kill()``.
    var isAlive: Bool {
        (try? tmux(["has-session", "-t", name])) != nil
    }

    /// Ends the session and its private server, and every process in it (they get SIGHUP).
    func kill() {
        _ = try? tmux(["kill-server"])
    }

    /// The process id of the pane's command (the `sh` of ``commandReportingTerminalState(_:)``).
    func panePID() throws -> pid_t {
        let text = try tmux(["display-message", "-p", "-t", name, "#{pane_pid}"])
        guard let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) else {
            throw TmuxError.commandFailed(arguments: ["display-message"], status: 0, message: "no pane pid in \(text)")
        }
        return pid
    }

    /// A tmux format expanded for the pane: `"#{pane_title}"`, `"#{window_width}"`.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .newlines)
    }

    /// Sends `signal` to the direct children of the pane's shell: the program under test when
    /// it was started through ``commandReportingTerminalState(_:)``. Unlike `pkill`, this never
    /// reaches a program of another test running in parallel. Linux only (reads /proc).
    func signalProgram(_ signal: Int32) throws {
        let parent = try panePID()
        let entries = (try? FileManager.default.contentsOfDirectory(atPath: "/proc")) ?? []
        for entry in entries {
            guard let pid = pid_t(entry),
                let stat = try? String(contentsOfFile: "/proc/\(entry)/stat", encoding: .utf8),
                let close = stat.lastIndex(of: ")")
            else { continue }
            // Fields after the command name: state, then the parent pid.
            let fields = stat[stat.index(after: close)...].split(separator: " ")
            if fields.count > 1, pid_t(fields[1]) == parent { sendSignal(signal, to: pid) }
        }
    }

    // MARK: - Terminal restoration

    /// Wraps `command` so that after it exits the pane shows its exit status and the terminal
    /// modes (`stty -a`), then stays open long enough to be captured.
    static func commandReportingTerminalState(_ command: String) -> String {
        let script = command + "; echo \"\(exitMarker)$?\"; stty -a; sleep 30"
        return "sh -c " + shellQuoted(script)
    }

    /// Waits for a command started with ``commandReportingTerminalState(_:)`` to finish, and
    /// returns its exit status and whether the terminal was restored (echo and canonical mode
    /// back on, which is what makes the shell usable again).
    func waitForTerminalState(timeout: Duration = .seconds(10)) throws -> TerminalState {
        let screen = try waitUntil("exit status and stty output", timeout: timeout) { screen in
            screen.contains { $0.contains(Self.exitMarker) } && screen.contains { $0.contains("icanon") }
        }
        let statusLine = screen.last { $0.contains(Self.exitMarker) } ?? ""
        let status = statusLine.components(separatedBy: Self.exitMarker).last.flatMap { Int32($0) }
        let words = Set(screen.joined(separator: " ").split(separator: " ").map(String.init))
        return TerminalState(
            exitStatus: status,
            echo: words.contains("echo") && !words.contains("-echo"),
            canonical: words.contains("icanon") && !words.contains("-icanon"),
            screen: screen
        )
    }

    private static let exitMarker = "ess-e2e-exit-status="

    // MARK: - Running tmux

    @discardableResult
    private func tmux(_ arguments: [String]) throws -> String {
        try Self.runTmux(["-L", socket, "-f", "/dev/null"] + arguments)
    }

    @discardableResult
    private static func runTmux(_ arguments: [String]) throws -> String {
        let output = try TemporaryFile(), errors = try TemporaryFile()
        defer {
            output.remove()
            errors.remove()
        }
        let status = try spawnAndWait(["tmux"] + arguments, output: output.path, errors: errors.path)
        guard status == 0 else {
            throw TmuxError.commandFailed(arguments: arguments, status: status, message: errors.contents())
        }
        return output.contents()
    }

    /// Runs a command to completion with a clean signal state, output and errors to files.
    ///
    /// Not Foundation's `Process`: on Linux it hands the child a monitoring socket and the
    /// calling thread's blocked-signal mask. The tmux server that `new-session` forks inherits
    /// both, so `Process` never sees the client exit, and the server, with SIGCHLD and SIGTERM
    /// blocked, can neither reap its panes nor be stopped. `posix_spawn` with an empty mask and
    /// default handlers starts tmux as a shell would.
    private static func spawnAndWait(_ command: [String], output: String, errors: String) throws -> Int32 {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, output, O_WRONLY | O_TRUNC, 0)
        posix_spawn_file_actions_addopen(&actions, 2, errors, O_WRONLY | O_TRUNC, 0)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var noSignals = sigset_t(), allSignals = sigset_t()
        sigemptyset(&noSignals)
        sigfillset(&allSignals)
        posix_spawnattr_setsigmask(&attributes, &noSignals)
        posix_spawnattr_setsigdefault(&attributes, &allSignals)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        var environment = ProcessInfo.processInfo.environment
        // Inside a tmux of their own, tests must still talk to the private server only.
        environment["TMUX"] = nil
        let argv = command.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer { (argv + envp).forEach { free($0) } }

        var pid = pid_t()
        let result = posix_spawnp(&pid, command[0], &actions, &attributes, argv, envp)
        guard result == 0 else { throw TmuxError.commandFailed(arguments: command, status: -1, message: String(cString: strerror(result))) }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        // WIFEXITED / WEXITSTATUS are macros Swift cannot import.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }

    /// Single-quotes `text` for `sh`.
    static func shellQuoted(_ text: String) -> String {
        "'" + text.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}

/// `kill(2)`, out of reach of ``TmuxSession/kill()``'s name.
private func sendSignal(_ signal: Int32, to pid: pid_t) {
    _ = kill(pid, signal)
}

/// A scratch file to collect a child process's output.
private struct TemporaryFile {
    let path: String

    init() throws {
        path = FileManager.default.temporaryDirectory.appendingPathComponent("ess-tmux-\(UUID().uuidString)").path
        guard FileManager.default.createFile(atPath: path, contents: nil) else {
            throw CocoaError(.fileWriteUnknown)
        }
    }

    func contents() -> String {
        String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self)
    }

    func remove() {
        try? FileManager.default.removeItem(atPath: path)
    }
}

/// What the terminal looked like after a program exited.
struct TerminalState: Sendable {
    /// The program's exit status, if the pane showed it.
    var exitStatus: Int32?
    /// `stty` shows `echo`, not `-echo`.
    var echo: Bool
    /// `stty` shows `icanon`, not `-icanon`.
    var canonical: Bool
    /// The screen it was read from, for failure messages.
    var screen: [String]

    /// Echo and line editing are back: a shell typed into after the program would work.
    var isRestored: Bool { echo && canonical }
}

/// A tmux command failed, or the screen never showed what a test waited for.
enum TmuxError: Error, CustomStringConvertible {
    case commandFailed(arguments: [String], status: Int32, message: String)
    case timedOut(waitingFor: String, screen: [String])

    var description: String {
        switch self {
        case .commandFailed(let arguments, let status, let message):
            return "tmux \(arguments.joined(separator: " ")) failed with status \(status): \(message)"
        case .timedOut(let expected, let screen):
            let rows = screen.enumerated().map { String(format: "%2d|", $0.offset) + $0.element }
            return "timed out waiting for \(expected); last screen:\n" + rows.joined(separator: "\n")
        }
    }
}
