import ESSModel
import ESSReference
import GRDB

extension DirectoryDatabase {
    /// How many actors the filter covers, from the counts aggregated at import (no table scan).
    public func count(_ filter: ActorFilter = ActorFilter()) throws -> Int {
        try read { db in try Self.count(filter, db) }
    }

    static func count(_ filter: ActorFilter, _ db: Database) throws -> Int {
        if filter.communes != nil { return try ListQuery(filter, db).count(db) }
        let (condition, arguments) = filter.sql(table: "actor_counts")
        return try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM actor_counts WHERE 1" + condition,
                                arguments: StatementArguments(arguments)) ?? 0
    }

    /// Counts by a column (`region`, `departement`, `legal_family`, `naf_section`) within a filter.
    public func counts(by column: CountColumn, _ filter: ActorFilter = ActorFilter()) throws -> [String: Int] {
        let (condition, arguments) = filter.sql(table: "actor_counts")
        return try read { db in
            if filter.communes != nil {
                // A commune perimeter: its actors' groups tallied, then named by the column.
                let tally = try ListQuery(filter, db).groupCounts(db)
                var counts: [String: Int] = [:]
                let rows = try Row.fetchCursor(db, sql: "SELECT number, \(column.rawValue) FROM actor_counts WHERE \(column.rawValue) IS NOT NULL")
                while let row = try rows.next() {
                    if let n = tally[UInt32(row[0] as Int64)] { counts[row[1] as String, default: 0] += n }
                }
                return counts
            }
            let rows = try Row.fetchAll(db, sql: """
                SELECT \(column.rawValue) AS value, sum(count) AS n FROM actor_counts
                WHERE \(column.rawValue) IS NOT NULL\(condition) GROUP BY \(column.rawValue)
                """, arguments: StatementArguments(arguments))
            return Dictionary(uniqueKeysWithValues: rows.map { ($0["value"] as String, $0["n"] as Int) })
        }
    }

    public enum CountColumn: String, Sendable {
        case region, departement, arrondissement, legalFamily = "legal_family", nafSection = "naf_section"
    }

    /// One actor by key (the SIREN for the presets).
    public func actor(key: String) throws -> ImportedActor? {
        try read { db in try ImportedActor.fetchOne(db, sql: "SELECT * FROM actors WHERE key = ?", arguments: [key]) }
    }

    /// Actors whose name or acronym holds words starting with the query's words, ignoring case and
    /// accents: first the names that start with the whole query (in name order), then other
    /// matches, the closest to the start of the name first.
    ///
    /// The work is bounded whatever the query. The first step stops after `limit` rows. The second
    /// asks FTS5 only for the words of two letters or more (or the longest word): a one-letter
    /// prefix matches most of a million names, so such words are checked on the folded name
    /// instead; it reads at most ``searchCandidates`` matches.
    public func search(_ text: String, _ filter: ActorFilter = ActorFilter(), limit: Int = 50) throws -> [ImportedActor] {
        let folded = TextFolding.fold(text)
        let words = folded.split(separator: " ")
        guard !words.isEmpty, limit > 0 else { return [] }
        var (condition, arguments) = filter.sql()
        if let communes = filter.communes {
            let codes = CommuneTable.shared.codes(covering: communes)
            condition += " AND actors.commune_code IN (" + codes.map { _ in "?" }.joined(separator: ",") + ")"
            arguments += codes
        }
        return try read { db in
            let starting = try ListQuery.ranks(startingWith: folded, db)
            var results = starting.isEmpty
                ? [] : try ListQuery(filter, db).fetch(db, from: starting.lowerBound, to: starting.upperBound, limit: limit)
            guard results.count < limit else { return results }
            var seen = Set(results.map(\.rowID))
            let longest = words.max { $0.count < $1.count }!
            let indexed = words.filter { $0.count >= 2 }
            let asked = indexed.isEmpty ? [longest] : indexed
            let checked = words.filter { !asked.contains($0) }
            // Candidates are read lean (id, folded name, acronym); whole rows only for those kept.
            let statement = try db.cachedStatement(sql: """
                SELECT actors.id, actors.sort_name, actors.acronym FROM actors_fts JOIN actors ON actors.id = actors_fts.rowid
                WHERE actors_fts MATCH ?\(condition) LIMIT ?
                """)
            var candidates: [(id: Int64, sortName: String, position: Int)] = []
            func collect(_ match: String) throws {
                let cursor = try Row.fetchCursor(statement, arguments: [match] + StatementArguments(arguments) + [Self.searchCandidates])
                while let row = try cursor.next(), candidates.count < limit * 4 {
                    let id: Int64 = row[0]
                    guard seen.insert(id).inserted else { continue }
                    let sortName: String = row[1]
                    if !checked.isEmpty {
                        let acronym: String? = row[2]
                        let nameWords = sortName.split(separator: " ") + (acronym.map { TextFolding.fold($0).split(separator: " ") } ?? [])
                        guard checked.allSatisfy({ word in nameWords.contains { $0.hasPrefix(word) } }) else { continue }
                    }
                    candidates.append((id, sortName, Self.matchPosition(words, in: sortName)))
                }
            }
            // The words before the last are read as typed whole (an exact term streams from the
            // index; a prefix term is merged in full first, 9 ms for "saint*"), the last as a
            // prefix. Only when that finds too few are all the words read as prefixes ("coop agri",
            // or a word FTS5 tokenises differently from the folding, such as "œuvre").
            let last = words.last!
            try collect(asked.map { $0 == last ? try lastWordTerms(String($0), db) : "\"\($0)\"" }.joined(separator: " AND "))
            if candidates.count < limit - results.count {
                try collect(asked.map { "\"\($0)\"*" }.joined(separator: " AND "))
            }
            candidates.sort { ($0.position, $0.sortName.count, $0.sortName) < ($1.position, $1.sortName.count, $1.sortName) }
            let kept = candidates.prefix(limit - results.count).map(\.id)
            if !kept.isEmpty {
                let rows = try ImportedActor.fetchAll(db, sql: "SELECT * FROM actors WHERE id IN (\(kept.map { _ in "?" }.joined(separator: ",")))",
                                                      arguments: StatementArguments(kept))
                let byID = Dictionary(uniqueKeysWithValues: rows.map { ($0.rowID, $0) })
                results += kept.compactMap { byID[$0] }
            }
            return results
        }
    }

    /// The last word of a query as FTS5 reads it: the words of the directory it starts, as an OR
    /// of whole terms (each streams from the index; a prefix term of three letters or more is
    /// merged in full first, 9 ms for "saint*" over a million names), or the prefix itself when it
    /// starts more than 32 words or has two letters (served by the 2-letter prefix index).
    private func lastWordTerms(_ word: String, _ db: Database) throws -> String {
        guard word.count > 2 else { return "\"\(word)\"*" }
        let terms = try String.fetchAll(db, sql: "SELECT word FROM name_words WHERE word >= ? AND word < ? LIMIT 33",
                                        arguments: [word, word + "\u{10FFFF}"])
        guard !terms.isEmpty, terms.count <= 32 else { return "\"\(word)\"*" }
        return "(" + terms.map { "\"\($0)\"" }.joined(separator: " OR ") + ")"
    }

    /// The most FTS matches one search reads.
    public static let searchCandidates = 2000

    /// The words of the database's imports: file, preset, rows, date.
    public func imports() throws -> [(source: String, preset: String, rows: Int, date: String)] {
        try read { db in
            try Row.fetchAll(db, sql: "SELECT * FROM imports ORDER BY imported_at").map {
                ($0["source"], $0["preset"], $0["rows"], $0["imported_at"])
            }
        }
    }

    // MARK: - Helpers

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
