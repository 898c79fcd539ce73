#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The write end of the self-pipe, the only thing a signal handler may touch.
///
/// A C signal handler cannot capture context, so this must be a global. It is set before the
/// handlers are installed and reset only after they are removed, so the handler never sees it
/// change under it; `nonisolated(unsafe)` states exactly that.
nonisolated(unsafe) private var signalPipeWriteEnd: Int32 = -1

/// Async-signal-safe: only `write(2)`, with errno preserved for the interrupted code.
private func forwardSignalToPipe(_ signal: Int32) {
    let savedErrno = errno
    var byte = UInt8(truncatingIfNeeded: signal)
    _ = write(signalPipeWriteEnd, &byte, 1)
    errno = savedErrno
}

/// A pipe whose ends never block and are closed on exec: for waking a `poll` from elsewhere.
func nonBlockingPipe() -> (read: Int32, write: Int32)? {
    var fds: [Int32] = [-1, -1]
    guard pipe(&fds) == 0 else { return nil }
    for fd in fds {
        _ = fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) | O_NONBLOCK)
        _ = fcntl(fd, F_SETFD, FD_CLOEXEC)
    }
    return (fds[0], fds[1])
}

/// Turns asynchronous signals into bytes the event loop reads like input (the self-pipe trick).
///
/// Doing the work in the handler would mean calling curses from a signal context, which is
/// unsafe; instead the loop sees the signal, leaves through its normal path and restores the
/// terminal with ordinary code.
final class SignalPipe {
    /// Signals that end the program after the terminal is restored.
    static let terminating: [Int32] = [SIGINT, SIGTERM, SIGHUP]
    /// Signals the terminal handles itself: suspend on SIGTSTP, repaint on SIGCONT.
    static let jobControl: [Int32] = [SIGTSTP, SIGCONT]

    let readEnd: Int32
    private let writeEnd: Int32
    private var previousActions: [Int32: sigaction] = [:]

    /// Creates the pipe; nil if the process is out of file descriptors.
    init?() {
        guard let (readEnd, writeEnd) = nonBlockingPipe() else { return nil }
        self.readEnd = readEnd
        self.writeEnd = writeEnd
    }

    deinit {
        uninstall()
        close(readEnd)
        close(writeEnd)
    }

    /// Routes the signals into the pipe, remembering the previous handlers.
    ///
    /// Installed before `newterm`, so ncurses sees custom handlers and does not add its own for
    /// these signals (it still handles SIGWINCH, which becomes KEY_RESIZE).
    func install() {
        guard previousActions.isEmpty else { return }
        signalPipeWriteEnd = writeEnd
        for signal in Self.terminating + Self.jobControl {
            var action = sigaction()
            #if canImport(Glibc)
            action.__sigaction_handler.sa_handler = forwardSignalToPipe
            #else
            action.__sigaction_u.__sa_handler = forwardSignalToPipe
            #endif
            sigemptyset(&action.sa_mask)
            action.sa_flags = SA_RESTART
            var previous = sigaction()
            sigaction(signal, &action, &previous)
            previousActions[signal] = previous
        }
    }

    /// Puts the previous handlers back.
    func uninstall() {
        for (signal, var previous) in previousActions {
            sigaction(signal, &previous, nil)
        }
        previousActions.removeAll()
    }

    /// The next signal that arrived, or nil when none is waiting.
    func nextSignal() -> Int32? {
        var byte: UInt8 = 0
        return read(readEnd, &byte, 1) == 1 ? Int32(byte) : nil
    }

    /// Stops the process as the default SIGTSTP action would, returning after SIGCONT.
    ///
    /// Our handler is swapped for the default one around the `kill`, because the handler only
    /// records the signal and would not stop anything.
    func stopProcess() {
        var defaultAction = sigaction()
        #if canImport(Glibc)
        defaultAction.__sigaction_handler.sa_handler = SIG_DFL
        #else
        defaultAction.__sigaction_u.__sa_handler = SIG_DFL
        #endif
        var ours = sigaction()
        sigaction(SIGTSTP, &defaultAction, &ours)
        kill(getpid(), SIGTSTP)
        sigaction(SIGTSTP, &ours, nil)
    }
}
