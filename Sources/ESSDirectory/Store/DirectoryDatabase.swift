import Foundation
import GRDB

/// The directory's SQLite file: `$XDG_DATA_HOME/ess/directory.sqlite` (or `~/.local/share/…`)
/// unless a path is given.
public final class DirectoryDatabase: @unchecked Sendable {
    public let path: String
    /// The connection; replaced only by ``replaceFile(with:)``, under `lock`.
    private var connection: DatabaseQueue
    private let lock = NSLock()
    var queue: DatabaseQueue { lock.withLock { connection } }

    /// The default location, from `ESS_DB`, then `XDG_DATA_HOME`, then `HOME`.
    /// What `defaultPath(environment:)` reads.
    public static let environmentVariables = ["ESS_DB", "XDG_DATA_HOME", "HOME"]

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
        do {
            connection = try DatabaseQueue(path: path, configuration: Self.configuration(readonly: !create))
            let queue = connection
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
            } else if try queue.read({ db in try Int.fetchOne(db, sql: "SELECT count(*) FROM imports") ?? 0 }) == 0 {
                // Left by an import that was killed before its commit: no directory yet.
                throw DirectoryError.noImport(path)
            }
        } catch let error as DirectoryError {
            throw error
        } catch let error as DatabaseError {
            throw DirectoryError.sqlite(path, code: error.resultCode.primaryResultCode.rawValue, message: error.message ?? "")
        } catch {
            throw DirectoryError.unreadable(path, "\(error)")
        }
    }
}

extension DirectoryDatabase {
    static func configuration(readonly: Bool) -> Configuration {
        _ = SQLiteProcessSettings.applied
        var configuration = Configuration()
        configuration.readonly = readonly
        // A reader waits for an import's commit instead of failing at once.
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // The page cache is large so a bulk load rarely spills to disk before its commit.
            try db.execute(sql: "PRAGMA cache_size = -262144; PRAGMA temp_store = MEMORY")
        }
        return configuration
    }

    /// Puts the finished directory at `newPath` in place of this one (a first import, written
    /// beside it): closes the connection, removes the old file's write-ahead log and index so that
    /// no frame of the old file is ever read into the new one, renames the new file over the old
    /// one (atomic: any opening sees one or the other) and opens it.
    func replaceFile(with newPath: String) throws {
        try lock.withLock {
            try connection.close()
            for suffix in ["-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: path + suffix) }
            guard rename(newPath, path) == 0 else {
                let reason = String(cString: strerror(errno))
                connection = try DatabaseQueue(path: path, configuration: Self.configuration(readonly: false))
                throw DirectoryError.unreadable(path, "cannot move the imported directory into place (\(reason))")
            }
            connection = try DatabaseQueue(path: path, configuration: Self.configuration(readonly: false))
        }
    }

    /// Whether an import has been committed into the directory (a browser may be reading it).
    func hasImport() throws -> Bool {
        try queue.read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM imports") ?? 0 } > 0
    }

    /// Removes a database file and SQLite's files beside it.
    static func removeFiles(_ path: String) {
        for suffix in ["", "-journal", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }
}

public enum DirectoryError: Error, Equatable, CustomStringConvertible {
    case missing(String)
    /// A database file that no import has filled (one was killed before its commit).
    case noImport(String)
    case notADirectory(String)
    case otherVersion(String, Int)
    case unreadable(String, String)
    /// SQLite refused the file: its primary result code and message, told in plain words.
    case sqlite(String, code: Int32, message: String)
    case query(String)
    /// A read stopped by ``DirectoryDatabase/interrupt()``.
    case interrupted

    public var description: String {
        switch self {
        case .missing(let path): "no directory at \(path) (import one with: ess import FILE.csv)"
        case .noImport(let path): "no directory at \(path): no import into it has finished (import one with: ess import FILE.csv)"
        case .notADirectory(let path): "\(path) is not an ess directory database"
        case .otherVersion(let path, let version):
            "\(path) was written by another version of ess (format \(version), this one reads \(DirectorySchema.version)); remove it and import the files again"
        case .unreadable(let path, let message): "\(path): \(message)"
        case .sqlite(let path, let code, let message): Self.explain(path, code: code, message: message)
        case .query(let message): "directory query failed: \(message)"
        case .interrupted: "directory read interrupted"
        }
    }

    /// What an SQLite result code means for the directory's file, and what to do about it: a
    /// person never reads "SQLite error 14".
    static func explain(_ path: String, code: Int32, message: String) -> String {
        var isFolder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &isFolder)
        let choose = "choose another file with --db PATH or ESS_DB"
        switch code {
        case 10 where isFolder.boolValue, 14 where isFolder.boolValue:
            return "cannot open the directory \(path): it is a folder, not a database file; \(choose)"
        case 14:
            return "cannot open the directory \(path): " + (exists ? "the file cannot be read (check its permissions)"
                : "its folder does not exist or cannot be read") + "; \(choose)"
        case 8:
            return "cannot write to the directory \(path): the file or its folder is read-only; check their permissions, or \(choose)"
        case 26:
            return "\(path) is not a database (another kind of file?); \(choose), or remove it and import again"
        case 11:
            return "the directory \(path) is damaged; remove it and import your files again"
        case 13:
            return "the disk holding \(path) is full; free some space and try again (nothing was changed)"
        case 5, 6:
            return "the directory \(path) is locked by another ess (an import?); try again when it has finished"
        case 3, 23:
            return "permission denied on the directory \(path); check its permissions, or \(choose)"
        case 10:
            return "the disk failed while reading \(path); check the disk, or \(choose)"
        default:
            return "cannot use the directory \(path) (database error \(code): \(message)); remove it and import again, or \(choose)"
        }
    }
}
