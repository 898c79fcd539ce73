import ArgumentParser
import BrowserCore
import CursesBackend
import DirectoryBrowser
import ESSDirectory
import ESSModel
import Foundation
import TerminalGrid

/// The browser's options as plain values, and the browser's start: `ess browse` fills it from
/// the parsed command line, `ess` alone uses its defaults without running the parser at all
/// (its reflection over every option was a tenth of the browser's start, docs/performance.md).
struct BrowserLaunch {
    var record: String?
    var fresh = false
    var region: String?
    var theme: ThemeName?
    var lang: Language?
    var catalogue = CatalogueSource()
    var directory = DirectoryLocation()
    var sources = SourcesFolder()

    /// Checks the arguments and the data first, so their errors (exit 1) show whether or not
    /// there is a terminal; then the terminal (exit 2), which is left untouched when unusable.
    func run() throws {
        let catalogue = try self.catalogue.load()
        var filter: RegionFilter?
        if let region {
            switch catalogue.resolveRegion(region) {
            case .success(let resolved): filter = resolved
            case .failure(let error): throw fail(error)
            }
        }
        let database = try directory.openForReading()
        var start: RecordID?
        if let record {
            switch catalogue.lookup(record) {
            case .success(let found): start = found.id
            case .failure(let error):
                guard error.candidates.isEmpty, ImportedActorRow.isImportedID(RecordID(record)), database != nil else {
                    throw fail(error)
                }
                start = RecordID(record)
            }
        }
        let configFile = UserConfigFile()
        let (config, configProblems) = configFile.load()
        // The documents are read once, here: the browser's core never touches the disk for them.
        let data = BrowserData(catalogue: catalogue, keyMap: config.keyMap,
                               importedActors: database.map { DirectoryActorSource(database: $0, catalogue: catalogue) },
                               documents: try sources.loadDocuments(fallback: config.sources))
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error("ess: the browser needs an interactive terminal (standard input and output must be a tty).\n"
                + Self.subcommandsHint)
            throw ExitCode(2)
        }
        let language = lang ?? ProcessEnvironment.language
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start(TerminalOptions(theme: theme ?? config.theme ?? .dark,
                                                                environment: ProcessEnvironment.values,
                                                                hyperlinks: config.hyperlinks ?? true))
        } catch {
            Console.error("ess: \(error)\n" + Self.terminalTypeHint + Self.subcommandsHint)
            throw ExitCode(2)
        }
        let store = SessionStore()
        var state = BrowserState(data: data, language: language, size: terminal.size, unicode: terminal.unicodeSupported)
        startingPoint(&state, store: store, region: filter, record: start)
        if let today = Self.today() { state.setToday(today) }
        if let first = configProblems.first {
            // The status line is one row: the first mistake, by the file's short name; every
            // mistake, with the full path, goes to standard error on exit.
            let more = configProblems.count > 2 ? " (+\(configProblems.count - 2), on exit)" : ""
            state.announce(first.replacingOccurrences(of: configFile.url.path, with: "config") + more)
        }
        var program = BrowserProgram(state: state, importWatch: database.map(ImportWatch.init(database:)), sessionStore: store)
        let reason = runTerminalProgram(&program, terminal: terminal)
        terminal.stop()
        for message in configProblems + program.exitMessages { Console.error("ess: \(message)") }
        if reason.exitStatus != 0 { throw ExitCode(reason.exitStatus) }
    }

    /// Where the browser opens: the last session's place (unless `--fresh`), then the region and
    /// the record asked on the command line over it. Marks are always kept.
    private func startingPoint(_ state: inout BrowserState, store: SessionStore, region: RegionFilter?, record: RecordID?) {
        switch store.load() {
        case .none:
            break
        case .session(var saved):
            if fresh || record != nil || region != nil {
                saved = SavedSession(section: 1, focus: "list", region: nil, lists: [], trail: [], marks: saved.marks)
            }
            state.restore(saved)
        case .setAside(let message):
            state.announce(message)
        }
        if let region { state.startNarrowed(to: region) }
        if let record { state.start(at: record) }
        state.enableSessionSaving()
    }

    /// Today as `2026-11-29`, in local time: the default export name carries it. From the C
    /// library rather than a `DateFormatter`, whose first use starts ICU's calendars: a cost
    /// paid before the first frame for a name only an export uses.
    static func today() -> String? {
        var now = time(nil)
        var parts = tm()
        guard localtime_r(&now, &parts) != nil else { return nil }
        let year = Int(parts.tm_year) + 1900, month = Int(parts.tm_mon) + 1, day = Int(parts.tm_mday)
        return "\(year)-" + (month < 10 ? "0" : "") + "\(month)-" + (day < 10 ? "0" : "") + "\(day)"
    }

    static let terminalTypeHint = """
        The browser needs TERM to name a terminal that can move the cursor (xterm-256color, \
        screen-256color, tmux-256color …).

        """

    static let subcommandsHint = """
        Without the browser, the same catalogue is printed by the subcommands:
          ess list programmes --region "Pays de la Loire"
          ess show progress
          ess search "saint etienne"
          ess timeline --region rhone-alpes
        See ess --help for all of them.
        """
}
