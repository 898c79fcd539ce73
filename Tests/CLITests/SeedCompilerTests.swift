import Foundation
import Testing

/// The build step that compiles seeds/ into the binary (`embed-seeds`, run by EmbedSeedsPlugin):
/// an invalid seed file fails the build with every problem located, as the loader reports it.
@Suite("Seed compiler (build step)")
struct SeedCompilerTests {
    static let seeds = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("seeds")

    /// The tool SwiftPM built for the plugin, in the same folder as `ess`.
    static func tool() throws -> URL {
        let folder = try ESS.binary().deletingLastPathComponent()
        let candidates = ["embed-seeds-tool", "embed-seeds"].map { folder.appendingPathComponent($0) }
        return try #require(candidates.first { FileManager.default.isExecutableFile(atPath: $0.path) },
                            "no embed-seeds tool in \(folder.path): `swift build` builds it with ess")
    }

    static func compile(_ folder: URL) throws -> (status: Int32, stderr: String, output: String?) {
        let output = folder.appendingPathComponent("Out.swift")
        let errors = folder.appendingPathComponent("stderr.txt")
        _ = FileManager.default.createFile(atPath: errors.path, contents: nil)
        let handle = try FileHandle(forWritingTo: errors)
        let process = Process()
        process.executableURL = try tool()
        process.arguments = [folder.appendingPathComponent("seeds").path, output.path]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOf: errors, encoding: .utf8),
                try? String(contentsOf: output, encoding: .utf8))
    }

    /// A copy of seeds/ in a scratch folder, with `edit` applied to one file.
    static func copyOfSeeds(editing file: String, _ edit: (String) -> String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-seeds-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let copy = folder.appendingPathComponent("seeds")
        try FileManager.default.copyItem(at: seeds, to: copy)
        let target = copy.appendingPathComponent(file)
        try edit(try String(contentsOf: target, encoding: .utf8)).write(to: target, atomically: true, encoding: .utf8)
        return folder
    }

    @Test func validSeedsCompileToALiteral() throws {
        let folder = try Self.copyOfSeeds(editing: "sources.yaml") { $0 }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.compile(folder)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.output?.contains("static let base64: StaticString = \"RVNTQw") == true)
    }

    @Test func anInvalidSeedFailsTheBuildWithItsPlace() throws {
        let folder = try Self.copyOfSeeds(editing: "programmes/progress.yaml") {
            $0.replacingOccurrences(of: "kind: programme-territorial", with: "kind: programme-territoriale")
        }
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try Self.compile(folder)
        #expect(run.status == 1)
        #expect(run.output == nil)
        let path = folder.appendingPathComponent("seeds/programmes/progress.yaml").path
        let first = run.stderr.split(separator: "\n").first.map(String.init) ?? ""
        #expect(first.hasPrefix(path + ":") && first.contains(": error: unknown programme kind 'programme-territoriale'"), "\(run.stderr)")
        #expect(run.stderr.contains("did you mean 'programme-territorial'?"))
        #expect(run.stderr.hasSuffix("is not a valid catalogue\n"))
    }
}
