import Foundation
import ProcessTestSupport
import Testing

/// What one run of `ess` printed and how it exited.
struct ESSRun: Sendable {
    var status: Int32
    var stdout: String
    var stderr: String
    var stdoutBytes: [UInt8]

    var stdoutLines: [String] { stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
    var stderrLines: [String] { stderr.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) }
}

/// Finds and runs the `ess` binary built beside the test bundle.
enum ESS {
    /// The environment every run gets: explicit, so no variable of the caller's shell (NO_COLOR,
    /// LANG, ESS_DATA …) changes what is tested. TERM says colour is possible: the binary must still
    /// print none, because its standard output is not a terminal.
    public static let baseEnvironment: [String: String] = [
        "LC_ALL": "C",
        "TERM": "xterm-256color",
        "PATH": "/usr/bin:/bin",
        // No directory of imported actors unless a test names one (--db or ESS_DB).
        "XDG_DATA_HOME": "/nonexistent/ess-cli-tests",
    ]

    static func binary() throws -> URL {
        try ESSBinary.binary()
    }

    /// Runs `ess` with the arguments; `environment` adds to (or, with a nil value, removes from)
    /// the base environment; `directory` is the current folder of the run. Standard input is
    /// /dev/null; output goes through files, so a large output never blocks the child.
    static func run(_ arguments: [String], environment extra: [String: String?] = [:],
                    directory: URL? = nil, timeout: TimeInterval = 60) throws -> ESSRun {
        let binary = try binary()
        let manager = FileManager.default
        let scratch = manager.temporaryDirectory.appendingPathComponent("ess-cli-run-\(UUID().uuidString)")
        try manager.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? manager.removeItem(at: scratch) }
        let outURL = scratch.appendingPathComponent("stdout"), errURL = scratch.appendingPathComponent("stderr")
        manager.createFile(atPath: outURL.path, contents: nil)
        manager.createFile(atPath: errURL.path, contents: nil)
        let out = try FileHandle(forWritingTo: outURL), err = try FileHandle(forWritingTo: errURL)

        var environment = baseEnvironment
        for (name, value) in extra { environment[name] = value }

        let process = Process()
        process.executableURL = binary
        process.arguments = arguments
        process.environment = environment
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(5_000) }
        if process.isRunning {
            process.terminate()
            process.waitUntilExit()
            throw ESSBinaryError.timedOut(arguments)
        }
        process.waitUntilExit()
        try out.close()
        try err.close()
        let stdout = try [UInt8](Data(contentsOf: outURL)), stderr = try [UInt8](Data(contentsOf: errURL))
        return ESSRun(status: process.terminationStatus, stdout: String(decoding: stdout, as: UTF8.self),
                      stderr: String(decoding: stderr, as: UTF8.self), stdoutBytes: stdout)
    }

    /// Runs `ess` and parses its standard output as JSON.
    static func json(_ arguments: [String], environment: [String: String?] = [:],
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Any {
        let run = try run(arguments, environment: environment)
        #expect(run.status == 0, "ess \(arguments.joined(separator: " ")) failed: \(run.stderr)", sourceLocation: sourceLocation)
        return try JSONSerialization.jsonObject(with: Data(run.stdoutBytes), options: [.fragmentsAllowed])
    }
}

/// A folder of YAML files for `--data`, `ESS_DATA` and `ess validate`, removed by `remove()`.
struct DataFolder {
    let url: URL
    var path: String { url.path }

    init(_ files: [String: String]) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ess-cli-data-\(UUID().uuidString)", isDirectory: true)
        for (name, contents) in files {
            let file = url.appendingPathComponent(name)
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(contents.utf8).write(to: file)
        }
    }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

/// A source and France, for small catalogues.
let baseYAML = """
    sources:
      - id: doc
        title: Un document
        file: 000_doc.txt
    territories:
      - id: france
        name: France
        level: france

    """

/// Counts the ESC bytes (0x1B) of a run's standard output: text for people must never hold one.
func escapeBytes(_ run: ESSRun) -> Int { run.stdoutBytes.filter { $0 == 0x1B }.count }
