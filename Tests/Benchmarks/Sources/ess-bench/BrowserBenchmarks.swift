import BrowserCore
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// What a person does in a browsing session, as key scripts: each key is one measured frame
/// (update + view), the work the browser does between a key press and the screen being ready.
private let sessionScripts: [(name: String, script: String)] = [
    ("move in the list", "jjjjjjjjjjGgjjjj<PgDn><PgUp>"),
    ("detail: move, follow, back, forward", "<Tab>jjjjjjjjjjjjjjjjjjjj<Enter><BS>l<BS><Tab>"),
    ("switch sections", "2345123451"),
    ("filter as you type", "2/saint etienne<Enter><Esc>1"),
    ("search as you type", "scress rhone<Enter>1"),
    ("region picker", "rauvergne rhone<Enter>1234R"),
    ("help overlay", "?jjjj<Esc>"),
    ("timeline", "5jjjjjjjjjj<Enter><BS>1"),
]

func runBrowserBenchmarks() throws {
    var load = Measurement("load the built-in catalogue")
    var catalogue = try BuiltInCatalogue.load().get()
    for _ in 0..<10 { catalogue = try load.time { try BuiltInCatalogue.load().get() } }

    var firstFrame = Measurement("first frame (state + view), 80×24")
    for _ in 0..<50 {
        _ = firstFrame.time {
            view(BrowserState(catalogue: catalogue, language: .fr, size: Size(width: 80, height: 24)))
        }
    }

    var perKey: [Measurement] = []
    for size in [Size(width: 80, height: 24), Size(width: 120, height: 40), Size(width: 200, height: 60)] {
        perKey.append(try measureKeys(catalogue: catalogue, size: size, scripts: sessionScripts,
                                      name: "any key, \(size.width)×\(size.height)"))
    }
    let wide = Size(width: 200, height: 60)
    let typing = try measureKeys(catalogue: catalogue, size: wide, scripts: [sessionScripts[4]],
                                 name: "search keystroke, 200×60")
    let region = try measureKeys(catalogue: catalogue, size: wide, scripts: [sessionScripts[5]],
                                 name: "region picker keys, 200×60")

    var search = Measurement("Catalogue.search alone, per prefix")
    for _ in 0..<passes {
        for query in ["cress rhone", "saint etienne", "economie"] {
            for end in query.indices.dropFirst() {
                _ = search.time { catalogue.search(String(query[..<end]), limit: 200) }
            }
        }
    }

    printTable("Browser: key to frame ready (update + view, release)", [load, firstFrame] + perKey + [typing, search, region],
               note: "Budget: 16 ms per frame. Scripts: " + sessionScripts.map(\.name).joined(separator: ", ")
                   + "; \(passes) passes each.")
    try runCommandLineComparison()
}

private let passes = 40

/// Replays `scripts` `passes` times from a fresh browser and times every key.
private func measureKeys(catalogue: Catalogue, size: Size, scripts: [(name: String, script: String)],
                         name: String) throws -> Measurement {
    var measurement = Measurement(name)
    let keys = try scripts.map { try Key.parseScript($0.script) }
    for _ in 0..<passes {
        for script in keys {
            var state = BrowserState(catalogue: catalogue, language: .fr, size: size)
            for key in script {
                let grid = measurement.time { () -> Grid in
                    _ = updateReadingAtOnce(&state, .keyPressed(key))
                    return view(state)
                }
                precondition(grid.size == size)
            }
        }
    }
    return measurement
}

/// What a user does without the browser: one `ess` process per question, or grep over the
/// catalogue files. Times whole processes, start to exit.
private func runCommandLineComparison() throws {
    guard let ess = siblingExecutable("ess") else {
        print("\n(ess binary not found beside ess-bench: build it with `swift build -c release` to compare)")
        return
    }
    let seeds = seedsFolder.path
    let commands: [(String, [String])] = [
        ("ess show progress (one process)", [ess, "show", "progress"]),
        ("ess search \"saint etienne\"", [ess, "search", "saint etienne"]),
        ("ess list actors --region 84", [ess, "list", "actors", "--region", "84"]),
        ("grep -ri \"saint-étienne\" seeds/", ["/bin/grep", "-ri", "saint-étienne", seeds]),
    ]
    var measurements: [Measurement] = []
    for (name, command) in commands {
        var measurement = Measurement(name)
        for _ in 0..<20 { try measurement.time { try runQuietly(command) } }
        measurements.append(measurement)
    }
    printTable("Instead of the browser: one command per question (whole process)", measurements)
}

/// An executable built beside this one (same build folder).
func siblingExecutable(_ name: String) -> String? {
    let own = URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath()
    let candidate = own.deletingLastPathComponent().appendingPathComponent(name).path
    return FileManager.default.isExecutableFile(atPath: candidate) ? candidate : nil
}

/// Runs a command with its output discarded and returns the CPU time it used (user and system,
/// milliseconds): unlike wall-clock time, what a process costs, whatever else the machine runs.
/// Throws if the command fails.
///
/// posix_spawn rather than Foundation's `Process`, which on Linux spends tens of milliseconds
/// closing every possible descriptor before exec and would swamp what is measured.
@discardableResult
func runQuietly(_ command: [String], environment: [String]? = nil) throws -> Double {
    var actions = posix_spawn_file_actions_t()
    posix_spawn_file_actions_init(&actions)
    defer { posix_spawn_file_actions_destroy(&actions) }
    posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
    posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
    let argv = command.map { strdup($0) } + [nil]
    let envp = environment.map { $0.map { strdup($0) } + [nil] }
    defer { (argv + (envp ?? [])).forEach { free($0) } }
    var pid = pid_t()
    let spawned: Int32
    if var envp {
        spawned = posix_spawn(&pid, command[0], &actions, nil, argv, &envp)
    } else {
        spawned = posix_spawn(&pid, command[0], &actions, nil, argv, environ)
    }
    guard spawned == 0 else { throw BenchmarkError.commandFailed(command.joined(separator: " "), -1) }
    var status: Int32 = 0
    var usage = rusage()
    while wait4(pid, &status, 0, &usage) < 0 && errno == EINTR {}
    guard status == 0 else { throw BenchmarkError.commandFailed(command.joined(separator: " "), status) }
    func milliseconds(_ time: timeval) -> Double { Double(time.tv_sec) * 1e3 + Double(time.tv_usec) / 1e3 }
    return milliseconds(usage.ru_utime) + milliseconds(usage.ru_stime)
}

enum BenchmarkError: Error, CustomStringConvertible {
    case commandFailed(String, Int32)
    case missing(String)
    case pty(String)

    var description: String {
        switch self {
        case .commandFailed(let command, let status): "`\(command)` exited with \(status)"
        case .missing(let what): "missing \(what)"
        case .pty(let problem): "pty: \(problem)"
        }
    }
}
