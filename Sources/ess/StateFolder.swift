import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The files ess keeps in the XDG base directories, from the environment.
enum XDGFolders {
    /// `$XDG_STATE_HOME/ess/NAME`, by default `~/.local/state/ess/NAME`: the session (place, trail, marks).
    static func stateFile(_ name: String) -> URL {
        file(name, in: ProcessEnvironment["XDG_STATE_HOME"], default: ".local/state")
    }

    /// `$XDG_CONFIG_HOME/ess/NAME`, by default `~/.config/ess/NAME`: the user's config file.
    static func configFile(_ name: String) -> URL {
        file(name, in: ProcessEnvironment["XDG_CONFIG_HOME"], default: ".config")
    }

    /// `ess/NAME` in the XDG variable's folder when it is an absolute path (the specification
    /// says to ignore a relative one), else in the default under the home folder. The path is
    /// joined as text and made a URL once: appending components re-parsed the URL at each step
    /// and asked the file system whether each was a folder, a few per cent of the browser's start.
    private static func file(_ name: String, in value: String?, default relative: String) -> URL {
        let base: String
        if let value, value.hasPrefix("/") {
            base = value
        } else {
            base = joined(ProcessEnvironment.nonEmpty("HOME") ?? NSHomeDirectory(), relative)
        }
        return URL(fileURLWithPath: joined(joined(base, "ess"), name), isDirectory: false)
    }

    private static func joined(_ folder: String, _ name: String) -> String {
        folder.hasSuffix("/") ? folder + name : folder + "/" + name
    }
}

/// Writes a file so that a reader, or the next run after a crash or `kill -9`, sees either the
/// old content or the new one, never a mix: a temporary file in the same folder, written and
/// fsynced, renamed over the target, then the folder fsynced so the rename itself is durable.
enum AtomicFile {
    struct WriteError: Error, CustomStringConvertible {
        var path: String
        var reason: String
        var description: String { "could not write \(path): \(reason)" }
    }

    static func write(_ data: Data, to url: URL) throws(WriteError) {
        let folder = url.deletingLastPathComponent()
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw WriteError(path: folder.path, reason: "the folder cannot be created (\(Self.reason(errno)))")
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        let descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o600)
        guard descriptor >= 0 else { throw WriteError(path: temporary.path, reason: reason(errno)) }
        var failure = data.withUnsafeBytes { writeAll($0, to: descriptor) }
        if failure == 0, fsync(descriptor) != 0 { failure = errno }
        close(descriptor)
        if failure == 0, rename(temporary.path, url.path) != 0 { failure = errno }
        guard failure == 0 else {
            unlink(temporary.path)
            throw WriteError(path: url.path, reason: reason(failure))
        }
        let folderDescriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderDescriptor >= 0 {
            fsync(folderDescriptor)
            close(folderDescriptor)
        }
    }

    private static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }
}
