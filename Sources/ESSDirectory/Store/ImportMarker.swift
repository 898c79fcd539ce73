import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The file beside a directory that says an import is writing it: `directory.sqlite.importing`,
/// holding the importing process's id.
///
/// Written when an import starts and removed when it ends, committed or not. One left behind by a
/// killed import names a process that no longer runs, so it is not taken for a running import.
public enum ImportMarker {
    public static func path(for database: String) -> String { database + ".importing" }

    static func write(for database: String) {
        try? "\(getpid())\n".write(toFile: path(for: database), atomically: true, encoding: .utf8)
    }

    static func remove(for database: String) {
        try? FileManager.default.removeItem(atPath: path(for: database))
    }

    /// Whether a live process is importing into the directory at `database`.
    public static func isImportRunning(_ database: String) -> Bool {
        guard let text = try? String(contentsOfFile: path(for: database), encoding: .utf8),
              let pid = Int32(text.trimmingCharacters(in: .whitespacesAndNewlines)), pid > 0
        else { return false }
        return kill(pid, 0) == 0 || errno == EPERM
    }
}
