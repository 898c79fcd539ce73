import ESSModel
import GRDB

extension DirectoryDatabase {
    /// How many actors the filter covers, from the counts aggregated at import (no table scan).
    public func count(_ filter: ActorFilter = ActorFilter()) throws -> Int {
        let (condition, arguments) = filter.sql(table: "actor_counts")
        return try read { db in
            try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM actor_counts WHERE 1" + condition,
                             arguments: StatementArguments(arguments)) ?? 0
        }
    }

    /// Counts by a column (`region`, `departement`, `legal_family`, `naf_section`) within a filter.
    public func counts(by column: CountColumn, _ filter: ActorFilter = ActorFilter()) throws -> [String: Int] {
        let (condition, arguments) = filter.sql(table: "actor_counts")
        return try read { db in
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(column.rawValue) AS value, sum(count) AS n FROM actor_counts
                WHERE \(column.rawValue) IS NOT NULL\(condition) GROUP BY \(column.rawValue)
                """, arguments: StatementArguments(arguments))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["value"] as String, $0["n"] as Int) })
        }
    }

    public enum CountColumn: String, Sendable {
        case region, departement, legalFamily = "legal_family", nafSection = "naf_section"
    }

    /// A window of the list in name order: `limit` actors from position `offset`.
    public func page(_ filter: ActorFilter = ActorFilter(), offset: Int, limit: Int) throws -> [ImportedActor] {
        let (condition, arguments) = filter.sql()
        return try read { db in
            try ImportedActor.fetchAll(db, sql: """
                SELECT * FROM actors \(indexHint(filter)) WHERE 1\(condition) ORDER BY sort_name, id LIMIT ? OFFSET ?
                """, arguments: StatementArguments(arguments) + [limit, offset])
        }
    }

    /// The `limit` actors after `cursor` in name order: scrolling without counting from the start.
    public func page(_ filter: ActorFilter = ActorFilter(), after cursor: ActorCursor, limit: Int) throws -> [ImportedActor] {
        let (condition, arguments) = filter.sql()
        return try read { db in
            try ImportedActor.fetchAll(db, sql: """
                SELECT * FROM actors \(indexHint(filter)) WHERE (sort_name, id) > (?, ?)\(condition) ORDER BY sort_name, id LIMIT ?
                """, arguments: [cursor.sortName, cursor.rowID] + StatementArguments(arguments) + [limit])
        }
    }

    /// One actor by key (the SIREN for the presets).
    public func actor(key: String) throws -> ImportedActor? {
        try read { db in try ImportedActor.fetchOne(db, sql: "SELECT * FROM actors WHERE key = ?", arguments: [key]) }
    }

    /// Actors whose name or acronym holds words starting with the query's words, ignoring case and
    /// accents: first the names that start with the whole query (in name order), then other
    /// matches, the closest to the start of the name first. Bounded work whatever the query: both
    /// steps stop after `limit` rows (the second looks at `limit × 4` matches to rank them).
    public func search(_ text: String, _ filter: ActorFilter = ActorFilter(), limit: Int = 50) throws -> [ImportedActor] {
        let folded = TextFolding.fold(text)
        let words = folded.split(separator: " ")
        guard !words.isEmpty, limit > 0 else { return [] }
        let (condition, arguments) = filter.sql()
        return try read { db in
            var results = try ImportedActor.fetchAll(db, sql: """
                SELECT * FROM actors INDEXED BY actors_by_name WHERE sort_name >= ? AND sort_name < ?\(condition)
                ORDER BY sort_name, id LIMIT ?
                """, arguments: [folded, folded + "\u{10FFFF}"] + StatementArguments(arguments) + [limit])
            guard results.count < limit else { return results }
            let seen = Set(results.map(\.rowID))
            let match = words.map { "\"\($0)\"*" }.joined(separator: " ")
            let more = try ImportedActor.fetchAll(db, sql: """
                SELECT actors.* FROM actors_fts JOIN actors ON actors.id = actors_fts.rowid
                WHERE actors_fts MATCH ?\(condition) LIMIT ?
                """, arguments: [match] + StatementArguments(arguments) + [limit * 4])
            let ranked = more.filter { !seen.contains($0.rowID) }
                .map { actor in (actor, Self.matchPosition(words, in: actor.sortName)) }
                .sorted { ($0.1, $0.0.sortName.count, $0.0.sortName) < ($1.1, $1.0.sortName.count, $1.0.sortName) }
            results += ranked.prefix(limit - results.count).map(\.0)
            return results
        }
    }

    /// The words of the database's imports: file, preset, rows, date.
    public func imports() throws -> [(source: String, preset: String, rows: Int, date: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM imports ORDER BY imported_at").map {
                ($0["source"], $0["preset"], $0["rows"], $0["imported_at"])
            }
        }
    }

    // MARK: - Helpers

    /// The index that serves a filtered, name-ordered list.
    private func indexHint(_ filter: ActorFilter) -> String {
        if filter.departement != nil { return "INDEXED BY actors_by_departement" }
        if filter.region != nil { return "INDEXED BY actors_by_region" }
        return "INDEXED BY actors_by_name"
    }

    /// Where the first query word starts a word of the name (characters from the start), so
    /// matches early in the name rank first.
    private static func matchPosition(_ words: [Substring], in sortName: String) -> Int {
        guard let first = words.first else { return 0 }
        var position = 0
        for word in sortName.split(separator: " ") {
            if word.hasPrefix(first) { return position }
            position += word.count + 1
        }
        return position
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do { return try queue.read(body) } catch { throw DirectoryError.query("\(error)") }
    }
}
