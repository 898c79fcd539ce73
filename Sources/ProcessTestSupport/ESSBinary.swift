import Foundation

public enum ESSBinaryError: Error, CustomStringConvertible {
    case notFound(searched: [String])
    case timedOut([String])

    public var description: String {
        switch self {
        case .notFound(let searched):
            return "the `ess` binary was not found next to the test bundle; looked in:\n  "
                + searched.joined(separator: "\n  ")
                + "\nbuild it with `swift build` (the test targets depend on the `ess` target, so `swift test` builds it) "
                + "or set ESS_BINARY to its path"
        case .timedOut(let arguments):
            return "ess \(arguments.joined(separator: " ")) did not finish within the time limit"
        }
    }
}

/// Finds the `ess` binary built beside the test bundle, for the suites that run it as a user would.
public enum ESSBinary {
    /// The binary, located once.
    public static let located: Result<URL, ESSBinaryError> = locate()

    public static func binary() throws -> URL {
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

}
