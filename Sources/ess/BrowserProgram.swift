import BrowserCore
import ESSModel
import Foundation
import CursesBackend
import DirectoryBrowser
import TerminalGrid

/// The browser core as a program the curses run loop can drive: events go through `update`,
/// frames come from `view`, and the effects `update` returns become the loop's work: directory
/// reads on its worker thread, the import watch on a timer.
struct BrowserProgram: TerminalProgram {
    enum Message: Sendable {
        /// A finished read or import check, for `update`.
        case action(BrowserAction)
        /// Time to look for an import again.
        case checkImports
        /// Time to write the session changed since the last write.
        case saveDue
        /// Work with nothing to report.
        case done
    }

    /// How often the browser looks for an import writing its directory.
    static let importCheckMilliseconds = 1000

    private(set) var state: BrowserState
    private let importWatch: ImportWatch?
    /// Where the session is saved; nil for a browser that remembers nothing.
    private let sessionStore: SessionStore?

    init(state: BrowserState, importWatch: ImportWatch?, sessionStore: SessionStore? = nil) {
        self.state = state
        self.importWatch = importWatch
        self.sessionStore = sessionStore
        self.writtenMarks = state.marks
    }

    /// Messages for standard error once the terminal is given back (a session not saved at exit).
    private(set) var exitMessages: [String] = []
    /// The session waiting for the save timer, and whether the timer is set.
    private var pendingSession: SavedSession?
    private var saveTimerArmed = false
    /// The marks last handed to the worker to write.
    private var writtenMarks: [Mark]

    mutating func handle(_ event: InputEvent) -> [TerminalEffect<Message>] {
        switch event {
        case .key(let key): send(.keyPressed(key))
        case .mouse(let mouse): send(.mouse(mouse))
        case .resize(let size): send(.resized(size))
        // The loop ends on these whatever is answered: the session is saved now, on this
        // thread, since the worker stops with the loop.
        case .endOfInput, .signal: saveNow()
        }
    }

    mutating func receive(_ message: Message) -> [TerminalEffect<Message>] {
        switch message {
        case .action(let action):
            return send(action)
        case .checkImports:
            guard let importWatch else { return [] }
            return [.background(BackgroundTask(lane: "imports") { .action(.importActivityChanged(importWatch.activity())) })]
        case .saveDue:
            saveTimerArmed = false
            guard let session = pendingSession else { return [] }
            pendingSession = nil
            return [.background(saveTask(session))]
        case .done:
            return []
        }
    }

    /// The loop's work for the browser's effects. Reads go to the worker, which owns the
    /// directory's connection; a read that replaces one of its lane interrupts it (SQLite's
    /// `sqlite3_interrupt`), and its answer, stale, is ignored by `update`.
    private mutating func perform(_ effects: [Effect]) -> [TerminalEffect<Message>] {
        let source = state.data.importedActors
        if effects.contains(.quit) { return saveNow() }
        let store = sessionStore
        var session: [TerminalEffect<Message>] = []
        for case .saveSession(let saved) in effects { session = scheduleSave(saved) }
        return session + effects.compactMap { effect -> TerminalEffect<Message>? in
            switch effect {
            case .quit:
                return .quit
            case .copyToClipboard(let text):
                return .passthrough(TerminalSequences.clipboard(text))
            case .writeFile(let path, let contents, let rows):
                let language = state.language
                return .background(BrowserProgram.write(contents, to: path, rows: rows, language: language))
            case .openAddress(let address):
                return .background(AddressOpener(environment: ProcessEnvironment.values).task(for: address))
            case .saveSession:
                return nil
            case .read(let request):
                guard let source else { return nil }
                return .background(BackgroundTask(lane: request.lane.rawValue, run: {
                    .action(.directoryAnswered(request, request.query.answer(from: source)))
                }, interrupt: { source.interrupt() }))
            case .watchImports:
                return importWatch == nil ? nil : .timer(milliseconds: Self.importCheckMilliseconds, .checkImports)
            case .reloadDirectory:
                let watch = importWatch
                // Its own lane: the reads asked after it must not replace it.
                return .background(BackgroundTask(lane: "reload") {
                    source?.discardCachedAnswers()
                    watch?.takeCurrentVersion()
                    return .done
                })
            }
        }
    }

    /// How long a change of place waits before it is written: moving through a list writes once
    /// it stops, not on every key, so the worker's directory reads never queue behind an fsync.
    static let saveDelayMilliseconds = 1500

    /// A change of marks is written at once (it must survive a kill); a change of place when
    /// the user pauses, and at exit.
    private mutating func scheduleSave(_ session: SavedSession) -> [TerminalEffect<Message>] {
        guard sessionStore != nil else { return [] }
        if session.marks != writtenMarks {
            writtenMarks = session.marks
            pendingSession = nil
            return [.background(saveTask(session))]
        }
        pendingSession = session
        guard !saveTimerArmed else { return [] }
        saveTimerArmed = true
        return [.timer(milliseconds: Self.saveDelayMilliseconds, .saveDue)]
    }

    private func saveTask(_ session: SavedSession) -> BackgroundTask<Message> {
        let store = sessionStore
        return BackgroundTask(lane: "session") {
            store?.save(session).map { .action(.effectFailed($0)) } ?? .done
        }
    }

    private mutating func send(_ action: BrowserAction) -> [TerminalEffect<Message>] {
        let effects = update(&state, action)
        return perform(effects)
    }

    /// An export written atomically; the status line then says where, or why not.
    private static func write(_ contents: String, to path: String, rows: Int, language: Language) -> BackgroundTask<Message> {
        BackgroundTask(lane: "export") {
            let url = URL(fileURLWithPath: UserConfigFile.expandingHome(path))
            do {
                try AtomicFile.write(Data(contents.utf8), to: url)
                return .action(.effectReported(UIStrings.exported(rows, url.standardizedFileURL.path, language)))
            } catch {
                return .action(.effectFailed("\(error); " + (language == .fr ? "choisissez un autre chemin (E)" : "choose another path (E)")))
            }
        }
    }

    /// Saves the session at once and quits: the loop is ending, and its worker with it.
    private mutating func saveNow() -> [TerminalEffect<Message>] {
        if let sessionStore, state.savesSession, let problem = sessionStore.save(state.session) {
            exitMessages.append(problem)
        }
        return [.quit]
    }

    /// The frame for `size`. The loop sends a resize before it draws at a new size, so the
    /// sizes agree; if they ever do not, the frame is drawn for the terminal's, never clipped.
    func render(size: Size, unicode: Bool) -> Grid {
        guard size != state.size else { return view(state) }
        var resized = state
        _ = update(&resized, .resized(size))
        return view(resized)
    }
}
