import BrowserCore
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// Start-up, beside the same process doing nothing (`ess --version`), interleaved in one run so
/// that a change of load weighs on every row alike: the built-in catalogue's load in this process,
/// then whole `ess` processes, and the browser from process start to its first frame on a pty.
func runStartBenchmarks() throws {
    guard let ess = siblingExecutable("ess") else {
        throw BenchmarkError.missing("ess beside ess-bench: build both (`swift build -c release --product ess --product ess-bench`)")
    }
    var compiled = Measurement("load the built-in catalogue (compiled form)")
    var build = Measurement("  of which: build the catalogue from its records")
    var json = Measurement("the same records from JSON (JSONDecoder), built")
    var yaml = Measurement("load seeds/ as YAML (what --data does)")
    let catalogue = try BuiltInCatalogue.load().get()
    let contents = catalogue.contents
    let encoded = try JSONEncoder().encode(contents)
    for _ in 0..<50 {
        _ = try compiled.time { try BuiltInCatalogue.load().get() }
        _ = build.time { Catalogue(ordered: contents) }
        _ = try json.time { Catalogue(try JSONDecoder().decode(CatalogueContents.self, from: encoded)) }
    }
    for _ in 0..<10 { _ = try yaml.time { try CatalogueLoader.load(directory: seedsFolder).get() } }
    // What the browser does in process before its first frame, beyond the catalogue (warm: a
    // fresh process pays more, the rows below measure that).
    var keyMap = Measurement("the default key map parsed from its text")
    var firstState = Measurement("the browser's first state and view, 80×24")
    for _ in 0..<50 {
        _ = keyMap.time { KeyMapParser.parse(DefaultKeyMap.text) }
        _ = firstState.time {
            view(BrowserState(data: BrowserData(catalogue: catalogue), language: .fr, size: Size(width: 80, height: 24)))
        }
    }

    let empty = FileManager.default.temporaryDirectory.appendingPathComponent("ess-bench-start-\(getpid())")
    try FileManager.default.createDirectory(at: empty, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: empty) }
    // No directory of imported actors: the start of the catalogue alone.
    let environment = ["TERM=xterm-256color", "LC_ALL=C.UTF-8", "HOME=\(empty.path)", "XDG_DATA_HOME=\(empty.path)",
                       "PATH=/usr/bin:/bin"]

    var version = Measurement("ess --version (start and exit)")
    var show = Measurement("ess show progress")
    var showYAML = Measurement("ess show progress --data seeds/ (YAML)")
    var frame = Measurement("ess (browser): start to first frame, pty 80×24")
    var browseFrame = Measurement("ess browse (whole command line parsed): same")
    var versionCPU = Measurement("ess --version, CPU time")
    var showCPU = Measurement("ess show progress, CPU time")
    var showYAMLCPU = Measurement("ess show progress --data seeds/, CPU time")
    var frameCPU = Measurement("ess (browser) to first frame, CPU time")
    var browseFrameCPU = Measurement("ess browse to first frame, CPU time")
    for _ in 0..<30 {
        versionCPU.record(milliseconds: try version.time { try runQuietly([ess, "--version"], environment: environment) })
        showCPU.record(milliseconds: try show.time { try runQuietly([ess, "show", "progress"], environment: environment) })
        showYAMLCPU.record(milliseconds: try showYAML.time {
            try runQuietly([ess, "show", "progress", "--data", seedsFolder.path], environment: environment)
        })
        let alone = try firstFrame(ess, [], environment: environment)
        frame.record(milliseconds: alone.wall)
        frameCPU.record(milliseconds: alone.cpu)
        let browse = try firstFrame(ess, ["browse"], environment: environment)
        browseFrame.record(milliseconds: browse.wall)
        browseFrameCPU.record(milliseconds: browse.cpu)
    }
    printTable("Start: the built-in catalogue, and processes beside `ess --version` (release)",
               [compiled, build, json, yaml, keyMap, firstState, version, show, showYAML, frame, browseFrame,
                versionCPU, showCPU, showYAMLCPU, frameCPU, browseFrameCPU],
               note: "Targets: the catalogue's load ≤ 3 ms; ess show progress ≤ 1.5× ess --version; "
                   + "first frame ≤ 20 ms. Processes interleaved, 30 rounds. Wall-clock rows, then the "
                   + "CPU time the same processes used (user + system; the browser's up to its first frame).")
    print(String(format: "\nRatios of medians to ess --version: show progress %.2f× (CPU %.2f×), show progress from YAML %.2f×, first frame %.2f× (CPU %.2f×)",
                 show.median / version.median, showCPU.median / versionCPU.median, showYAML.median / version.median,
                 frame.median / version.median, frameCPU.median / versionCPU.median))
}

/// CPU time a running process has used so far, from the scheduler (`/proc/PID/schedstat`, in
/// nanoseconds: finer than the clock ticks of `/proc/PID/stat`).
func cpuMilliseconds(of pid: pid_t) -> Double {
    guard let text = try? String(contentsOfFile: "/proc/\(pid)/schedstat", encoding: .utf8),
          let first = text.split(separator: " ").first, let nanoseconds = Double(first) else { return .nan }
    return nanoseconds / 1e6
}

/// The catalogue files of the repository, for the YAML side of the comparisons.
let seedsFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
    .appendingPathComponent("../../../../seeds").standardizedFileURL

/// Starts `ess` (the browser) with `arguments` on a new pseudo-terminal of 80×24 and returns the time from just
/// before the fork to the moment the first frame's last row (the footer, "… q quit") has been
/// written to the terminal, and the CPU time the browser had used by then; then quits it with
/// `q`, unmeasured.
func firstFrame(_ ess: String, _ arguments: [String], environment: [String]) throws -> (wall: Double, cpu: Double) {
    // Everything the child needs is allocated before the fork: after it, only exec.
    let argv = ([ess] + arguments).map { strdup($0) } + [nil]
    let envp = environment.map { strdup($0) } + [nil]
    defer { (argv + envp).forEach { free($0) } }
    var size = winsize(ws_row: 24, ws_col: 80, ws_xpixel: 0, ws_ypixel: 0)
    var master: Int32 = -1
    let clock = ContinuousClock()
    let start = clock.now
    let pid = forkpty(&master, nil, nil, &size)
    if pid == 0 {
        execve(ess, argv, envp)
        _exit(127)
    }
    guard pid > 0 else { throw BenchmarkError.pty("forkpty failed (errno \(errno))") }
    defer { close(master) }
    var output: [UInt8] = []
    var buffer = [UInt8](repeating: 0, count: 1 << 16)
    let marker = Array("quit".utf8)
    while !output.containsSequence(marker) {
        var poller = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&poller, 1, 5_000) == 1 else {
            kill(pid, SIGKILL)
            throw BenchmarkError.pty("no first frame within 5 s; the terminal got: \(String(decoding: output.suffix(300), as: UTF8.self))")
        }
        let count = read(master, &buffer, buffer.count)
        guard count > 0 else {
            throw BenchmarkError.pty("ess closed the terminal before its first frame: \(String(decoding: output.suffix(300), as: UTF8.self))")
        }
        output += buffer[0..<count]
    }
    let elapsed = start.duration(to: clock.now)
    let cpu = cpuMilliseconds(of: pid)
    _ = write(master, "q", 1)
    // Read to the end so the child never blocks on a full terminal while restoring it.
    while read(master, &buffer, buffer.count) > 0 {}
    var status: Int32 = 0
    while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
    return (Double(elapsed.components.seconds) * 1e3 + Double(elapsed.components.attoseconds) / 1e15, cpu)
}

extension [UInt8] {
    func containsSequence(_ needle: [UInt8]) -> Bool {
        guard count >= needle.count else { return false }
        return (0...(count - needle.count)).contains { start in self[start..<start + needle.count].elementsEqual(needle) }
    }
}
