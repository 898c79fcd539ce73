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
}

enum ESSVersion {
    static let current = "0.1.0"
}
