import Foundation
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

enum ESSBinaryError: Error, CustomStringConvertible {
    case notFound(searched: [String])
    case timedOut([String])

    var description: String {
        switch self {
        case .notFound(let searched):
            return "the `ess` binary was not found next to the test bundle; looked in:\n  "
                + searched.joined(separator: "\n  ")
                + "\nbuild it with `swift build` (CLITests depends on the `ess` target, so `swift test` builds it) "
                + "or set ESS_BINARY to its path"
        case .timedOut(let arguments):
            return "ess \(arguments.joined(separator: " ")) did not finish within the time limit"
        }
    }
}

/// Finds and runs the `ess` binary built beside the test bundle.
enum ESS {
    /// The environment every run gets: explicit, so no variable of the caller's shell (NO_COLOR,
    /// LANG, ESS_DATA …) changes what is tested. TERM says colour is possible: the binary must still
    /// print none, because its standard output is not a terminal.
    static let baseEnvironment: [String: String] = [
        "LC_ALL": "C",
        "TERM": "xterm-256color",
        "PATH": "/usr/bin:/bin",
    ]

    /// The binary, located once.
    static let located: Result<URL, ESSBinaryError> = locate()

    static func binary() throws -> URL {
        try located.get()
    }

    /// The build folder is the one that holds the test bundle: on Linux the `.xctest` file is itself the
    /// executable in `.build/<triple>/<config>/`; on macOS it is a bundle whose executable sits in
    /// `Contents/MacOS/`. Only that folder is searched, so no stray `ess` elsewhere is ever run.
    private static func locate() -> Result<URL, ESSBinaryError> {
        let manager = FileManager.default
        if let explicit = ProcessInfo.processInfo.environment["ESS_BINARY"], !explicit.isEmpty {
            return manager.isExecutableFile(atPath: explicit)
                ? .success(URL(fileURLWithPath: explicit)) : .failure(.notFound(searched: [explicit + " (ESS_BINARY)"]))
        }
        var starts: [URL] = []
        if let executable = Bundle.main.executableURL { starts.append(executable) }
        #if os(Linux)
        if let real = try? manager.destinationOfSymbolicLink(atPath: "/proc/self/exe") {
            starts.append(URL(fileURLWithPath: real))
        }
        #endif
        if let first = CommandLine.arguments.first, !first.isEmpty {
            starts.append(URL(fileURLWithPath: first, relativeTo: URL(fileURLWithPath: manager.currentDirectoryPath)))
        }
        starts.append(Bundle.main.bundleURL)
        var searched: [String] = []
        for start in starts {
            let path = start.standardizedFileURL.resolvingSymlinksInPath()
            let components = path.pathComponents
            let folder: URL
            if let bundle = components.lastIndex(where: { $0.hasSuffix(".xctest") }) {
                folder = URL(fileURLWithPath: NSString.path(withComponents: Array(components[..<bundle])), isDirectory: true)
            } else {
                var isDirectory: ObjCBool = false
                let exists = manager.fileExists(atPath: path.path, isDirectory: &isDirectory)
                folder = exists && isDirectory.boolValue ? path : path.deletingLastPathComponent()
            }
            let candidate = folder.appendingPathComponent("ess")
            if searched.contains(candidate.path) { continue }
            searched.append(candidate.path)
            var isDirectory: ObjCBool = false
            if manager.fileExists(atPath: candidate.path, isDirectory: &isDirectory), !isDirectory.boolValue,
               manager.isExecutableFile(atPath: candidate.path) {
                return .success(candidate)
            }
        }
        return .failure(.notFound(searched: searched))
    }

    /// Runs `ess` with the arguments; `environment` adds to (or, with a nil value, removes from)
    /// the base environment. Standard input is /dev/null; output goes through files, so a large
    /// output never blocks the child.
    static func run(_ arguments: [String], environment extra: [String: String?] = [:],
                    timeout: TimeInterval = 60) throws -> ESSRun {
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
