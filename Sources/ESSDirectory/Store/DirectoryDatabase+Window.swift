import GRDB

extension DirectoryDatabase {
    /// The `limit` actors just before `cursor` in name order, returned in name order: paging up
    /// from a position reached by a jump, without OFFSET.
    public func page(_ filter: ActorFilter = ActorFilter(), before cursor: ActorCursor, limit: Int) throws -> [ImportedActor] {
        let (condition, arguments) = filter.sql()
        let hint = filter.departement != nil ? "INDEXED BY actors_by_departement"
            : filter.region != nil ? "INDEXED BY actors_by_region" : "INDEXED BY actors_by_name"
        return try read { db in
            try ImportedActor.fetchAll(db, sql: """
                SELECT * FROM actors \(hint) WHERE (sort_name, id) < (?, ?)\(condition)
                ORDER BY sort_name DESC, id DESC LIMIT ?
                """, arguments: [cursor.sortName, cursor.rowID] + StatementArguments(arguments) + [limit]).reversed()
        }
    }
}

extension DirectoryDatabase {
    /// Caps SQLite's page cache for this connection. Every opening gets the import's 256 MB; a
    /// long-lived reader such as the browser would otherwise keep whatever a deep read touched
    /// (an OFFSET read a million rows down filled 350 MB).
    public func limitPageCache(megabytes: Int) throws {
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(megabytes * 1024)") }
    }
}
