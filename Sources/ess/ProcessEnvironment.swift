import ESSModel
import Foundation

/// The process's environment. `ProcessInfo.environment` builds a new dictionary from `environ` at
/// every call, and a command asked for it four or five times on its way to its first line
/// (ESS_DATA, ESS_SOURCES, ESS_DB, the language, the colours). A variable is read by itself with
/// `getenv`; the whole dictionary, for what takes one (the terminal's options), is built once.
/// ess never changes its own environment.
enum ProcessEnvironment {
    static let values: [String: String] = ProcessInfo.processInfo.environment

    static subscript(name: String) -> String? {
        getenv(name).map { String(cString: $0) }
    }

    /// The variable's value, nil when it is unset or empty.
    static func nonEmpty(_ name: String) -> String? {
        self[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// The named variables that are set, for a function that reads them from a dictionary.
    static func values(_ names: [String]) -> [String: String] {
        var values: [String: String] = [:]
        for name in names { values[name] = self[name] }
        return values
    }

    /// The interface language the locale variables ask for.
    static var language: Language { Language.fromEnvironment(values(Language.environmentVariables)) }
}
