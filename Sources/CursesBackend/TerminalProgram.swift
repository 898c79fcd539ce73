import TerminalGrid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A full-screen program the backend can run: it handles events and renders grids, and knows
/// nothing about curses. The browser core conforms to this; tests drive the same methods.
public protocol TerminalProgram {
    /// What background work and timers bring back to the program.
    associatedtype Message: Sendable
    /// Updates the program for `event`; returns what the loop must do.
    mutating func handle(_ event: InputEvent) -> [TerminalEffect<Message>]
    /// Updates the program for a message of finished work or a timer; returns what the loop must do.
    mutating func receive(_ message: Message) -> [TerminalEffect<Message>]
    /// The whole screen for a terminal of `size`; `unicode` false asks for ASCII-only borders.
    func render(size: Size, unicode: Bool) -> Grid
}

/// What a program asks the run loop to do after an event.
public enum TerminalEffect<Message: Sendable>: Sendable {
    /// End the loop.
    case quit
    /// Run a task on the worker thread; its message comes back through `receive`.
    case background(BackgroundTask<Message>)
    /// Send `message` to `receive` after `milliseconds`, input keeping on meanwhile.
    case timer(milliseconds: Int, Message)
    /// Write an escape sequence curses does not know (OSC 52) to the terminal, after the next frame.
    case passthrough(String)
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
/// wait → handle. Waiting ends with a key, a resize, a signal, finished background work or a due
/// timer, whichever comes first, so work on the worker never holds a key back. `.endOfInput` and
/// `.signal` are passed to the program (to save state, say) but end the loop whatever it answers. `suspendKey` (Ctrl-Z by default; the terminal is in
/// raw mode, so the tty does not do it) suspends the process as a shell would; pass nil to give
/// that key to the program. The caller still owns the terminal and must ``CursesTerminal/stop()``
/// it, then exit with ``ExitReason/exitStatus``.
public func runTerminalProgram<P: TerminalProgram>(
    _ program: inout P, terminal: CursesTerminal, suspendKey: Key? = .control("z")
) -> ExitReason {
    var loop = ProgramLoop<P.Message>()
    defer { loop.worker?.stop() }
    var size = terminal.size
    guard loop.carryOut(program.handle(.resize(size))) else { return .quit }
    while true {
        terminal.present(program.render(size: size, unicode: terminal.unicodeSupported))
        terminal.writePassthrough(loop.takePassthrough())
        guard let event = terminal.nextEvent(timeoutMilliseconds: loop.timers.wait, wakeDescriptor: loop.worker?.wakeReadEnd) else {
            for message in (loop.worker?.takeFinished() ?? []) + loop.timers.due() {
                guard loop.carryOut(program.receive(message)) else { return .quit }
            }
            continue
        }
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
            guard loop.carryOut(program.handle(.resize(size))) else { return .quit }
        case .resize(let newSize):
            size = newSize
            guard loop.carryOut(program.handle(event)) else { return .quit }
        default:
            guard loop.carryOut(program.handle(event)) else { return .quit }
        }
    }
}

/// The run loop's worker and timers.
struct ProgramLoop<Message: Sendable> {
    /// Started with the first background task; nil if the process has no descriptors left for it.
    private(set) var worker: BackgroundWorker<Message>?
    private var workerFailed = false
    var timers = ProgramTimers<Message>()
    /// Sequences to write after the next frame.
    private var passthrough: [String] = []

    mutating func takePassthrough() -> [String] {
        defer { passthrough = [] }
        return passthrough
    }

    /// Carries out `effects`; false when one of them is `.quit`. Without a worker (no file
    /// descriptors left) background tasks run at once, on this thread: slower, never lost.
    mutating func carryOut(_ effects: [TerminalEffect<Message>]) -> Bool {
        for effect in effects {
            switch effect {
            case .quit:
                return false
            case .background(let task):
                if worker == nil && !workerFailed {
                    worker = BackgroundWorker()
                    workerFailed = worker == nil
                }
                if let worker {
                    worker.submit(task)
                } else {
                    timers.add(milliseconds: 0, task.run())
                }
            case .timer(let milliseconds, let message):
                timers.add(milliseconds: milliseconds, message)
            case .passthrough(let sequence):
                passthrough.append(sequence)
            }
        }
        return true
    }
}

/// Messages to deliver at a time, soonest first.
struct ProgramTimers<Message: Sendable> {
    private var pending: [(deadline: UInt64, message: Message)] = []

    mutating func add(milliseconds: Int, _ message: Message) {
        pending.append((Self.now() + UInt64(max(0, milliseconds)), message))
        pending.sort { $0.deadline < $1.deadline }
    }

    /// How long the loop may wait for input before the next timer is due; nil with none.
    var wait: Int? {
        pending.first.map { Int($0.deadline > Self.now() ? $0.deadline - Self.now() : 0) }
    }

    /// The messages whose time has come, removed.
    mutating func due() -> [Message] {
        let now = Self.now()
        let count = pending.prefix { $0.deadline <= now }.count
        defer { pending.removeFirst(count) }
        return pending.prefix(count).map(\.message)
    }

    private static func now() -> UInt64 {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return UInt64(now.tv_sec) * 1000 + UInt64(now.tv_nsec) / 1_000_000
    }
}
