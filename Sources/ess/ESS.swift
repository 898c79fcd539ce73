import ArgumentParser

/// `ess`: browse the territorial programmes of the French social and solidarity economy.
@main
struct ESS: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ess",
        abstract: "Browse the territorial programmes of the French social and solidarity economy (ESS).",
        discussion: """
            With no subcommand, in a terminal, ess opens the browser. The subcommands print the same \
            catalogue for scripts: text aligned for people, JSON or CSV for programs.
            """,
        version: ESSVersion.current,
        subcommands: [
            Browse.self, ListCommand.self, Show.self, Search.self, Timeline.self, PathCommand.self,
            Export.self, Validate.self, Import.self, MapCommand.self, Keys.self,
        ],
        defaultSubcommand: Browse.self
    )

    /// `ess` alone opens the browser without the parser: ArgumentParser would reflect over every
    /// subcommand's options, then over `Browse`'s, to find that there are no arguments, a part of
    /// the browser's start as large as loading the catalogue (docs/performance.md). The defaults
    /// are ``BrowserLaunch``'s own. Anything else, `ess browse` included, is parsed as usual,
    /// with the same help, errors and exit codes.
    static func main() {
        guard CommandLine.arguments.count == 1 else { return main(nil) }
        do {
            try BrowserLaunch().run()
        } catch {
            exit(withError: error)
        }
    }
}

enum ESSVersion {
    static let current = "0.1.0"
}
