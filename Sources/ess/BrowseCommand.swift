import ArgumentParser
import ESSModel
import TerminalGrid

/// `ess browse` (and `ess` alone): the full-screen browser.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "browse",
        _superCommandName: "ess",
        abstract: "Open the full-screen browser (the default when ess runs in a terminal).",
        discussion: """
            Keys: 1-5 sections, ↑/↓ or j/k move, Tab switches list and page, Enter opens or follows \
            a link, Backspace goes back, / filters, s searches, r picks a region, ? shows every key, \
            q quits. Without a terminal, use ess list, ess show, ess search or ess timeline.
            """)

    @Argument(help: ArgumentHelp(
        "Open at this record: an id, or an exact name or acronym (as ess show takes it).", valueName: "id"))
    var record: String?

    @Flag(name: .long, help: "Start afresh instead of where the last session was left (marks are kept).")
    var fresh = false

    @Option(name: .long, help: ArgumentHelp(
        "Start narrowed to this region: current or former name, with or without accents, or INSEE code.",
        valueName: "region"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp(
        "Colours: dark (the default), light or mono (no colour; NO_COLOR does the same).", valueName: "theme"))
    var theme: ThemeName?

    @Option(name: .long, help: "Interface language: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions
    @OptionGroup var sourcesOptions: SourcesOptions

    /// `ess ID` would read a mistyped subcommand (`ess serach`) as a record: the record is taken
    /// only after the word `browse`, and anything else stays the usage error it was.
    func validate() throws {
        if let record, !CommandLine.arguments.dropFirst().contains("browse") {
            throw ValidationError("Unexpected argument '\(record)'")
        }
    }

    /// What the options ask for, as the plain value ``BrowserLaunch`` runs.
    var launch: BrowserLaunch {
        BrowserLaunch(record: record, fresh: fresh, region: region, theme: theme, lang: lang,
                      catalogue: catalogueOptions.source, directory: directory.location, sources: sourcesOptions.folder)
    }

    func run() throws {
        try launch.run()
    }
}
