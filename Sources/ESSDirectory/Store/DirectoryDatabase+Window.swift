import GRDB

extension DirectoryDatabase {
    /// A window of the list in name order: `limit` actors from position `offset`.
    public func page(_ filter: ActorFilter = ActorFilter(), offset: Int, limit: Int) throws -> [ImportedActor] {
        try read { db in
            let list = try ListQuery(filter, db)
            // The unfiltered list starts at its rank; a filtered one skips `offset` matches, from
            // whichever end is nearer.
            if list.isWholeOrder { return try list.fetch(db, from: Int64(offset), limit: limit) }
            let total = try Self.count(filter, db)
            guard offset > total / 2, offset < total else { return try list.fetch(db, skip: offset, limit: limit) }
            let end = min(offset + limit, total)
            return try list.fetch(db, descending: true, skip: total - end, limit: end - offset)
        }
    }

    /// The `limit` actors after `cursor` in name order: scrolling without counting from the start.
    public func page(_ filter: ActorFilter = ActorFilter(), after cursor: ActorCursor, limit: Int) throws -> [ImportedActor] {
        try read { db in try ListQuery(filter, db).fetch(db, from: cursor.rank + 1, limit: limit) }
    }

    /// The `limit` actors just before `cursor` in name order, returned in name order: paging up
    /// from a position reached by a jump, without OFFSET.
    public func page(_ filter: ActorFilter = ActorFilter(), before cursor: ActorCursor, limit: Int) throws -> [ImportedActor] {
        try read { db in
            try ListQuery(filter, db).fetch(db, to: cursor.rank, descending: true, limit: limit)
        }
    }
}

extension DirectoryDatabase {
    /// Caps SQLite's page cache for this connection. Every opening gets the import's large cache; a
    /// long-lived reader such as the browser would otherwise keep whatever a deep read touched.
    public func limitPageCache(megabytes: Int) throws {
        try queue.inDatabase { db in try db.execute(sql: "PRAGMA cache_size = -\(megabytes * 1024)") }
    }
}
