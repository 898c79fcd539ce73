import CSQLiteSettings

/// SQLite's process-wide settings, made once before the first connection opens (every opening
/// of the directory goes through ``DirectoryDatabase/configuration(readonly:)``, the side index
/// through its own initialiser). In a process that used SQLite before, they change nothing.
enum SQLiteProcessSettings {
    static let applied: Bool = {
        // Each connection is used by one thread at a time: GRDB serialises access to its own,
        // the side index's has its thread. A connection's mutex was taken and released by every
        // bind, step and reset, some fifty times a row in an import.
        let threading = ess_sqlite3_config_multithread()
        // Memory statistics take one mutex for the whole process at every allocation and free:
        // the writer and the side index's thread took turns at it (docs/performance.md).
        let statistics = ess_sqlite3_config_memstatus(0)
        return threading == SQLITE_OK && statistics == SQLITE_OK
    }()
}
