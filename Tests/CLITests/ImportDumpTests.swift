import ESSDirectory
import Foundation
import GRDB
import Testing

/// `ess import` of the committed fixtures compared with dumps recorded by the binary before the
/// import was made faster (Tests/Fixtures/directory/dumps): what the import printed (its report,
/// every note with its first example) and every table it wrote (each actor row, the counts, the
/// packed name order, the key index, the search's words and a few searches). A change of how an
/// import works (threads, journal, files) must not change a byte of what it stores or reports.
///
/// To record them again, from a binary that is known to be right:
/// `ESS_RECORD_DUMPS=1 ESS_BINARY=path/to/ess swift test --filter ImportDumpTests`.
@Suite("Import results kept")
struct ImportDumpTests {
    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/directory")
    static func fixture(_ name: String) -> String { fixtures.appendingPathComponent(name).path }

    static let wideMap = ["--preset", "generic", "--map", "raison_sociale=name", "--map", "categorie_juridique=legal-category",
                          "--map", "code_naf=naf", "--map", "tranche_effectif=headcount", "--map", "code_postal=postcode",
                          "--map", "code_commune=commune-code"]

    @Test func essFranceFile() throws {
        try expectDump("ess-france", [[Self.fixture("ess-france-1000.csv")]])
    }

    @Test func everyPlaceLayout() throws {
        try expectDump("mixed-places", [[Self.fixture("mixed-places-1000.csv"), "--preset", "generic"]])
    }

    @Test func wideSpreadsheetExport() throws {
        try expectDump("pandas-wide", [[Self.fixture("realistic/pandas-wide-export.csv")] + Self.wideMap])
    }

    @Test func sireneUnitsPlacedAtTheirHeadOffices() throws {
        try expectDump("sirene-head-offices", [[Self.fixture("sirene-unites-1000.csv"), "--preset", "sirene",
                                                "--establishments", Self.fixture("sirene-etablissements-1000.csv")]])
    }

    @Test func fileRepeatingKeysAndBadRecords() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        // The first twenty records again at the end, renamed (the last of each key wins), and two bad ones.
        let lines = try String(contentsOfFile: Self.fixture("ess-france-1000.csv"), encoding: .utf8).split(separator: "\n").map(String.init)
        let repeated = lines[1...20].map { line in
            var fields = line.split(separator: ";", omittingEmptySubsequences: false).map(String.init)
            fields[1] += " (bis)"
            return fields.joined(separator: ";")
        }
        let file = scratch.appendingPathComponent("repeated.csv")
        try Data((lines + repeated + ["12;Trop court;Associations;42000;;42;Loire;", "123456789;;Associations"]).joined(separator: "\n").utf8).write(to: file)
        try expectDump("repeated-keys", [[file.path]])
    }

    @Test func secondFileOverAFirst() throws {
        try expectDump("reimport", [[Self.fixture("ess-france-1000.csv")], [Self.fixture("mixed-places-1000.csv"), "--preset", "generic"]])
    }

    /// Ten chunks of records, mapped on several threads: ids, order, counts and the report's first
    /// examples as one thread reading the file in order gave them (the actors sampled, so the
    /// recorded dump stays small).
    @Test func generatedFileOfManyChunks() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let file = scratch.appendingPathComponent("mixed-20000.csv")
        try Data(DirectoryGenerator(shape: .mixed, rows: 20_000, seed: 11).text().utf8).write(to: file)
        try expectDump("mixed-20000", [[file.path, "--preset", "generic"]], sampled: true)
    }

    // MARK: - Dumping

    private func expectDump(_ name: String, _ imports: [[String]], sampled: Bool = false,
                            sourceLocation: SourceLocation = #_sourceLocation) throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-dump-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("directory.sqlite").path
        var text = ""
        for arguments in imports {
            let run = try ESS.run(["import"] + arguments + ["--db", db])
            #expect(run.status == 0, "\(run.stderr)", sourceLocation: sourceLocation)
            text += Self.readable("$ ess import " + arguments.joined(separator: " "), db: db)
            text += Self.readable(run.stderr + run.stdout, db: db)
        }
        text += try Self.dump(database: db, sampled: sampled)
        let expected = Self.fixtures.appendingPathComponent("dumps/\(name).txt")
        if ProcessInfo.processInfo.environment["ESS_RECORD_DUMPS"] == "1" {
            try FileManager.default.createDirectory(at: expected.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: expected)
            return
        }
        let recorded = try String(contentsOf: expected, encoding: .utf8)
        let got = text.split(separator: "\n", omittingEmptySubsequences: false)
        let want = recorded.split(separator: "\n", omittingEmptySubsequences: false)
        let first = zip(got, want).enumerated().first { $0.element.0 != $0.element.1 }
        let line = (first?.offset ?? min(got.count, want.count)) + 1
        let gotLine = first.map { String($0.element.0) } ?? "", wantLine = first.map { String($0.element.1) } ?? ""
        let message = "\(name): \(got.count) lines, \(want.count) recorded; first difference at line \(line):\n"
            + "got:      \(gotLine)\nrecorded: \(wantLine)"
        #expect(got.count == want.count && first == nil, Comment(rawValue: message), sourceLocation: sourceLocation)
    }

    /// The command's output without what changes from run to run: its time and the scratch folders.
    private static func readable(_ output: String, db: String) -> String {
        output.split(separator: "\n").map { line in
            var line = String(line).replacingOccurrences(of: db, with: "DB").replacingOccurrences(of: fixtures.path, with: "FIXTURES")
                .replacingOccurrences(of: #"[^ ]*/ess-dump-[0-9A-F-]+"#, with: "SCRATCH", options: .regularExpression)
            if let time = line.range(of: #" in [0-9.]+ s$"#, options: .regularExpression) { line.replaceSubrange(time, with: " in … s") }
            return line + "\n"
        }.joined()
    }

    /// Every table an import writes, in a fixed order, as text; `sampled`: one actor in 97 and
    /// the start of each order block, with the tables' sizes.
    static func dump(database path: String, sampled: Bool = false) throws -> String {
        var configuration = Configuration()
        configuration.readonly = true
        let queue = try DatabaseQueue(path: path, configuration: configuration)
        defer { try? queue.close() }
        return try queue.read { db in
            var text = "# format \(try Int.fetchOne(db, sql: "PRAGMA user_version") ?? 0)\n"
            let sample = sampled ? " WHERE id % 97 = 1" : ""
            let blob: (String) -> String = sampled ? { "substr(hex(\($0)), 1, 64)" } : { "hex(\($0))" }
            var tables: [(String, String)] = [
                ("actors", "SELECT * FROM actors\(sample) ORDER BY id"),
                ("actor_counts", "SELECT * FROM actor_counts ORDER BY number"),
                ("actor_order", "SELECT block, \(blob("ids")), \(blob("groups")) FROM actor_order ORDER BY block"),
                ("actor_order_departement",
                 "SELECT departement, first_rank, \(blob("ranks")), \(blob("ids")), \(blob("groups")) FROM actor_order_departement ORDER BY 1, 2"),
                ("imports", "SELECT source, preset, rows FROM imports ORDER BY source"),
            ]
            if sampled {
                let counts = try communeCounts(db)
                let total = counts.reduce(Int64(0)) { total, row in
                    if case .int64(let count) = row[8].storage { return total + count } else { return total }
                }
                tables += [("sizes", """
                    SELECT (SELECT count(*) FROM actors), \(counts.count), \(total),
                           (SELECT count(*) FROM actor_order_commune), (SELECT count(*) FROM name_words),
                           (SELECT sum(id * length(key)) FROM actors)
                    """)]
            } else {
                tables += [
                    ("commune_counts", ""),
                    ("actor_order_commune", "SELECT commune, first_rank, hex(ranks), hex(ids), hex(groups) FROM actor_order_commune ORDER BY 1, 2"),
                    ("name_words", "SELECT word FROM name_words ORDER BY word"),
                    ("actors_by_key", "SELECT key, id FROM actors ORDER BY key"),
                ]
            }
            tables += ["jardin", "coop", "saint", "mutuelle", "la"].map {
                ("search \($0)", "SELECT count(*), sum(rowid) FROM actors_fts WHERE actors_fts MATCH '\($0)*'")
            }
            for (name, sql) in tables {
                text += "# \(name)\n"
                let rows = sql.isEmpty ? try communeCounts(db) : try Row.fetchAll(db, sql: sql).map { Array($0.databaseValues) }
                for row in rows {
                    text += row.map(Self.text).joined(separator: "|") + "\n"
                }
            }
            return text
        } + (try keysNotFound(database: path))
    }

    /// The counts of `commune_counts` as rows of commune, the group's columns of `actor_counts`,
    /// NAF division and count, in the order `ORDER BY` every column gives: what the table held
    /// before its counts were packed by commune (the packing itself is the store's business).
    private static func communeCounts(_ db: Database) throws -> [[DatabaseValue]] {
        var groups: [Int64: [DatabaseValue]] = [:]
        for row in try Row.fetchAll(db, sql: """
            SELECT number, region, former_region, departement, arrondissement, legal_family, naf_section FROM actor_counts
            """) {
            groups[row[0]] = Array(row.databaseValues.dropFirst())
        }
        var rows: [[DatabaseValue]] = []
        for row in try Row.fetchAll(db, sql: "SELECT commune, counts FROM commune_counts") {
            let counts: Data = row[1]
            for offset in stride(from: 0, to: counts.count, by: 10) {
                let bytes = [UInt8](counts[(counts.startIndex + offset)..<(counts.startIndex + offset + 10)])
                let group = Int64(bytes[0]) | Int64(bytes[1]) << 8 | Int64(bytes[2]) << 16 | Int64(bytes[3]) << 24
                let count = Int64(bytes[4]) | Int64(bytes[5]) << 8 | Int64(bytes[6]) << 16 | Int64(bytes[7]) << 24
                let division = bytes[8] == 0 ? DatabaseValue.null : String(decoding: bytes[8...9].filter { $0 != 0 }, as: UTF8.self).databaseValue
                rows.append([row[0] as DatabaseValue] + (groups[group] ?? []) + [division, count.databaseValue])
            }
        }
        return rows.sorted { a, b in
            for (x, y) in zip(a, b) where x != y { return Self.sqliteOrder(x, y) }
            return false
        }
    }

    /// SQLite's order of values: NULL, then numbers, then text (by bytes).
    private static func sqliteOrder(_ a: DatabaseValue, _ b: DatabaseValue) -> Bool {
        switch (a.storage, b.storage) {
        case (.null, _): true
        case (_, .null): false
        case (.int64(let x), .int64(let y)): x < y
        case (.int64, _): true
        case (_, .int64): false
        case (.string(let x), .string(let y)): Array(x.utf8).lexicographicallyPrecedes(Array(y.utf8))
        default: false
        }
    }

    /// Each actor looked up by its key as `ess show` does (the packed keys): the actors it does
    /// not find, or finds another actor for, one line each; nothing when every key finds its actor.
    static func keysNotFound(database path: String) throws -> String {
        let directory = try DirectoryDatabase(path: path, create: false)
        let actors = try DatabaseQueue(path: path, configuration: { var configuration = Configuration(); configuration.readonly = true; return configuration }())
        defer { try? actors.close() }
        var text = ""
        for row in try actors.read({ db in try Row.fetchAll(db, sql: "SELECT key, id FROM actors ORDER BY id") }) {
            let key: String = row[0], id: Int64 = row[1]
            let found = try directory.actor(key: key)?.rowID
            if found != id { text += "# key \(key) of actor \(id) finds \(found.map(String.init) ?? "nothing")\n" }
        }
        return text
    }

    /// A value with its storage class: `∅`, `#12` for an integer, text as it is, `x…` for a blob.
    private static func text(_ value: DatabaseValue) -> String {
        switch value.storage {
        case .null: "∅"
        case .int64(let number): "#\(number)"
        case .double(let number): "~\(number)"
        case .string(let text): text
        case .blob(let data): "x" + data.map { String(format: "%02X", $0) }.joined()
        }
    }
}
