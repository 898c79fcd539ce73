import BrowserCore
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// Placeholder until the browser suite is written; replaced in the next commit.
func runBrowserBenchmarks() throws {
    let catalogue = try BuiltInCatalogue.load().get()
    var load = Measurement("load built-in catalogue")
    for _ in 0..<5 { _ = try load.time { try BuiltInCatalogue.load().get() } }
    var state = BrowserState(catalogue: catalogue, language: .fr, size: Size(width: 80, height: 24))
    var frame = Measurement("key + update + view, 80×24")
    for key in try Key.parseScript(String(repeating: "j", count: 200)) {
        frame.time {
            _ = update(&state, .keyPressed(key))
            _ = view(state)
        }
    }
    printTable("Browser", [load, frame])
}
