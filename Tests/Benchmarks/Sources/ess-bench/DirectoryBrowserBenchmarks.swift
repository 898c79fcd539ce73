import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// The `directory-browser` suite: the browser over a million imported actors with the real
/// adapter (`DirectoryActorSource` over SQLite), each figure a key press to a frame ready
/// (update + view). `ESS_BENCH_DB` names an existing directory; otherwise one of
/// `ESS_BENCH_ROWS` (default 1,000,000) generated actors is imported first (not measured), and the
/// suite runs again in a child process over it, so the peak memory reported is the browser's,
/// not the import's.
func runDirectoryBrowserBenchmark() throws {
    let environment = ProcessInfo.processInfo.environment
    let catalogue = try BuiltInCatalogue.load().get()
    guard let path = environment["ESS_BENCH_DB"] else {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-bench-browser-\(getpid())")
        defer { try? FileManager.default.removeItem(at: scratch) }
        let child = Process()
        child.executableURL = URL(fileURLWithPath: CommandLine.arguments[0])
        child.arguments = ["directory-browser"]
        child.environment = environment.merging(["ESS_BENCH_DB": try generatedDirectory(catalogue: catalogue, in: scratch)]) { $1 }
        try child.run()
        child.waitUntilExit()
        guard child.terminationStatus == 0 else { throw BenchError("directory-browser exited \(child.terminationStatus)") }
        return
    }
    let size = Size(width: 120, height: 40)

    var firstFrame = Measurement("first frame: open the directory, state + view")
    var actorsFrame = Measurement("first frame of Actors (count + window of rows)")
    var total = 0
    for _ in 0..<20 {
        var state = try firstFrame.time { () -> BrowserState in
            let source = DirectoryActorSource(database: try DirectoryDatabase(path: path, create: false), catalogue: catalogue)
            let state = BrowserState(data: BrowserData(catalogue: catalogue, importedActors: source), language: .fr, size: size)
            _ = view(state)
            return state
        }
        total = state.directory.total ?? 0
        _ = actorsFrame.time { () -> Grid in
            _ = updateReadingAtOnce(&state, .commandIssued(.section2))
            return view(state)
        }
    }
    notePeak("first frames")
    let source = DirectoryActorSource(database: try DirectoryDatabase(path: path, create: false), catalogue: catalogue)
    let data = BrowserData(catalogue: catalogue, importedActors: source)

    var pageDown = Measurement("page down through imported actors")
    var pageUp = Measurement("page up from the end (End, then PgUp)")
    var end = Measurement("End: jump to the last imported actor")
    var state = BrowserState(data: data, language: .fr, size: size)
    try press("2", &state)
    for _ in 0..<300 { try press("<PgDn>", &state, into: &pageDown) }
    notePeak("page down")
    try press("G", &state, into: &end)
    notePeak("End")
    for _ in 0..<300 { try press("<PgUp>", &state, into: &pageUp) }

    notePeak("page up")
    var region = Measurement("region filter applied (counts + first window)")
    let regions = catalogue.currentRegions.prefix(13)
    for _ in 0..<3 {
        for territory in regions {
            var state = BrowserState(data: data, language: .fr, size: size)
            try press("2", &state)
            _ = region.time { () -> Grid in
                _ = updateReadingAtOnce(&state, .regionApplied(RegionFilter(region: territory.id, requested: territory.id)))
                return view(state)
            }
        }
    }

    notePeak("region filter")
    var picker = Measurement("département picker opened (counts of every value)")
    var departement = Measurement("département applied (count + first window)")
    var family = Measurement("legal family applied within it (count + window)")
    for index in 0..<20 {
        var state = BrowserState(data: data, language: .fr, size: size)
        try press("2", &state)
        try press("d", &state, into: &picker)
        for _ in 0...(index % 10) { try press("<Down>", &state) }
        try press("<Enter>", &state, into: &departement)
        try press("c<Down>", &state)
        try press("<Enter>", &state, into: &family)
    }

    notePeak("facet filters")
    var keystroke = Measurement("search overlay keystroke (catalogue + 50 imported)")
    for query in queries {
        var state = BrowserState(data: data, language: .fr, size: size)
        try press("s", &state)
        for character in query {
            _ = keystroke.time { () -> Grid in
                _ = updateReadingAtOnce(&state, .textTyped(String(character)))
                return view(state)
            }
        }
    }

    let peak = peakResidentMegabytes()
    printTable("Browser over the directory (\(total) imported actors, 120×40)",
               [firstFrame, actorsFrame, pageDown, end, pageUp, region, picker, departement, family, keystroke],
               note: "Peak resident memory of the process (catalogue, directory open, every step above): \(String(format: "%.0f", peak)) MB.")
}

/// This process's peak resident set so far, in MB. On Linux from `VmHWM`: `ru_maxrss` carries
/// over a parent's peak across fork and exec (the import, here), the new image's `VmHWM` does not.
private func peakResidentMegabytes() -> Double {
    #if os(Linux)
    let status = (try? String(contentsOfFile: "/proc/self/status", encoding: .utf8)) ?? ""
    let line = status.split(separator: "\n").first { $0.hasPrefix("VmHWM:") } ?? ""
    return (Double(line.split(separator: " ").dropFirst().first ?? "") ?? .nan) / 1024
    #else
    var usage = rusage()
    getrusage(RUSAGE_SELF, &usage)
    return Double(usage.ru_maxrss) / 1024 / 1024
    #endif
}

/// Notes the peak so far on standard error, to tell which step costs memory.
private func notePeak(_ step: String) {
    FileHandle.standardError.write(Data("peak after \(step): \(String(format: "%.0f", peakResidentMegabytes())) MB\n".utf8))
}

/// Presses the keys of `script`, untimed.
private func press(_ script: String, _ state: inout BrowserState) throws {
    for key in try Key.parseScript(script) {
        _ = updateReadingAtOnce(&state, .keyPressed(key))
        _ = view(state)
    }
}

/// Presses the keys of `script`, each timed into `measurement`.
private func press(_ script: String, _ state: inout BrowserState, into measurement: inout Measurement) throws {
    for key in try Key.parseScript(script) {
        _ = measurement.time { () -> Grid in
            _ = updateReadingAtOnce(&state, .keyPressed(key))
            return view(state)
        }
    }
}

/// A directory of generated actors imported into `folder`; its path.
func generatedDirectory(catalogue: Catalogue, in folder: URL) throws -> String {
    let rows = Int(ProcessInfo.processInfo.environment["ESS_BENCH_ROWS"] ?? "") ?? 1_000_000
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    let csv = folder.appendingPathComponent("actors.csv")
    FileManager.default.createFile(atPath: csv.path, contents: nil)
    let handle = try FileHandle(forWritingTo: csv)
    writeGenerated(DirectoryGenerator(shape: .essFrance, rows: rows), to: handle)
    try handle.close()
    let path = folder.appendingPathComponent("directory.sqlite").path
    let importer = DirectoryImporter(database: try DirectoryDatabase(path: path, create: true),
                                     places: PlaceIndex(catalogue: catalogue))
    _ = try importer.importFile(csv, options: ImportOptions())
    return path
}
