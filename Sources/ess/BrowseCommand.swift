import ArgumentParser

/// Temporary: replaced by the browser wiring.
struct Browse: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "browse", abstract: "Open the browser.")
    func run() throws { throw ExitCode(2) }
}
