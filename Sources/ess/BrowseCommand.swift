import ArgumentParser
import BrowserCore
import CursesBackend
import ESSModel
import Foundation

/// `ess browse` (and `ess` alone): the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        abstract: "Open the full-screen browser (the default when ess runs in a terminal).",
        discussion: """
            Keys: 1-5 sections, ↑/↓ or j/k move, Tab switches list and page, Enter opens or follows \
            a link, Backspace goes back, / filters, s searches, r picks a region, ? shows every key, \
            q quits. Without a terminal, use ess list, ess show, ess search or ess timeline.
            """)

    @Option(name: .long, help: ArgumentHelp(
        "Start narrowed to this region: current or former name, with or without accents, or INSEE code.",
        valueName: "region"))
    var region: String?

    @Option(name: .long, help: "Interface language: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            Console.error(Self.noTerminalMessage)
            throw ExitCode(2)
        }
        let catalogue = try catalogueOptions.loadCatalogue()
        var filter: RegionFilter?
        if let region {
            switch catalogue.resolveRegion(region) {
            case .success(let resolved): filter = resolved
            case .failure(let error): throw fail(error)
            }
        }
        let language = lang ?? Language.fromEnvironment(ProcessInfo.processInfo.environment)
        let terminal: CursesTerminal
        do {
            terminal = try CursesTerminal.start()
        } catch {
            Console.error("ess: \(error)\n" + Self.noTerminalMessage)
            throw ExitCode(2)
        }
        let state = BrowserState(catalogue: catalogue, language: language, size: terminal.size,
                                 unicode: terminal.unicodeSupported, region: filter)
        var program = BrowserProgram(state: state)
        let reason = runTerminalProgram(&program, terminal: terminal)
        terminal.stop()
        if reason.exitStatus != 0 { throw ExitCode(reason.exitStatus) }
    }

    static let noTerminalMessage = """
        ess: the browser needs an interactive terminal (standard input and output must be a tty).
        For scripts and pipes, use the subcommands:
          ess list programmes --region "Pays de la Loire"
          ess show progress
          ess search "saint etienne"
          ess timeline --region rhone-alpes
        See ess --help for all of them.
        """
}
