import CNCurses
import TerminalGrid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reading keys, mouse, resizes and signals as one stream of ``InputEvent``s.
extension CursesTerminal {
    /// The next event, waiting at most `timeoutMilliseconds` (forever when nil).
    ///
    /// Returns nil when the time runs out or `wakeDescriptor` becomes readable (finished
    /// background work). Waits with `poll` on standard input, the signal pipe and that
    /// descriptor together, so a SIGTERM or finished work wakes the loop as promptly as a key. SIGTSTP
    /// suspends the process here and, like SIGCONT, comes back as a `.resize` so the program
    /// redraws. A closed standard input gives `.endOfInput`.
    public func nextEvent(timeoutMilliseconds: Int? = nil, wakeDescriptor: Int32? = nil) -> InputEvent? {
        guard !isStopped else { return .endOfInput }
        let deadline = timeoutMilliseconds.map { Self.monotonicMilliseconds() + max(0, $0) }
        var inputWasReady = false
        while true {
            if let signal = signals.nextSignal() { return event(forSignal: signal) }
            switch readInput() {
            case .event(let event):
                emptyReads = 0
                return event
            case .ignored:
                emptyReads = 0
                continue
            case .nothing:
                if inputWasReady {
                    // poll said readable, yet curses got nothing: the input is at its end.
                    emptyReads += 1
                    if emptyReads >= 3 { return .endOfInput }
                }
            }
            let wait = deadline.map { max(0, $0 - Self.monotonicMilliseconds()) } ?? -1
            if wait == 0 { return nil }
            switch waitForInput(milliseconds: wait, wakeDescriptor: wakeDescriptor) {
            case .ready: inputWasReady = true
            case .woken: return nil
            case .hungUp: return .endOfInput
            case .timedOut: return nil
            case .interrupted: inputWasReady = false
            }
        }
    }

    // MARK: - Signals

    private func event(forSignal signal: Int32) -> InputEvent {
        switch signal {
        case SIGTSTP:
            suspend()
            return .resize(size)
        case SIGCONT:
            // Stopped and continued by someone else (SIGSTOP cannot be caught): whatever was
            // drawn meanwhile must be painted over.
            invalidate()
            return .resize(size)
        default:
            return .signal(signal)
        }
    }

    // MARK: - Reading

    private enum ReadResult {
        case event(InputEvent)
        /// Something was read that means nothing here (an unmapped key, mouse motion).
        case ignored
        /// No input was waiting.
        case nothing
    }

    private func readInput() -> ReadResult {
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == KEY_CODE_YES { return keyCode(Int32(bitPattern: value)) }
        guard status == OK else { return .nothing }
        if value == 27 { return .event(.key(escapeOrAlt())) }
        return keyDecoder.key(forCharacter: value).map { .event(.key($0)) } ?? .ignored
    }

    private func keyCode(_ code: Int32) -> ReadResult {
        switch code {
        case KEY_RESIZE:
            invalidate()
            return .event(.resize(size))
        case KEY_MOUSE:
            return mouseEvent().map { .event(.mouse($0)) } ?? .ignored
        default:
            return keyDecoder.key(forKeyCode: code).map { .event(.key($0)) } ?? .ignored
        }
    }

    /// Escape alone, or Alt with whatever came right after it.
    ///
    /// By the time curses hands out a lone 27 it has already waited the escape delay, so
    /// anything that followed is buffered and a non-blocking read finds it.
    private func escapeOrAlt() -> Key {
        var value: wint_t = 0
        let status = wget_wch(window, &value)
        if status == OK {
            if let alt = keyDecoder.altKey(followedByCharacter: value) { return alt }
            unget_wch(wchar_t(bitPattern: value))
        } else if status == KEY_CODE_YES {
            let code = Int32(bitPattern: value)
            if let alt = keyDecoder.altKey(followedByKeyCode: code) { return alt }
            ungetch(code)
        }
        return .escape
    }

    private func mouseEvent() -> MouseEvent? {
        var event = MEVENT()
        guard getmouse(&event) == OK else { return nil }
        let state = event.bstate
        let kind: MouseEvent.Kind
        if state & ess_button_pressed(4) != 0 {
            kind = .wheelUp
        } else if state & ess_button_pressed(5) != 0 {
            kind = .wheelDown
        } else if let button = (1...3).first(where: { state & ess_button_pressed(Int32($0)) != 0 }) {
            kind = .press(button: button)
        } else if let button = (1...3).first(where: { state & ess_button_released(Int32($0)) != 0 }) {
            kind = .release(button: button)
        } else {
            return nil
        }
        return MouseEvent(kind: kind, x: Int(event.x), y: Int(event.y))
    }

    // MARK: - Waiting

    private enum WaitResult {
        case ready, hungUp, timedOut, interrupted, woken
    }

    /// Waits until standard input, the signal pipe or the wake descriptor has something, or the
    /// time runs out.
    private func waitForInput(milliseconds: Int, wakeDescriptor: Int32?) -> WaitResult {
        var fds = [
            pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0),
            pollfd(fd: signals.readEnd, events: Int16(POLLIN), revents: 0),
            pollfd(fd: wakeDescriptor ?? -1, events: Int16(POLLIN), revents: 0),
        ]
        let count = poll(&fds, 3, Int32(clamping: milliseconds))
        if count < 0 { return errno == EINTR ? .interrupted : .hungUp }
        if count == 0 { return .timedOut }
        let input = Int32(fds[0].revents)
        if input == 0, fds[2].revents & Int16(POLLIN) != 0 { return .woken }
        if input & (POLLERR | POLLNVAL) != 0 { return .hungUp }
        // POLLHUP with POLLIN still has bytes to read first; the empty-read count ends it later.
        if input & POLLHUP != 0 && input & POLLIN == 0 { return .hungUp }
        return .ready
    }

    private static func monotonicMilliseconds() -> Int {
        var now = timespec()
        clock_gettime(CLOCK_MONOTONIC, &now)
        return Int(now.tv_sec) * 1000 + Int(now.tv_nsec) / 1_000_000
    }
}
