import Foundation

/// The process's environment, read once. `ProcessInfo.environment` builds a new dictionary from
/// `environ` at every call, and a command asks it several times on its way to its first line
/// (ESS_DATA, ESS_SOURCES, ESS_DB, the language, the colours): ess never changes its own
/// environment, so one copy serves them all.
enum ProcessEnvironment {
    static let values: [String: String] = ProcessInfo.processInfo.environment

    /// The variable's value, nil when it is unset or empty.
    static func nonEmpty(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }
}
