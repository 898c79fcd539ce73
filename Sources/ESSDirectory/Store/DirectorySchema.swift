import GRDB

/// The tables of a directory database. Actors are keyed by `key` (the SIREN for the presets); the
/// FTS5 index over names and acronyms reads them as external content (names stored once) and folds
/// accents (`remove_diacritics 2`). It keeps no positions (`detail=none`: the search is an AND of
/// word prefixes, which needs none), no column sizes (`columnsize=0`: nothing ranks by BM25) and
/// one prefix index, of two letters, so that a two-letter prefix is one doclist instead of a merge
/// of every word it starts (it builds in half the time of the default and keeps two-letter
/// keystrokes within budget: docs/performance.md).
/// `actor_counts` holds the counts filters show, one row per group of actors (see ``NameOrder``);
/// the name order is packed in two tables of ranks (see ``OrderBlocks``), not indexes.
/// Keys are found through `actor_keys`, sorted and packed (see ``KeyBlocks``); the unique index
/// on `key` exists only once a re-import has upserted through it.
/// The packed tables (`actor_keys`, the order's runs) are rowid tables with their key indexed:
/// in a `WITHOUT ROWID` table a row of 3–5 KB keeps under 1 KB in its page and spills the rest
/// into two overflow pages, the second nearly empty (a third of the file for a million
/// actors), where a rowid table fills its overflow page.
/// `commune_counts` holds the actors per commune (null for actors placed no finer than a
/// département), one row per commune with its counts by group and NAF division packed (see
/// ``CommuneCountEntries``), for maps: written once per import with the name order (see
/// ``NameOrder``), so a map's frame never counts rows.
enum DirectorySchema {
    /// Bumped whenever the tables change; a database of another version is refused, not half-read.
    static let version = 8

    /// The search index over names and acronyms (also built apart by ``SideSearchIndex``).
    static let searchIndexTable = """
        CREATE VIRTUAL TABLE IF NOT EXISTS actors_fts USING fts5(
            name, acronym, content='actors', content_rowid='id',
            tokenize='unicode61 remove_diacritics 2', detail=none, columnsize=0, prefix='2'
        )
        """

    static let tables = """
        CREATE TABLE IF NOT EXISTS actors (
            id INTEGER PRIMARY KEY,
            key TEXT NOT NULL,
            siren TEXT,
            name TEXT NOT NULL,
            sort_name TEXT NOT NULL,
            acronym TEXT,
            legal_family TEXT,
            legal_category TEXT,
            naf TEXT,
            naf_section TEXT,
            headcount TEXT,
            created TEXT,
            active INTEGER,
            postcode TEXT,
            commune TEXT,
            departement TEXT,
            region TEXT,
            former_region TEXT,
            source TEXT NOT NULL,
            commune_code TEXT,
            arrondissement TEXT,
            place_guessed INTEGER NOT NULL DEFAULT 0
        );
        \(searchIndexTable);
        CREATE TABLE IF NOT EXISTS actor_counts (
            number INTEGER PRIMARY KEY, region TEXT, former_region TEXT, departement TEXT, arrondissement TEXT,
            legal_family TEXT, naf_section TEXT, count INTEGER NOT NULL
        );
        CREATE TABLE IF NOT EXISTS commune_counts (commune TEXT, counts BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS imports (
            source TEXT PRIMARY KEY, preset TEXT NOT NULL, rows INTEGER NOT NULL, imported_at TEXT NOT NULL
        );
        CREATE TABLE IF NOT EXISTS actor_keys (first_key TEXT PRIMARY KEY, keys BLOB NOT NULL, ids BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS name_words (word TEXT PRIMARY KEY) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS actor_order (block INTEGER PRIMARY KEY, ids BLOB NOT NULL, groups BLOB NOT NULL);
        CREATE TABLE IF NOT EXISTS actor_order_departement (
            departement TEXT NOT NULL, first_rank INTEGER NOT NULL, ranks BLOB NOT NULL, ids BLOB NOT NULL, groups BLOB NOT NULL,
            PRIMARY KEY (departement, first_rank)
        );
        CREATE TABLE IF NOT EXISTS actor_order_commune (
            commune TEXT NOT NULL, first_rank INTEGER NOT NULL, ranks BLOB NOT NULL, ids BLOB NOT NULL, groups BLOB NOT NULL,
            PRIMARY KEY (commune, first_rank)
        );
        """

    /// The key index, which a re-import upserts through (`ON CONFLICT(key)`) and head offices are
    /// matched by; a first import without head offices packs its keys instead (``KeyBlocks``).
    static let keyIndex = "CREATE UNIQUE INDEX IF NOT EXISTS actors_by_key ON actors(key)"

    /// The search's word list, read from the FTS index's own terms once it is built: a scan of its
    /// terms instead of splitting every name while loading, a fraction of the cost (docs/performance.md).
    static let rebuildWords = """
        CREATE VIRTUAL TABLE IF NOT EXISTS temp.actors_terms USING fts5vocab(main, actors_fts, 'row');
        DELETE FROM name_words;
        INSERT INTO name_words SELECT term FROM temp.actors_terms;
        """

    /// Keeps the last record of each key (a file that repeats a key replaces it, as a re-import does).
    static let keepLastOfEachKey = "DELETE FROM actors WHERE id NOT IN (SELECT max(id) FROM actors GROUP BY key)"

    static let insert = insert(rows: 1)

    /// The parameters of one actor in ``insert`` and ``upsert``.
    static let insertParameters = 22

    /// The insert of `rows` actors in one statement, the parameters of row `r` numbered from
    /// `r * insertParameters + 1` in the order of ``insert``: a statement's own cost (its cursor
    /// opened, the table's tree descended from the root, reset and halt) paid once for all of
    /// them instead of once an actor.
    static func insert(rows: Int) -> String {
        let values = (0..<rows).map { row in
            "(" + (1...insertParameters).map { "?\(row * insertParameters + $0)" }.joined(separator: ", ") + ")"
        }
        return """
            INSERT INTO actors (key, siren, name, sort_name, acronym, legal_family, legal_category, naf, naf_section,
                                headcount, created, active, postcode, commune, departement, region, former_region, source, id,
                                commune_code, arrondissement, place_guessed)
            VALUES \(values.joined(separator: ",\n       "))
            """
    }

    static let upsert = """
        INSERT INTO actors (key, siren, name, sort_name, acronym, legal_family, legal_category, naf, naf_section,
                            headcount, created, active, postcode, commune, departement, region, former_region, source, id,
                            commune_code, arrondissement, place_guessed)
        VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19, ?20, ?21, ?22)
        ON CONFLICT(key) DO UPDATE SET siren = ?2, name = ?3, sort_name = ?4, acronym = ?5, legal_family = ?6,
            legal_category = ?7, naf = ?8, naf_section = ?9, headcount = ?10, created = ?11, active = ?12,
            postcode = ?13, commune = ?14, departement = ?15, region = ?16, former_region = ?17, source = ?18,
            commune_code = ?20, arrondissement = ?21, place_guessed = ?22
        """

    static func create(_ db: Database) throws {
        try db.execute(sql: tables)
        try db.execute(sql: "PRAGMA user_version = \(version)")
    }
}
