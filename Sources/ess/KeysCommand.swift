import ArgumentParser
import BrowserCore
import Foundation

/// `ess keys`: the browser's effective key map, the defaults changed by the config file, in the
/// text the config file takes.
struct Keys: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        _superCommandName: "ess",
        abstract: "Print the browser's key map: the defaults with the config file's changes.",
        discussion: """
            The config file is $XDG_CONFIG_HOME/ess/config (by default ~/.config/ess/config), in the \
            same text: bind CONTEXT KEY COMMAND, unbind CONTEXT KEY, footer CONTEXT ITEM..., \
            set theme dark|light|mono, set sources DIR. A mistake in it is reported as \
            file:line:column on standard error, the defaults are printed, and the exit status is 1.
            """)

    func run() throws {
        let file = UserConfigFile()
        let (config, problems) = file.load()
        Console.printRaw("# ess key map" + (problems.isEmpty && FileManager.default.fileExists(atPath: file.url.path)
            ? ": the defaults with \(file.url.path)\n" : ": the defaults\n"))
        if let theme = config.theme { Console.printRaw("set theme \(theme.rawValue)\n") }
        if let sources = config.sources { Console.printRaw("set sources \(sources)\n") }
        Console.printRaw(config.keyMap.text)
        guard problems.isEmpty else {
            for problem in problems { Console.error("ess: " + problem) }
            throw ExitCode(1)
        }
    }
}
