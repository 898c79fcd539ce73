import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// The `map` suite: the browser's map at 200×60 over a million imported actors (the real
/// adapter over SQLite), each figure a key press to a frame ready (update + view), and a frame
/// drawn alone. `ESS_BENCH_DB` names an existing directory; otherwise one of `ESS_BENCH_ROWS`
/// (default 1,000,000) generated actors is imported first, not measured.
func runMapBenchmark() throws {
    let environment = ProcessInfo.processInfo.environment
    let catalogue = try BuiltInCatalogue.load().get()
    let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-bench-map-\(getpid())")
    defer { try? FileManager.default.removeItem(at: scratch) }
    let path = try environment["ESS_BENCH_DB"] ?? generatedDirectory(catalogue: catalogue, in: scratch)
    let source = DirectoryActorSource(database: try DirectoryDatabase(path: path, create: false), catalogue: catalogue)
    let data = BrowserData(catalogue: catalogue, importedActors: source)
    let size = Size(width: 200, height: 60)

    var open = Measurement("m: map opened (rasters for the size, counts read, frame)")
    var frame = Measurement("frame alone (view of the map, counts held)")
    var move = Measurement("cursor moved (arrow key to frame)")
    var layer = Measurement("layer switched (v: shading + frame)")
    var filtered = Measurement("family applied in Actors, then m (filtered counts + frame)")
    var resize = Measurement("terminal resized (rasters for the new size + frame)")
    var total = 0
    for index in 0..<10 {
        var state = BrowserState(data: data, language: .fr, size: size)
        _ = updateReadingAtOnce(&state, .commandIssued(.section1))
        total = state.directory.total ?? 0
        _ = open.time { () -> Grid in
            _ = updateReadingAtOnce(&state, .commandIssued(.openMap))
            return view(state)
        }
        for _ in 0..<20 { _ = frame.time { view(state) } }
        for key in ["<Left>", "<Down>", "<Right>", "<Up>", "<Tab>"] {
            for parsed in try Key.parseScript(key) {
                _ = move.time { () -> Grid in
                    _ = updateReadingAtOnce(&state, .keyPressed(parsed))
                    return view(state)
                }
            }
        }
        for _ in 0..<4 {
            _ = layer.time { () -> Grid in
                _ = updateReadingAtOnce(&state, .commandIssued(.mapNextLayer))
                return view(state)
            }
        }
        _ = resize.time { () -> Grid in
            _ = updateReadingAtOnce(&state, .resized(Size(width: 200 - index, height: 60)))
            return view(state)
        }
        var actors = BrowserState(data: data, language: .fr, size: size)
        for parsed in try Key.parseScript("2c" + String(repeating: "<Down>", count: 1 + index % 4) + "<Enter>") {
            _ = updateReadingAtOnce(&actors, .keyPressed(parsed))
        }
        _ = filtered.time { () -> Grid in
            _ = updateReadingAtOnce(&actors, .commandIssued(.openMap))
            return view(actors)
        }
    }
    printTable("Map over the directory (\(total) imported actors, 200×60)", [open, frame, move, layer, filtered, resize],
               note: "Counts per commune are read from the table written at import; a frame reads one byte per braille dot.")
}
