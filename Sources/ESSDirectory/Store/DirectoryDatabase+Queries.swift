import ESSModel
import ESSReference
import GRDB

extension DirectoryDatabase {
    /// How many actors the filter covers, from the counts aggregated at import (no table scan).
    public func count(_ filter: ActorFilter = ActorFilter()) throws -> Int {
        try read { db in try Self.count(filter, db) }
    }

    static func count(_ filter: ActorFilter, _ db: Database) throws -> Int {
        if filter.checksRows {
            let (condition, arguments) = filter.rowSQL()
            return try Int.fetchOne(db, sql: "SELECT count(*) FROM actors WHERE 1" + condition, arguments: StatementArguments(arguments)) ?? 0
        }
        if filter.communes != nil { return try ListQuery(filter, db).count(db) }
        let (condition, arguments) = filter.sql(table: "actor_counts")
        return try Int.fetchOne(db, sql: "SELECT coalesce(sum(count), 0) FROM actor_counts WHERE 1" + condition,
                                arguments: StatementArguments(arguments)) ?? 0
    }

    /// Counts by a column (`region`, `departement`, `arrondissement`, `legal_family`,
    /// `naf_section`, NAF division) within a filter: from the counts aggregated at import, or, for
    /// a NAF division or a filter that checks rows, from one scan of the actors.
    public func counts(by column: CountColumn, _ filter: ActorFilter = ActorFilter()) throws -> [String: Int] {
        if column == .nafDivision || filter.checksRows {
            let (condition, arguments) = filter.rowSQL()
            return try read { db in
                let rows = try Row.fetchAll(db, sql: """
                    SELECT \(column.rowExpression) AS value, count(*) AS n FROM actors
                    WHERE \(column.rowExpression) IS NOT NULL\(condition) GROUP BY value
                    """, arguments: StatementArguments(arguments))
                return Dictionary(uniqueKeysWithValues: rows.map { ($0["value"] as String, $0["n"] as Int) })
            }
        }
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
        case region, departement, arrondissement, legalFamily = "legal_family", nafSection = "naf_section", nafDivision = "naf_division"

        /// The column, or the expression, on `actors`.
        var rowExpression: String { self == .nafDivision ? "substr(actors.naf, 1, 2)" : "actors.\(rawValue)" }
    }

    /// One actor by key (the SIREN for the presets), found in the packed keys.
    public func actor(key: String) throws -> ImportedActor? {
        try read { db in
            guard let id = try KeyBlocks.id(of: key, in: db) else { return nil }
            return try ImportedActor.fetchOne(db, sql: "SELECT * FROM actors WHERE id = ?", arguments: [id])
        }
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
        guard let terms = SearchTerms(text), limit > 0 else { return [] }
        let (folded, words, asked) = (terms.folded, terms.words, terms.asked)
        let (condition, arguments) = filter.rowSQL()
        return try read { db in
            let starting = try ListQuery.ranks(startingWith: folded, db)
            var results = starting.isEmpty
                ? [] : try ListQuery(filter, db).fetch(db, from: starting.lowerBound, to: starting.upperBound, limit: limit)
            guard results.count < limit else { return results }
            var seen = Set(results.map(\.rowID))
            let statement = try db.cachedStatement(sql: SearchTerms.candidateSQL(condition))
            var candidates: [(id: Int64, sortName: String, position: Int)] = []
            func collect(_ match: String) throws {
                let cursor = try Row.fetchCursor(statement, arguments: [match] + StatementArguments(arguments) + [Self.searchCandidates])
                while let row = try cursor.next(), candidates.count < limit * 4 {
                    let id: Int64 = row[0]
                    guard seen.insert(id).inserted else { continue }
                    let sortName: String = row[1]
                    guard terms.checkedWordsMatch(sortName: sortName, acronym: row[2]) else { continue }
                    candidates.append((id, sortName, Self.matchPosition(words, in: sortName)))
                }
            }
            // The words before the last are read as typed whole (an exact term streams from the
            // index; a prefix term is merged in full first, too slow for a keystroke), the last as a
            // prefix. Only when that finds too few are all the words read as prefixes ("coop agri",
            // or a word FTS5 tokenises differently from the folding, such as "œuvre").
            let last = words.last!
            try collect(asked.map { $0 == last ? try lastWordTerms(String($0), db) : "\"\($0)\"" }.joined(separator: " AND "))
            if candidates.count < limit - results.count {
                try collect(terms.allPrefixes)
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

    /// How many actors ``search(_:_:limit:)`` could return with no limit: the names that start
    /// with the query and the names whose words start with its words, by the same rule and the
    /// same SQL, counted up to `bound`.
    ///
    /// The count stops at `bound + 1` (the caller shows "over `bound`"), and after reading
    /// ``searchCountReads`` index matches whose names the short words then reject, when it is
    /// only a lower bound (`isExact` false).
    public func searchCount(_ text: String, _ filter: ActorFilter = ActorFilter(), bound: Int) throws -> SearchCount {
        guard let terms = SearchTerms(text), bound > 0 else { return SearchCount(count: 0, isExact: true) }
        let (condition, arguments) = filter.rowSQL()
        return try read { db in
            let starting = try ListQuery.ranks(startingWith: terms.folded, db)
            var seen = Set(starting.isEmpty ? [] : try ListQuery(filter, db).ids(db, from: starting.lowerBound, to: starting.upperBound, limit: bound + 1))
            guard seen.count <= bound else { return SearchCount(count: seen.count, isExact: true) }
            let statement = try db.cachedStatement(sql: SearchTerms.candidateSQL(condition))
            let cursor = try Row.fetchCursor(statement, arguments: [terms.allPrefixes] + StatementArguments(arguments) + [Self.searchCountReads])
            var read = 0
            while let row = try cursor.next(), seen.count <= bound {
                read += 1
                guard terms.checkedWordsMatch(sortName: row[1], acronym: row[2]) else { continue }
                seen.insert(row[0])
            }
            return SearchCount(count: seen.count, isExact: read < Self.searchCountReads || seen.count > bound)
        }
    }

    /// The most index matches one count reads.
    public static let searchCountReads = 200_000

    /// The last word of a query as FTS5 reads it: the words of the directory it starts, as an OR
    /// of whole terms (each streams from the index; a prefix term of three letters or more is
    /// merged in full first, docs/performance.md), or the prefix itself when it
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

    /// A read in its own transaction: it sees the directory as of its last commit, even while
    /// an import writes (WAL). SQLite's errors become sentences naming the file.
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        do {
            return try queue.read(body)
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT {
            throw DirectoryError.interrupted
        } catch let error as DirectoryError {
            throw error
        } catch let error as DatabaseError {
            throw DirectoryError.sqlite(path, code: error.resultCode.primaryResultCode.rawValue, message: error.message ?? "")
        } catch {
            throw DirectoryError.query("\(error)")
        }
    }

    /// Stops the read running on another thread as soon as it can: it throws
    /// ``DirectoryError/interrupted``. Safe to call from any thread, at any time.
    public func interrupt() {
        queue.interrupt()
    }

    /// A number that changes whenever another connection commits to the directory (an import):
    /// SQLite's `PRAGMA data_version`, for this database's connection.
    public func dataVersion() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "PRAGMA data_version") ?? 0 }
    }
}
