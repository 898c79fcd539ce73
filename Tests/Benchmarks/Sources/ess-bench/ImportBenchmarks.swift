import ESSDirectory
import ESSModel
import ESSReference
import ESSSeeds
import Foundation

/// The `import` suite: issue 10's target alone, `ess import` of a million rows with places
/// resolved against sqlite3's own `.import` of the same file into a plain table, for the ESS
/// France shape and the mixed one (every place layout), the four imports interleaved in each
/// round so that a change of load weighs on both sides alike (`ESS_BENCH_SHAPES=ess-france` or
/// `mixed` for one of them). `ESS_BENCH_ROWS` changes the size,
/// `ESS_BENCH_ROUNDS` the rounds (default 3); `ESS_BENCH_FILES=DIR` keeps the generated files
/// in DIR and reuses them in later runs.
func runImportBenchmarks() throws {
    let environment = ProcessInfo.processInfo.environment
    let rows = Int(environment["ESS_BENCH_ROWS"] ?? "") ?? 1_000_000
    let rounds = Int(environment["ESS_BENCH_ROUNDS"] ?? "") ?? 3
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-bench-import-\(getpid())")
    try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: scratch) }
    let files = environment["ESS_BENCH_FILES"].map { URL(fileURLWithPath: $0) } ?? scratch
    try FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)

    let allShapes: [(title: String, shape: DirectoryGenerator.Shape, options: ImportOptions, sqlite: [String])] = [
        ("ESS France shape", .essFrance, ImportOptions(), ["-cmd", ".separator ;"]),
        ("mixed shape, --preset generic", .mixed, ImportOptions(preset: .generic), []),
    ]
    let only = environment["ESS_BENCH_SHAPES"]?.split(separator: ",").map(String.init)
    let shapes = allShapes.filter { only?.contains($0.shape.rawValue) ?? true }
    let csvs = try shapes.map { shape -> URL in
        let csv = files.appendingPathComponent("\(shape.shape.rawValue)-\(rows).csv")
        if !FileManager.default.fileExists(atPath: csv.path) {
            FileManager.default.createFile(atPath: csv.path, contents: nil)
            let handle = try FileHandle(forWritingTo: csv)
            writeGenerated(DirectoryGenerator(shape: shape.shape, rows: rows), to: handle)
            try handle.close()
        }
        return csv
    }
    let places = PlaceIndex(catalogue: try BuiltInCatalogue.load().get())
    // Decoded once per process before the first import, so the first round is not the only one to pay it.
    _ = CommuneTable.shared.communes.count
    var essRuns = shapes.map { Measurement("ess import, \($0.title)") }
    var sqliteRuns = shapes.map { _ in Measurement("sqlite3 .import into a file, plain table, no index") }
    var phases: [[String]] = shapes.map { _ in [] }
    for round in 0..<rounds {
        for (index, shape) in shapes.enumerated() {
            let databasePath = scratch.appendingPathComponent("directory.sqlite").path
            for suffix in ["", "-wal", "-shm", ".new"] { try? FileManager.default.removeItem(atPath: databasePath + suffix) }
            let importer = DirectoryImporter(database: try DirectoryDatabase(path: databasePath, create: true), places: places)
            let cpuBefore = processCPUSeconds()
            let report = try essRuns[index].time { try importer.importFile(csvs[index], options: shape.options) }
            let cpu = processCPUSeconds() - cpuBefore
            guard report.total == rows else { throw BenchError("\(shape.title): imported \(report.total) of \(rows)") }
            phases[index].append("round \(round + 1): " + report.phases.map { String(format: "%@ %.2f", $0.name, $0.seconds) }
                .joined(separator: ", ") + String(format: " (CPU %.1f s on all threads)", cpu))
            let plain = scratch.appendingPathComponent("plain.sqlite").path
            try? FileManager.default.removeItem(atPath: plain)
            _ = try sqliteRuns[index].time { try run("sqlite3", [plain, "-cmd", ".mode csv"] + shape.sqlite + [".import \(csvs[index].path) t"]) }
        }
    }
    for (index, shape) in shapes.enumerated() {
        let ratio = essRuns[index].median / sqliteRuns[index].median
        let perRound = zip(essRuns[index].samples, sqliteRuns[index].samples).map { String(format: "%.2f×", $0 / $1) }
        printTable("Import of \(rows) rows, \(shape.title) (\(megabytes(csvs[index])) MB CSV)", [essRuns[index], sqliteRuns[index]],
                   note: String(format: "ess against sqlite3, medians: **%.2f×** (rounds: %@). Phases (s): ", ratio,
                                perRound.joined(separator: ", ")) + phases[index].joined(separator: "; ") + ".")
    }
}

/// User and system time of this process so far, every thread included: what an import costs
/// whatever else the machine runs (its wall time moves with the load, its CPU time much less).
private func processCPUSeconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &time)
    return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
}
