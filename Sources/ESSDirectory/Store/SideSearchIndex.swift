import Foundation
import GRDB
import GRDBSQLite

/// The search index of a first import, built on a thread and an in-memory database of its own
/// while the writer inserts the actors, then copied into the directory's FTS5 tables (a few
/// thousand rows). Inserting each name into FTS5 on the writing thread was 2.4 s of the
/// writer's 5.8 s for a million actors, and the writer is the thread the import waits for
/// (docs/performance.md). FTS5 keeps an index in three plain tables (`_data`, `_idx`,
/// `_config`), so an index built elsewhere under the same declaration is the same index.
///
/// Only for a directory file no connection has used FTS5 on yet (a first import into a new
/// file): a connection that has read the index may keep its structure cached.
final class SideSearchIndex: @unchecked Sendable {
    private var connection: OpaquePointer?
    private var insert: OpaquePointer?
    private let condition = NSCondition()
    /// Numbered batches waiting to be indexed, in order.
    private var waiting: [EncodedActors] = []
    private var ended = false
    private var cancelled = false
    private var running = true
    private var failure: DatabaseError?

    private static let maxWaiting = 8

    init() throws {
        _ = SQLiteProcessSettings.applied
        guard sqlite3_open_v2(":memory:", &connection, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE | SQLITE_OPEN_NOMUTEX, nil) == SQLITE_OK else {
            defer { sqlite3_close(connection) }
            throw Self.error(connection, code: SQLITE_CANTOPEN)
        }
        do {
            try execute(DirectorySchema.searchIndexTable + "; BEGIN")
            guard sqlite3_prepare_v2(connection, "INSERT INTO actors_fts(rowid, name, acronym) VALUES (?, ?, ?)", -1, &insert, nil) == SQLITE_OK else {
                throw Self.error(connection, code: sqlite3_errcode(connection))
            }
        } catch {
            sqlite3_finalize(insert)
            sqlite3_close(connection)
            throw error
        }
        let thread = Thread { [self] in self.run() }
        thread.stackSize = 1 << 20
        thread.start()
    }

    deinit {
        sqlite3_finalize(insert)
        sqlite3_close(connection)
    }

    /// Queues a numbered batch, waiting while the indexing thread is too far behind.
    func add(_ actors: EncodedActors) {
        condition.lock()
        defer { condition.unlock() }
        while waiting.count >= Self.maxWaiting && !cancelled && running { condition.wait() }
        guard !cancelled && running else { return }
        waiting.append(actors)
        condition.broadcast()
    }

    /// Waits for every queued batch to be indexed, then replaces the search index of `db` with it.
    func finish(into db: Database) throws {
        condition.lock()
        ended = true
        condition.broadcast()
        while running { condition.wait() }
        let failure = failure
        condition.unlock()
        if let failure { throw failure }
        try execute("COMMIT")
        try db.execute(sql: "DELETE FROM actors_fts_data; DELETE FROM actors_fts_idx")
        for (table, verb) in [("actors_fts_data", "INSERT"), ("actors_fts_idx", "INSERT"), ("actors_fts_config", "INSERT OR REPLACE")] {
            try copy(table, verb: verb, into: db)
        }
    }

    /// Stops the indexing thread (the import failed or was interrupted).
    func cancel() {
        condition.lock()
        cancelled = true
        waiting.removeAll()
        condition.broadcast()
        while running { condition.wait() }
        condition.unlock()
    }

    private func run() {
        while true {
            condition.lock()
            while waiting.isEmpty && !ended && !cancelled { condition.wait() }
            guard !cancelled, !waiting.isEmpty else {
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
            let actors = waiting.removeFirst()
            condition.broadcast()
            condition.unlock()
            do {
                for index in 0..<actors.count { try actors.index(index, into: insert!, connection: connection) }
            } catch {
                condition.lock()
                failure = error as? DatabaseError ?? DatabaseError(message: "\(error)")
                running = false
                condition.broadcast()
                condition.unlock()
                return
            }
        }
    }

    /// Copies every row of `table` from the side database into the same table of `db`.
    private func copy(_ table: String, verb: String, into db: Database) throws {
        var select: OpaquePointer?
        defer { sqlite3_finalize(select) }
        guard sqlite3_prepare_v2(connection, "SELECT * FROM \(table)", -1, &select, nil) == SQLITE_OK, let select else {
            throw Self.error(connection, code: sqlite3_errcode(connection))
        }
        let columns = sqlite3_column_count(select)
        let statement = try db.makeStatement(sql: "\(verb) INTO \(table) VALUES (\((0..<columns).map { _ in "?" }.joined(separator: ", ")))")
        let handle = statement.sqliteStatement
        while true {
            let code = sqlite3_step(select)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else { throw Self.error(connection, code: code) }
            sqlite3_reset(handle)
            for column in 0..<columns { sqlite3_bind_value(handle, column + 1, sqlite3_column_value(select, column)) }
            try SQLiteStep.run(handle, db.sqliteConnection)
        }
    }

    private func execute(_ sql: String) throws {
        let code = sqlite3_exec(connection, sql, nil, nil, nil)
        guard code == SQLITE_OK else { throw Self.error(connection, code: code) }
    }

    private static func error(_ connection: OpaquePointer?, code: Int32) -> DatabaseError {
        DatabaseError(resultCode: ResultCode(rawValue: code), message: connection.map { String(cString: sqlite3_errmsg($0)) } ?? "out of memory")
    }
}
