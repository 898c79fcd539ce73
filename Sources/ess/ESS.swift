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
    /// are ``BrowserLaunch``'s own. A subcommand is parsed by itself (``parsedDirectly(_:)``);
    /// anything else goes through the full parse, with the same help, errors and exit codes.
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        do {
            if arguments.isEmpty {
                try BrowserLaunch().run()
            } else if var command = parsedDirectly(arguments) {
                try command.run()
            } else {
                var command = try parseAsRoot(arguments)
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }

    /// `ess SUBCOMMAND ARGUMENTS…` parsed by the subcommand alone, nil when that parse fails or
    /// asks for help: the full parse then runs and says what it always says. ArgumentParser's parse
    /// from the root reflects over the root, over the default subcommand (`browse`, to learn
    /// whether it takes all remaining input), over two commands of its own (to find a request for
    /// a completion script) and over the subcommand several times; this keeps only the last. Each
    /// subcommand names `ess` as its `_superCommandName`, which makes its own parse skip the
    /// completion-script check (a request for one fails that parse and goes the full way).
    static func parsedDirectly(_ arguments: [String]) -> ParsableCommand? {
        guard let name = arguments.first, !name.hasPrefix("-"),
              let subcommand = configuration.subcommands.first(where: { $0.configuration.commandName == name }),
              let command = try? subcommand.parseAsRoot(Array(arguments.dropFirst())),
              type(of: command) == subcommand
        else { return nil }
        return command
    }
}

enum ESSVersion {
    static let current = "0.1.0"
}
