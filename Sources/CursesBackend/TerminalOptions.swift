import Foundation
import TerminalGrid

/// How to start a ``CursesTerminal``.
public struct TerminalOptions: Sendable {
    /// Whether colour may be used at all; `NO_COLOR` and colourless terminals also turn it off.
    public enum ColorPreference: Sendable {
        case automatic
        case monochrome
    }

    /// Report clicks and wheel turns. Capturing the mouse stops the terminal's own text
    /// selection (users can still select with Shift held), so it can be turned off.
    public var mouse: Bool
    public var colors: ColorPreference
    /// Which colours the roles get; `mono` is attributes only, like `NO_COLOR`.
    public var theme: ThemeName
    /// How long a lone Escape waits for the rest of an escape sequence (or an Alt combination).
    public var escapeDelayMilliseconds: Int32
    /// The environment to read `TERM` and `NO_COLOR` from; the process's own by default.
    public var environment: [String: String]
    /// Draw web and e-mail addresses as OSC 8 hyperlinks (off too with `ESS_HYPERLINKS=off`).
    public var hyperlinks: Bool

    public init(
        mouse: Bool = true,
        colors: ColorPreference = .automatic,
        theme: ThemeName = .dark,
        escapeDelayMilliseconds: Int32 = 25,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        hyperlinks: Bool = true
    ) {
        self.hyperlinks = hyperlinks
        self.mouse = mouse
        self.colors = colors
        self.theme = theme
        self.escapeDelayMilliseconds = escapeDelayMilliseconds
        self.environment = environment
    }

    /// False when `ESS_HYPERLINKS` is `off`, `0`, `no` or `false`: for a terminal that prints OSC 8
    /// sequences instead of ignoring them.
    var hyperlinksAllowed: Bool {
        hyperlinks && !["off", "0", "no", "false"].contains((environment["ESS_HYPERLINKS"] ?? "").lowercased())
    }

    /// True when `NO_COLOR` is set to a non-empty value (https://no-color.org).
    var noColorRequested: Bool {
        !(environment["NO_COLOR"] ?? "").isEmpty
    }
}

/// Why the terminal could not be taken over. When this is thrown, nothing was written to the
/// terminal and its modes are untouched.
public enum TerminalStartError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Standard input or output is redirected (a pipe, a file): there is no screen to draw on.
    case notATerminal(stream: String)
    /// `TERM` is unset or empty, so the terminal's capabilities are unknown.
    case terminalTypeUnset
    /// `TERM=dumb`: the terminal cannot move the cursor.
    case dumbTerminal
    /// No terminfo entry describes `TERM`.
    case unknownTerminalType(String)
    /// The operating system refused a resource the terminal needs (a pipe for signals).
    case setupFailed(String)

    public var description: String {
        switch self {
        case .notATerminal(let stream):
            return "\(stream) is not a terminal; the interactive interface needs one"
        case .terminalTypeUnset:
            return "TERM is not set, so the terminal's capabilities are unknown"
        case .dumbTerminal:
            return "TERM=dumb cannot draw a full-screen interface"
        case .unknownTerminalType(let type):
            return "no terminfo description for TERM=\(type); try TERM=xterm-256color"
        case .setupFailed(let reason):
            return "could not set up the terminal: \(reason)"
        }
    }

    /// The reason not to start, checked before any curses call; nil when starting may proceed.
    static func check(
        environment: [String: String], stdinIsTerminal: Bool, stdoutIsTerminal: Bool
    ) -> TerminalStartError? {
        if !stdinIsTerminal { return .notATerminal(stream: "standard input") }
        if !stdoutIsTerminal { return .notATerminal(stream: "standard output") }
        let type = environment["TERM"] ?? ""
        if type.isEmpty { return .terminalTypeUnset }
        if type == "dumb" { return .dumbTerminal }
        return nil
    }
}
