import CNCurses
import TerminalGrid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The one owner of the real terminal while a full-screen program runs.
///
/// ``start(_:)`` takes the terminal over (alternate screen, raw keys, mouse, colours);
/// ``present(_:)`` paints a ``Grid``; ``nextEvent(timeoutMilliseconds:)`` reads input, resizes and
/// signals; ``stop()`` gives the terminal back exactly as it was. Not `Sendable`: curses is
/// single-threaded, so the terminal stays on the thread that started it.
public final class CursesTerminal {
    /// False when no UTF-8 locale was available: the core should draw ASCII boxes, and the
    /// backend shows other non-ASCII text without accents or as `?`.
    public let unicodeSupported: Bool
    /// True when roles are drawn with colours; false under `NO_COLOR` or on a colourless
    /// terminal, where attributes alone carry the styles.
    public let usesColor: Bool

    let screen: OpaquePointer
    let window: UnsafeMutablePointer<WINDOW>
    let signals: SignalPipe
    let keyDecoder: CursesKeyDecoder
    let styles: [StyleRole: CursesCellStyle]
    /// Writes the frame's OSC 8 hyperlinks; nil when they are off or the terminal is not UTF-8.
    let hyperlinks: HyperlinkWriter?
    private let savedLocale: String?
    private(set) var isStopped = false

    /// The grid on screen now; nil forces the next ``present(_:)`` to repaint everything.
    var presented: Grid?
    /// Consecutive reads that found stdin readable but got nothing: a closed input.
    var emptyReads = 0

    // MARK: - Starting

    /// Takes over the terminal, or throws without touching it.
    ///
    /// Refuses when standard input or output is not a terminal, when `TERM` is unset or
    /// `dumb`, or when terminfo does not know `TERM`. Uses `newterm` rather than `initscr`,
    /// which would exit the process on an unknown terminal.
    public static func start(_ options: TerminalOptions = TerminalOptions()) throws(TerminalStartError) -> CursesTerminal {
        if let refusal = TerminalStartError.check(
            environment: options.environment,
            stdinIsTerminal: isatty(STDIN_FILENO) == 1,
            stdoutIsTerminal: isatty(STDOUT_FILENO) == 1
        ) {
            throw refusal
        }
        let type = options.environment["TERM"] ?? ""
        let savedLocale = setlocale(LC_ALL, nil).map { String(cString: $0) }
        let unicode = selectUTF8Locale()
        guard let signals = SignalPipe() else {
            if let savedLocale { setlocale(LC_ALL, savedLocale) }
            throw .setupFailed("no file descriptors left for the signal pipe")
        }
        signals.install()
        guard let screen = ess_newterm(type) else {
            signals.uninstall()
            if let savedLocale { setlocale(LC_ALL, savedLocale) }
            throw .unknownTerminalType(type)
        }
        set_term(screen)
        leaveInitialState()
        return CursesTerminal(
            screen: screen, signals: signals, unicode: unicode, options: options, savedLocale: savedLocale
        )
    }

    private init(
        screen: OpaquePointer, signals: SignalPipe, unicode: Bool, options: TerminalOptions, savedLocale: String?
    ) {
        self.screen = screen
        self.window = ess_stdscr()
        self.signals = signals
        self.unicodeSupported = unicode
        self.savedLocale = savedLocale
        let defaultColors: Bool
        (self.usesColor, defaultColors) = Self.setUpColors(options)
        self.styles = CursesCellStyle.table(color: usesColor, theme: options.theme)
        self.hyperlinks = options.hyperlinksAllowed && unicode
            ? HyperlinkWriter(sgr: HyperlinkWriter.sgrTable(color: usesColor, theme: options.theme, defaultColors: defaultColors))
            : nil
        Self.setUpModes(window: window, options: options)
        self.keyDecoder = CursesKeyDecoder(
            altLeftCode: ess_key_code_for_capability("kLFT3"),
            altRightCode: ess_key_code_for_capability("kRIT3")
        )
    }

    /// Until a screen has been left once (`endwin`) and taken back (`doupdate`), ncurses
    /// writes its output to the terminal at every cursor motion, as it does for programs that
    /// use terminfo alone: a first frame went out in about fifty `write`s, one per row, each a
    /// system call for this process and a wake-up for the terminal. Leaving and taking back the
    /// screen before anything is drawn makes every frame one buffered write.
    private static func leaveInitialState() {
        endwin()
        doupdate()
    }

    /// `setlocale(LC_ALL, "")`, falling back to C.UTF-8 when the user's locale is not UTF-8:
    /// ncursesw needs a UTF-8 locale to draw anything beyond ASCII.
    private static func selectUTF8Locale() -> Bool {
        setlocale(LC_ALL, "")
        if ess_codeset_is_utf8() != 0 { return true }
        if setlocale(LC_ALL, "C.UTF-8") != nil, ess_codeset_is_utf8() != 0 { return true }
        setlocale(LC_ALL, "")
        return false
    }

    /// Raw keys (Ctrl-C arrives as a key; signals sent with `kill` still reach the pipe), no
    /// echo, keypad decoding, hidden cursor, short Escape delay, clicks and wheel.
    private static func setUpModes(window: UnsafeMutablePointer<WINDOW>, options: TerminalOptions) {
        raw()
        noecho()
        nonl()
        keypad(window, true)
        meta(window, true)
        intrflush(window, false)
        leaveok(window, true)
        curs_set(0)
        set_escdelay(options.escapeDelayMilliseconds)
        wtimeout(window, 0)
        if options.mouse {
            // Without REPORT_MOUSE_POSITION: it switches xterm to any-motion tracking, a flood of
            // events this interface has no use for.
            mousemask(ess_mouse_mask(), nil)
            // Report press and release at once instead of waiting to merge them into a click.
            mouseinterval(0)
        }
    }

    /// Whether colours are used, and whether the terminal's default colours are (else white
    /// on black stand for them).
    private static func setUpColors(_ options: TerminalOptions) -> (Bool, Bool) {
        guard options.colors == .automatic, options.theme != .mono, !options.noColorRequested, has_colors() else { return (false, true) }
        guard start_color() == OK, ess_colors() >= 8 else { return (false, true) }
        let hasDefaults = use_default_colors() == OK
        for (index, role) in StyleRole.allCases.enumerated() where index + 1 < ess_color_pairs() {
            let style = CursesTheme.style(for: role, color: true, theme: options.theme)
            var foreground = style.foreground.rawValue, background = style.background.rawValue
            if !hasDefaults {
                if foreground < 0 { foreground = ThemeColor.white.rawValue }
                if background < 0 { background = ThemeColor.black.rawValue }
            }
            init_pair(Int16(index + 1), foreground, background)
        }
        return (true, hasDefaults)
    }

    // MARK: - Size and stopping

    /// The terminal's current size in columns and rows.
    public var size: Size {
        Size(width: Int(getmaxx(window)), height: Int(getmaxy(window)))
    }

    /// Gives the terminal back: leaves the alternate screen, shows the cursor, restores echo and
    /// line mode and the previous signal handlers. Safe to call more than once.
    public func stop() {
        guard !isStopped else { return }
        isStopped = true
        endwin()
        delscreen(screen)
        signals.uninstall()
        if let savedLocale { setlocale(LC_ALL, savedLocale) }
    }

    deinit {
        stop()
    }

    // MARK: - Suspending

    /// Suspends the process as Ctrl-Z does in a shell: restores the terminal, stops, and on
    /// `fg` takes the terminal back and schedules a full repaint.
    public func suspend() {
        guard !isStopped else { return }
        endwin()
        signals.stopProcess()
        // Back from the stop: the next refresh re-enters program mode; repaint everything since
        // the shell drew over the screen meanwhile.
        presented = nil
        clearok(window, true)
    }
}
