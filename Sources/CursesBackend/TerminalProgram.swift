import TerminalGrid

/// A full-screen program the backend can run: it handles events and renders grids, and knows
/// nothing about curses. The browser core conforms to this; tests drive the same two methods.
public protocol TerminalProgram {
    /// Updates the program for `event`; returns false to quit.
    mutating func handle(_ event: InputEvent) -> Bool
    /// The whole screen for a terminal of `size`; `unicode` false asks for ASCII-only borders.
    func render(size: Size, unicode: Bool) -> Grid
}

/// Why ``runTerminalProgram(_:terminal:suspendKey:)`` returned.
public enum ExitReason: Hashable, Sendable {
    /// The program asked to quit.
    case quit
    /// Standard input closed.
    case endOfInput
    /// A terminating signal arrived (SIGINT, SIGTERM, SIGHUP).
    case signal(Int32)

    /// The conventional process exit status: 0, or 128 + the signal number.
    public var exitStatus: Int32 {
        switch self {
        case .quit, .endOfInput: return 0
        case .signal(let number): return 128 + number
        }
    }
}

/// Runs `program` on `terminal` until it quits, input ends or a signal arrives.
///
/// The program first gets `.resize` with the current size, then the loop is render → present →
/// wait → handle. `.endOfInput` and `.signal` are passed to the program (to save state, say)
/// but end the loop whatever it answers. `suspendKey` (Ctrl-Z by default; the terminal is in
/// raw mode, so the tty does not do it) suspends the process as a shell would; pass nil to give
/// that key to the program. The caller still owns the terminal and must ``CursesTerminal/stop()``
/// it, then exit with ``ExitReason/exitStatus``.
public func runTerminalProgram<P: TerminalProgram>(
    _ program: inout P, terminal: CursesTerminal, suspendKey: Key? = .control("z")
) -> ExitReason {
    var size = terminal.size
    guard program.handle(.resize(size)) else { return .quit }
    while true {
        terminal.present(program.render(size: size, unicode: terminal.unicodeSupported))
        guard let event = terminal.nextEvent() else { continue }
        switch event {
        case .endOfInput:
            _ = program.handle(event)
            return .endOfInput
        case .signal(let number):
            _ = program.handle(event)
            return .signal(number)
        case .key(let key) where key == suspendKey:
            terminal.suspend()
            size = terminal.size
            guard program.handle(.resize(size)) else { return .quit }
        case .resize(let newSize):
            size = newSize
            guard program.handle(event) else { return .quit }
        default:
            guard program.handle(event) else { return .quit }
        }
    }
}
