import ESSDirectory
import ESSModel
import ESSReference
import ESSSeeds
import Foundation

/// The `directory` suite: a million generated actors imported, listed, filtered and searched, each
/// beside what a user would use instead (sqlite3's `.import`, visidata, fzf, grep) in the same run.
/// `ESS_BENCH_ROWS` changes the size (default 1,000,000).
func runDirectoryBenchmarks() throws {
    let rows = Int(ProcessInfo.processInfo.environment["ESS_BENCH_ROWS"] ?? "") ?? 1_000_000
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-bench-directory-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let csv = scratch.appendingPathComponent("ess-france-\(rows).csv")
    let names = scratch.appendingPathComponent("names.txt")
    let databasePath = scratch.appendingPathComponent("directory.sqlite").path

    var generate = Measurement("generate \(rows) rows (ess-bench generate)")
    try generate.time {
        FileManager.default.createFile(atPath: csv.path, contents: nil)
        let handle = try FileHandle(forWritingTo: csv)
        writeGenerated(DirectoryGenerator(shape: .essFrance, rows: rows), to: handle)
        try handle.close()
    }
    try writeNames(of: csv, to: names)

    // MARK: Parsing alone: ESSDirectory's reader against yaslab/CSV.swift.
    var ownReader = Measurement("CSV parse only: ESSDirectory.CSVReader")
    var csvSwift = Measurement("CSV parse only: yaslab/CSV.swift 2.5.2")
    var counts: [(Int, Int)] = []
    for _ in 0..<2 {
        counts.append(try ownReader.time { () -> (Int, Int) in
            var reader = try ESSDirectory.CSVReader(url: csv)
            _ = try reader.next()
            var records = 0, fields = 0
            while let row = try reader.next() { records += 1; fields += row.fields.count }
            return (records, fields)
        })
        counts.append(try csvSwift.time { try parseWithCSVSwift(csv) })
    }
    guard Set(counts.map { "\($0.0) \($0.1)" }).count == 1 else { throw BenchError("the readers disagree: \(counts)") }
    printTable("Directory: parsing the \(megabytes(csv)) MB CSV", [ownReader, csvSwift], note: nil)

    // MARK: Import, against sqlite3 .import and visidata.
    // The commune table is decoded once per process, on first use: what a command that places
    // or filters by commune pays for it.
    var decode = Measurement("communes of the COG decoded (first use in a process)")
    try decode.time { guard CommuneTable.shared.communes.count == 37_548 else { throw BenchError("commune table incomplete") } }
    let catalogue = try BuiltInCatalogue.load().get()
    let places = PlaceIndex(catalogue: catalogue)
    var importing = Measurement("ess import (search index, key index, name order, counts)")
    var reimporting = Measurement("ess import again over it (1,000,000 replaced by key)")
    var sqliteFile = Measurement("sqlite3 .import into a file, plain table, no index")
    var sqliteMemory = Measurement("sqlite3 .import into :memory:, plain table, no index")
    var phases: [(name: String, seconds: Double)] = []
    // Interleaved, so that a change of load during the run weighs on both sides alike.
    for attempt in 0..<3 {
        try? FileManager.default.removeItem(atPath: databasePath)
        let importer = DirectoryImporter(database: try DirectoryDatabase(path: databasePath, create: true), places: places)
        let report = try importing.time { try importer.importFile(csv, options: ImportOptions()) }
        if attempt == 0 { phases = report.phases }
        guard report.total == rows else { throw BenchError("imported \(report.total) of \(rows)") }
        guard report.values.communesFound == rows else { throw BenchError("\(report.values.communesFound) of \(rows) placed at a commune") }
        let plain = scratch.appendingPathComponent("plain.sqlite").path
        try? FileManager.default.removeItem(atPath: plain)
        _ = try sqliteFile.time { try run("sqlite3", [plain, "-cmd", ".mode csv", "-cmd", ".separator ;", ".import \(csv.path) t"]) }
        _ = try sqliteMemory.time { try run("sqlite3", [":memory:", "-cmd", ".mode csv", "-cmd", ".separator ;", ".import \(csv.path) t"]) }
    }
    let again = try reimporting.time { try DirectoryImporter(database: try DirectoryDatabase(path: databasePath, create: true), places: places)
        .importFile(csv, options: ImportOptions()) }
    guard again.total == rows && again.replaced == rows else { throw BenchError("re-import: \(again.total) actors, \(again.replaced) replaced") }
    var visidata = Measurement("visidata: vd -b (load the file, print the sheet)")
    if (try? run("vd", ["--version"])) != nil {
        _ = try visidata.time { try run("vd", ["-b", "--csv-delimiter=;", csv.path]) }
    }
    printTable("Directory: import of \(rows) rows (\(megabytes(csv)) MB CSV)", [decode, generate, importing, sqliteFile, sqliteMemory, reimporting, visidata],
               note: "Phases of the first ess import: "
                   + phases.map { String(format: "%@ %.2f s", $0.name, $0.seconds) }.joined(separator: ", ") + ".")
    try measureMixedImport(rows: rows, scratch: scratch, places: places)

    // MARK: Browsing.
    var firstFrame = Measurement("open + count + first 50 rows (first frame's queries)")
    for _ in 0..<20 {
        try firstFrame.time {
            let database = try DirectoryDatabase(path: databasePath, create: false)
            _ = try database.count()
            _ = try database.page(offset: 0, limit: 50)
        }
    }
    let database = try DirectoryDatabase(path: databasePath, create: false)
    var scroll = Measurement("scroll one page of 50 (after the last row shown)")
    var page = try database.page(offset: 0, limit: 50)
    for _ in 0..<400 {
        guard let cursor = page.last?.cursor else { break }
        page = try scroll.time { try database.page(after: cursor, limit: 50) }
    }
    var jump = Measurement("jump to a page by offset (10 % … 90 % down)")
    for step in 1...9 { _ = try jump.time { try database.page(offset: rows * step / 10, limit: 50) } }
    var regions = Measurement("region filter: count + counts by département + first 50")
    var regionScroll = Measurement("region filter: scroll one page of 50")
    for region in catalogue.currentRegions {
        let filter = places.filter(for: RegionFilter(region: region.id, requested: region.id))
        let first = try regions.time { () -> [ImportedActor] in
            _ = try database.count(filter)
            _ = try database.counts(by: .departement, filter)
            return try database.page(filter, offset: 0, limit: 50)
        }
        if let cursor = first.last?.cursor { _ = try regionScroll.time { try database.page(filter, after: cursor, limit: 50) } }
    }
    var communes = Measurement("commune perimeter: count + first 50 (one commune, then a département's communes)")
    var arrondissements = Measurement("arrondissement filter: count + first 50")
    let perimeters: [Set<String>] = [["75056"], ["69123"], ["42187"], ["13055"],
                                     Set(CommuneTable.shared.communes.filter { $0.departement == "69" }.map(\.code)),
                                     Set(CommuneTable.shared.communes.filter { $0.departement == "59" }.map(\.code))]
    for _ in 0..<3 {
        for perimeter in perimeters {
            _ = try communes.time { () -> [ImportedActor] in
                _ = try database.count(ActorFilter(communes: perimeter))
                return try database.page(ActorFilter(communes: perimeter), offset: 0, limit: 50)
            }
        }
        for arrondissement in ["422", "691", "751", "133", "2A1"] {
            _ = try arrondissements.time { () -> [ImportedActor] in
                _ = try database.count(ActorFilter(arrondissement: arrondissement))
                return try database.page(ActorFilter(arrondissement: arrondissement), offset: 0, limit: 50)
            }
        }
    }
    var memory = Measurement("resident memory of `ess list actors --limit 50` (MB, peak)")
    if let ess = essBinary() {
        memory.record(milliseconds: try peakResidentMegabytes(ess, ["list", "actors", "--limit", "50", "--db", databasePath], scratch: scratch))
    }
    printTable("Directory: browsing \(rows) imported actors", [firstFrame, scroll, jump, regions, regionScroll, communes, arrondissements],
               note: nil)
    if !memory.samples.isEmpty {
        print("\nPeak resident memory of `ess list actors --limit 50` over the directory: \(Measurement.format(memory.samples[0])) MB")
    }

    // MARK: Search, keystroke by keystroke, against fzf and grep on the same names.
    let keystrokes = try measureKeystrokes(database)
    var fzf = Measurement("fzf --filter QUERY over the names file (whole query)")
    var grep = Measurement("grep -i QUERY over the names file (whole query)")
    for query in queries {
        if (try? run("fzf", ["--version"])) != nil { _ = try fzf.time { try run("fzf", ["--filter", query], input: names, allowFailure: true) } }
        _ = try grep.time { try run("grep", ["-i", query, names.path], allowFailure: true) }
    }
    printTable("Directory: search over \(rows) names", [keystrokes, fzf, grep],
               note: "\(keystrokes.samples.count) keystrokes: every prefix of \(queries.map { "\"\($0)\"" }.joined(separator: ", ")).")
}

/// The generator's `mixed` shape (communes drawn from the whole COG, every place layout, some
/// postcodes written as floats): place resolution on a file whose places do not repeat, beside
/// sqlite3's `.import` of the same file, interleaved.
private func measureMixedImport(rows: Int, scratch: URL, places: PlaceIndex) throws {
    let csv = scratch.appendingPathComponent("mixed-\(rows).csv")
    FileManager.default.createFile(atPath: csv.path, contents: nil)
    let handle = try FileHandle(forWritingTo: csv)
    writeGenerated(DirectoryGenerator(shape: .mixed, rows: rows), to: handle)
    try handle.close()
    let databasePath = scratch.appendingPathComponent("mixed.sqlite").path
    var importing = Measurement("ess import --preset generic (places resolved)")
    var sqliteFile = Measurement("sqlite3 .import into a file, plain table, no index")
    var placed = 0, guessed = 0
    for _ in 0..<3 {
        try? FileManager.default.removeItem(atPath: databasePath)
        let importer = DirectoryImporter(database: try DirectoryDatabase(path: databasePath, create: true), places: places)
        let report = try importing.time { try importer.importFile(csv, options: ImportOptions(preset: .generic)) }
        guard report.total == rows else { throw BenchError("mixed: imported \(report.total) of \(rows)") }
        (placed, guessed) = (report.values.communesFound, report.values.placesGuessed)
        let plain = scratch.appendingPathComponent("plain-mixed.sqlite").path
        try? FileManager.default.removeItem(atPath: plain)
        _ = try sqliteFile.time { try run("sqlite3", [plain, "-cmd", ".mode csv", ".import \(csv.path) t"]) }
    }
    printTable("Directory: import of \(rows) rows placed every way (\(megabytes(csv)) MB CSV, generator's mixed shape)",
               [importing, sqliteFile],
               note: "\(placed) actors placed at a commune, \(guessed) of them by a guess from a shared postcode.")
}

let queries = ["jardins partages", "cooperative agricole", "mutuelle", "ecureuils lyon", "saint etienne", "amicale laique", "fondation"]

/// Every prefix of every query searched, as a user typing them; the slowest keystrokes on stderr.
func measureKeystrokes(_ database: DirectoryDatabase) throws -> Measurement {
    var keystrokes = Measurement("ess search, each keystroke (limit 50)")
    var slowest: [(String, Double)] = []
    for query in queries {
        for end in 1...query.count {
            let prefix = String(query.prefix(end))
            _ = try keystrokes.time { try database.search(prefix, limit: 50) }
            slowest.append((prefix, keystrokes.samples.last!))
        }
    }
    let top = slowest.sorted { $0.1 > $1.1 }.prefix(6).map { "\"\($0.0)\" \(Measurement.format($0.1)) ms" }
    FileHandle.standardError.write(Data(("slowest keystrokes: " + top.joined(separator: ", ") + "\n").utf8))
    return keystrokes
}

/// The browser's `/` filter asks, after the first 50 matches, how many match in all (bounded at
/// 10,000): every prefix of every query counted, the slowest on stderr.
func measureMatchCounts(_ database: DirectoryDatabase) throws -> Measurement {
    var counts = Measurement("ess search count of all matches, each keystroke (bound 10,000)")
    var slowest: [(String, Double, Int)] = []
    for query in queries {
        for end in 1...query.count {
            let prefix = String(query.prefix(end))
            var found = 0
            _ = try counts.time { found = try database.searchCount(prefix, bound: 10_000).count }
            slowest.append((prefix, counts.samples.last!, found))
        }
    }
    let top = slowest.sorted { $0.1 > $1.1 }.prefix(6).map { "\"\($0.0)\" \(Measurement.format($0.1)) ms (\($0.2))" }
    FileHandle.standardError.write(Data(("slowest counts: " + top.joined(separator: ", ") + "\n").utf8))
    return counts
}

/// `directory-search`: the keystroke measurements alone, over the directory `ESS_BENCH_DB` names.
func runDirectorySearchBenchmark() throws {
    guard let path = ProcessInfo.processInfo.environment["ESS_BENCH_DB"] else { throw BenchError("set ESS_BENCH_DB to a directory database") }
    let database = try DirectoryDatabase(path: path, create: false)
    printTable("Directory: search keystrokes over \(path)", [try measureKeystrokes(database), try measureMatchCounts(database)])
}

struct BenchError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// The names column (2nd) of the generated file, one a line, for fzf and grep.
private func writeNames(of csv: URL, to names: URL) throws {
    var reader = try CSVReader(url: csv)
    _ = try reader.next()
    var text = ""
    while let row = try reader.next() { text += row.fields[1] + "\n" }
    try Data(text.utf8).write(to: names)
}

func megabytes(_ url: URL) -> String {
    let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
    return String(format: "%.0f", Double(size) / 1e6)
}

/// Runs a program found on PATH, its output discarded; throws when it fails (unless allowed).
@discardableResult
func run(_ program: String, _ arguments: [String], input: URL? = nil, allowFailure: Bool = false) throws -> Int32 {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
    process.arguments = [program] + arguments
    process.standardOutput = FileHandle.nullDevice
    process.standardError = FileHandle.nullDevice
    process.standardInput = try input.map { try FileHandle(forReadingFrom: $0) } ?? FileHandle.nullDevice
    try process.run()
    process.waitUntilExit()
    if process.terminationStatus != 0 && !allowFailure {
        throw BenchError("\(program) \(arguments.joined(separator: " ")) exited \(process.terminationStatus)")
    }
    return process.terminationStatus
}

/// The `ess` built beside this benchmark.
private func essBinary() -> URL? {
    let url = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent().appendingPathComponent("ess")
    return FileManager.default.isExecutableFile(atPath: url.path) ? url : nil
}

/// The peak resident set of a child process, in MB, as GNU time reports it.
private func peakResidentMegabytes(_ binary: URL, _ arguments: [String], scratch: URL) throws -> Double {
    let output = scratch.appendingPathComponent("time.txt")
    try run("/usr/bin/time", ["-f", "%M", "-o", output.path, binary.path] + arguments)
    let text = try String(contentsOf: output, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
    guard let kilobytes = Double(text.split(separator: "\n").last ?? "") else { throw BenchError("no peak memory in '\(text)'") }
    return kilobytes / 1024
}
