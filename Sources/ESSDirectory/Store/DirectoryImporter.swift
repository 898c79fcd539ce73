import ESSModel
import Foundation
import GRDB
import GRDBSQLite

/// How to read a file into the directory.
public struct ImportOptions: Sendable {
    public var preset: ImportPreset
    public var map: [String: ActorField]
    /// Keep SIRENE units not flagged ESS.
    public var keepAll: Bool
    /// Stop at the first bad record, importing nothing.
    public var strict: Bool
    /// INSEE's establishment file (StockEtablissement), read for each unit's head office.
    public var establishments: URL?

    public init(preset: ImportPreset = .essFrance, map: [String: ActorField] = [:], keepAll: Bool = false,
                strict: Bool = false, establishments: URL? = nil) {
        self.preset = preset
        self.map = map
        self.keepAll = keepAll
        self.strict = strict
        self.establishments = establishments
    }
}

/// Imports a CSV file into a directory database in one transaction: whatever stops it (an error,
/// `--strict` and a bad record, the progress callback asking to stop, a full disk, the process
/// killed) leaves the directory as it was before.
public struct DirectoryImporter {
    public let database: DirectoryDatabase
    public let places: PlaceIndex
    /// Called every `progressInterval` records; returning false interrupts the import.
    public var progress: (ImportProgress) -> Bool = { _ in true }
    public var progressInterval = 8192

    public init(database: DirectoryDatabase, places: PlaceIndex) {
        self.database = database
        self.places = places
    }

    public func importFile(_ url: URL, options: ImportOptions) throws(ImportError) -> ImportReport {
        let start = ContinuousClock.now
        var report = ImportReport()
        var phases: [(name: String, seconds: Double)] = []
        // Browsers open on the directory watch for it (see ImportMarker).
        ImportMarker.write(for: database.path)
        defer { ImportMarker.remove(for: database.path) }
        do {
            if try database.hasImport() {
                try importInPlace(url, options: options, report: &report, phases: &phases)
            } else {
                try importIntoNewFile(url, options: options, report: &report, phases: &phases)
            }
        } catch let error as ImportError {
            throw error
        } catch let error as DatabaseError {
            throw .database(DirectoryError.explain(database.path, code: error.resultCode.primaryResultCode.rawValue,
                                                   message: error.message ?? ""))
        } catch {
            throw .database("\(error)")
        }
        report.phases = phases
        let elapsed = ContinuousClock.now - start
        report.seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        return report
    }

    /// Into a directory that has actors (a browser may be reading it): one transaction through
    /// the write-ahead log, which readers never see until it commits.
    private func importInPlace(_ url: URL, options: ImportOptions, report: inout ImportReport,
                               phases: inout [(name: String, seconds: Double)]) throws {
        try database.queue.writeWithoutTransaction { db in
            let seconds = try commit(db) { try write(url, options: options, into: db, newFile: nil, report: &report, phases: &phases) }
            phases.append(("commit", seconds))
        }
        // The log holds the whole import until copied into the file: copied now, and emptied,
        // unless a reader still needs its frames (then SQLite finishes it later).
        phase("checkpoint", &phases) {
            try? database.queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
        }
    }

    /// Into a directory no import has filled yet, which nobody can be reading: a new file beside
    /// it (`directory.sqlite.new`), written without a log on disk (its rollback journal in memory
    /// holds only the empty tables' pages), then renamed over the directory. Each page is written
    /// once instead of twice (to the log, then copied into the file), and whatever stops the
    /// import, a kill included, leaves the directory as it was: the new file is never in its place
    /// until complete, and a later import removes one left behind.
    private func importIntoNewFile(_ url: URL, options: ImportOptions, report: inout ImportReport,
                                   phases: inout [(name: String, seconds: Double)]) throws {
        let newPath = database.path + ".new"
        DirectoryDatabase.removeFiles(newPath)
        var placed = false
        defer { if !placed { DirectoryDatabase.removeFiles(newPath) } }
        let queue = try DatabaseQueue(path: newPath, configuration: DirectoryDatabase.configuration(readonly: false))
        try queue.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA journal_mode = MEMORY")
            try DirectorySchema.create(db)
            let seconds = try commit(db) { try write(url, options: options, into: db, newFile: newPath, report: &report, phases: &phases) }
            phases.append(("commit", seconds))
        }
        try phase("file in place", &phases) {
            // Readers of the directory use the write-ahead log, as every later import into it.
            try queue.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA journal_mode = WAL") }
            try queue.close()
            try database.replaceFile(with: newPath)
        }
        placed = true
        DirectoryDatabase.removeFiles(newPath)
    }

    /// Reads the file into the open transaction: actors, keys, head offices, search index,
    /// name order and counts, the import's row. `newFile`: the path of `db` when it is a new
    /// file, whose search index no connection has read (see ``SideSearchIndex``).
    private func write(_ url: URL, options: ImportOptions, into db: Database, newFile: String?, report: inout ImportReport,
                       phases: inout [(name: String, seconds: Double)]) throws {
        let source = url.lastPathComponent
        let before = try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0
        // Into an empty directory: rows numbered here, no key index while loading, keys,
        // counts and name order kept on the way (the order unless head offices move actors after).
        let fresh = before == 0
        let placedLater = options.establishments != nil
        if fresh {
            try db.execute(sql: "DROP INDEX IF EXISTS actors_by_key")
        } else {
            // Upserts find the rows they replace through it (a directory made by a first import has none).
            try phase("key index", &phases) { try db.execute(sql: DirectorySchema.keyIndex) }
        }
        var pipeline: RecordPipeline?
        defer { pipeline?.cancel() }
        try phase("reading", &phases) {
            pipeline = try load(url, source: source, options: options, fresh: fresh, keepsOrder: fresh && !placedLater,
                                indexesApart: fresh && newFile != nil, into: db, report: &report)
        }
        _ = progress(ImportProgress(bytesRead: 0, totalBytes: 0, records: report.records, phase: "indexing"))
        // The search's words first: a fresh import's index is complete, and SQLite reads them while
        // the keys and the name order are sorted on other threads.
        if fresh { try phase("search words", &phases) { try db.execute(sql: DirectorySchema.rebuildWords) } }
        var keysRepeated = false
        try phase("keys", &phases) {
            let keys: KeyBlocks.Packed
            if fresh, let sorted = pipeline?.sortedKeys() {
                keys = sorted.packed
                keysRepeated = sorted.repeated
                // The last record of each key is kept, as a re-import would replace it.
                if keysRepeated { try db.execute(sql: DirectorySchema.keepLastOfEachKey) }
            } else {
                var list = try KeyBlocks.List.read(from: db)
                keys = list.packed().packed
            }
            try keys.write(to: db)
            // Head offices are matched to their units by key.
            if fresh && placedLater { try db.execute(sql: DirectorySchema.keyIndex) }
        }
        if let establishments = options.establishments {
            try phase("head offices", &phases) {
                try attachHeadOffices(establishments, source: source, into: db, report: &report)
            }
        }
        // A fresh import indexed its rows as it wrote them, unless some were removed since.
        if !fresh || keysRepeated {
            try phase("search index", &phases) {
                try db.execute(sql: "INSERT INTO actors_fts(actors_fts) VALUES('rebuild')")
                try db.execute(sql: DirectorySchema.rebuildWords)
            }
        }
        // The pages written so far go to the file now, while the name order may still be
        // sorting on another thread, rather than all at the commit, when nothing else is left
        // to run. A failure here shows again at the commit, which writes what is left.
        _ = sqlite3_db_cacheflush(db.sqliteConnection)
        // A new file's pages then go to the disk on a thread of their own: the commit's sync
        // waits only for what is written after (a write-ahead log's frames are synced at the commit).
        if let newFile { FileSync.start(path: newFile) }
        // Sorted and counted on another thread meanwhile, unless rows changed after it read them.
        let sortedOrder = keysRepeated ? nil : pipeline?.sortedOrder()
        try phase("name order and counts", &phases) {
            if let sortedOrder {
                try sortedOrder.write(to: db)
            } else {
                var order = try NameOrder.read(from: db)
                order.sort()
                try order.packed().write(to: db)
            }
        }
        try db.execute(sql: "INSERT OR REPLACE INTO imports VALUES (?, ?, ?, datetime('now'))",
                       arguments: [source, options.preset.rawValue, report.imported])
        // Counting a million rows walks every page of the table, on the import's last stretch;
        // a first import of distinct keys wrote one row per actor imported.
        report.total = fresh && !keysRepeated ? report.imported : try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") ?? 0
        report.added = report.total - before
        report.replaced = report.imported - report.added
    }

    /// Runs `body` in one exclusive transaction; returns the seconds its commit took.
    private func commit(_ db: Database, _ body: () throws -> Void) throws -> Double {
        var committing = ContinuousClock.now
        try db.inTransaction(.exclusive) {
            try body()
            committing = ContinuousClock.now
            return .commit
        }
        let elapsed = ContinuousClock.now - committing
        return Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
    }

    private func phase(_ name: String, _ phases: inout [(name: String, seconds: Double)], _ body: () throws -> Void) rethrows {
        let start = ContinuousClock.now
        try body()
        let elapsed = ContinuousClock.now - start
        phases.append((name, Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18))
    }

    // MARK: - Loading

    /// Actors a fresh import inserts in one statement (``DirectorySchema/insert(rows:)``).
    static let rowsAtOnce = 64

    /// Reads the file into the table; returns the pipeline, still sorting the name order when asked to keep it.
    /// A fresh import fills the search index as it goes: on a thread of its own when `indexesApart`.
    private func load(_ url: URL, source: String, options: ImportOptions, fresh: Bool, keepsOrder: Bool, indexesApart: Bool,
                      into db: Database, report: inout ImportReport) throws -> RecordPipeline {
        var reader: CSVReader
        do { reader = try CSVReader(url: url) } catch let error as CSVError { throw ImportError.unreadable(file: url.path, line: 0, message: error.message) }
        let totalBytes = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        let header: CSVRow
        do {
            guard let first = try reader.next() else { throw ImportError.emptyFile(url.path) }
            header = first
        } catch let error as CSVError {
            throw ImportError.unreadable(file: url.path, line: error.line, message: error.message)
        }
        let mapper = try RowMapper(header: header.fields, preset: options.preset, map: options.map,
                                   keepAll: options.keepAll, places: places)
        report.columnsRead = mapper.columnUses
        report.columnCount = header.fields.count
        if options.preset != .generic, options.map.isEmpty {
            report.columnsReadByGeneric = (try? RowMapper(header: header.fields, preset: .generic, places: places))?.columns.values.joined().count
        }
        // Columns the mapper never reads (the ESS France file's département and region names) are not decoded.
        reader.ignoredColumns = Set(header.fields.indices).subtracting(mapper.columns.values.joined())
        let statement = try db.makeStatement(sql: fresh ? DirectorySchema.insert : DirectorySchema.upsert)
        func bad(_ line: Int, _ message: String) throws {
            if options.strict { throw ImportError.badRow(file: url.path, line: line, message: message) }
            report.badRecords += 1
            if report.problems.count < ImportReport.problemsKept { report.problems.append((line, message)) }
        }
        let sideIndex = indexesApart ? try SideSearchIndex() : nil
        let pipeline = RecordPipeline(reader: reader, mapper: mapper, places: places, keepsOrder: keepsOrder, keepsKeys: fresh,
                                      fileBytes: totalBytes)
        var succeeded = false
        defer {
            if !succeeded {
                pipeline.cancel()
                sideIndex?.cancel()
            }
        }
        var bytesRead = 0
        let handle = statement.sqliteStatement
        // A fresh import indexes names as it writes them (one pass instead of a rebuild after the
        // load); other imports rebuild the index after.
        let indexesHere = fresh && sideIndex == nil
        let searchIndex = indexesHere ? try db.makeStatement(sql: "INSERT INTO actors_fts(rowid, name, acronym) VALUES (?, ?, ?)") : nil
        if indexesHere { try db.execute(sql: "INSERT INTO actors_fts(actors_fts) VALUES('delete-all')") }
        // A fresh import inserts its actors `rowsAtOnce` to a statement (a re-import upserts them
        // one by one, in order, since a file may repeat a key).
        let rowsStatement = fresh ? try db.makeStatement(sql: DirectorySchema.insert(rows: Self.rowsAtOnce)) : nil
        // Bound once: a reset keeps the bindings, and the source is the same for every row.
        source.withCString { name in
            sqlite3_bind_text(handle, 18, name, -1, SQLiteStep.transient)
            if let rows = rowsStatement?.sqliteStatement {
                for row in 0..<Self.rowsAtOnce {
                    sqlite3_bind_text(rows, Int32(row * DirectorySchema.insertParameters + 18), name, -1, SQLiteStep.transient)
                }
            }
        }
        while let batch = pipeline.next() {
            bytesRead = batch.bytesRead
            var next = 0
            for item in batch.items {
                report.records += 1
                switch item {
                case .actor(let unplaced):
                    if rowsStatement == nil { try batch.actors.insert(next..<(next + 1), into: handle, numbered: fresh, connection: db.sqliteConnection) }
                    if let searchIndex { try batch.actors.index(next, into: searchIndex.sqliteStatement, connection: db.sqliteConnection) }
                    next += 1
                    report.imported += 1
                    if unplaced { report.unplaced += 1 }
                case .skipped:
                    report.skipped += 1
                case .bad(let line, let message):
                    try bad(line, message)
                case .fatal(let error):
                    throw ImportError.unreadable(file: url.path, line: error.line, message: error.message)
                }
                if report.records % progressInterval == 0,
                   !progress(ImportProgress(bytesRead: bytesRead, totalBytes: totalBytes, records: report.records, phase: "reading")) {
                    throw ImportError.interrupted
                }
            }
            if let rows = rowsStatement?.sqliteStatement {
                // The batch's actors by statements of `rowsAtOnce`, the last few one by one.
                var start = 0
                while start < next {
                    let many = next - start >= Self.rowsAtOnce
                    let end = start + (many ? Self.rowsAtOnce : 1)
                    try batch.actors.insert(start..<end, into: many ? rows : handle, numbered: true, connection: db.sqliteConnection)
                    start = end
                }
            }
            sideIndex?.add(batch.actors)
        }
        try sideIndex?.finish(into: db)
        if !progress(ImportProgress(bytesRead: bytesRead, totalBytes: totalBytes, records: report.records, phase: "reading")) {
            throw ImportError.interrupted
        }
        report.values.merge(pipeline.valueTally())
        withExtendedLifetime((statement, rowsStatement, searchIndex)) {}
        succeeded = true
        return pipeline
    }
}
