import Foundation
import GRDB

/// The directory's SQLite file: `$XDG_DATA_HOME/ess/directory.sqlite` (or `~/.local/share/…`)
/// unless a path is given.
public final class DirectoryDatabase: Sendable {
    public let path: String
    let queue: DatabaseQueue

    /// The default location, from `ESS_DB`, then `XDG_DATA_HOME`, then `HOME`.
    public static func defaultPath(environment: [String: String] = ProcessInfo.processInfo.environment) -> String {
        if let path = environment["ESS_DB"], !path.isEmpty { return path }
        let dataHome = environment["XDG_DATA_HOME"].flatMap { $0.isEmpty ? nil : $0 }
            ?? ((environment["HOME"] ?? NSHomeDirectory()) + "/.local/share")
        return dataHome + "/ess/directory.sqlite"
    }

    /// Opens (creating it and its folder when `create`) the database at `path`. Opening without
    /// `create` a file that does not exist throws ``DirectoryError/missing``.
    public init(path: String, create: Bool) throws {
        self.path = path
        let manager = FileManager.default
        if !manager.fileExists(atPath: path) {
            guard create else { throw DirectoryError.missing(path) }
            // A bare file name (`d1.sqlite`) has no folder part: it is in the current folder.
            let folder = (path as NSString).deletingLastPathComponent
            do {
                if !folder.isEmpty { try manager.createDirectory(atPath: folder, withIntermediateDirectories: true) }
            } catch {
                throw DirectoryError.unreadable(path, "cannot create the folder \(folder) (is a file in its way, or its parent not writable?)")
            }
        }
        var configuration = Configuration()
        configuration.readonly = !create
        // A reader waits for an import's commit instead of failing at once.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // The page cache is large so a bulk load rarely spills to disk before its commit.
            try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
        }
        do {
            queue = try DatabaseQueue(path: path, configuration: configuration)
            let version = try queue.read { db in try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0 }
            if version != DirectorySchema.version {
                let isEmpty = try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM sqlite_master") ?? 0 } == 0
                guard create && isEmpty else {
                    throw version == 0 ? DirectoryError.notADirectory(path) : DirectoryError.otherVersion(path, version)
                }
            }
            if create {
                // Write-ahead log: readers (a browser open on the directory) keep reading the last
                // committed directory while an import writes, instead of waiting for its commit;
                // an interrupted import is still undone, its frames never committed. Persistent:
                // every later opening, read-only ones too, uses it.
                try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
                try queue.write { db in try DirectorySchema.create(db) }
            }
        } catch let error as DirectoryError {
            throw error
        } catch {
            throw DirectoryError.unreadable(path, "\(error)")
        }
    }
}

public enum DirectoryError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    case notADirectory(String)
    case otherVersion(String, Int)
    case unreadable(String, String)
    case query(String)
    /// A read stopped by ``DirectoryDatabase/interrupt()``.
    case interrupted

    public var description: String {
        switch self {
        case .missing(let path): "no directory at \(path) (import one with: ess import FILE.csv)"
        case .notADirectory(let path): "\(path) is not an ess directory database"
        case .otherVersion(let path, let version):
            "\(path) was written by another version of ess (format \(version), this one reads \(DirectorySchema.version)); remove it and import the files again"
        case .unreadable(let path, let message): "\(path): \(message)"
        case .query(let message): "directory query failed: \(message)"
        case .interrupted: "directory read interrupted"
        }
    }
}
