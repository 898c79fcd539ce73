import Foundation
import FuzzHarnesses
import Testing

/// Builds `ess-fuzz` with AddressSanitizer and libFuzzer coverage (``configuration``), and runs
/// every harness for a bounded time: `ESS_FUZZ_SECONDS` (60 by default; 0 skips the campaign) is the whole
/// campaign's fuzzing time, shared equally by the harnesses, so adding one does not lengthen `swift test`.
/// The harnesses run side by side (libFuzzer uses one core each): on two cores the campaign
/// takes half its budget of wall time once the fuzzer is built.
///
/// The build has its own scratch folder (`.build/fuzz`), so it never waits on the lock of the
/// build that runs this test. A finding fails the test, names the input libFuzzer saved under
/// `.build/fuzz-findings/<harness>/`, and says how to turn it into a regression input.
@Suite struct FuzzCampaignTests {
    static let root = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    static let seconds = Int(ProcessInfo.processInfo.environment["ESS_FUZZ_SECONDS"] ?? "") ?? 60
    static let secondsPerHarness = max(1, seconds / max(1, FuzzHarness.all.count))
    static let fuzzerRuntime = "libclang_rt.fuzzer_no_main-x86_64.a"
    /// How `ess-fuzz` is built: `ESS_FUZZ_BUILD=debug|release`. A release build with sanitisers
    /// takes about three times the CPU of a debug one (390 s against 120 s on two cores) and
    /// runs the harnesses about twice as fast, so it pays off only for a long campaign: debug
    /// under ten minutes of fuzzing, release from then on.
    static let configuration = ProcessInfo.processInfo.environment["ESS_FUZZ_BUILD"] ?? (seconds >= 600 ? "release" : "debug")

    /// Skipped, and reported as skipped, where the campaign cannot run: a zero budget, or no
    /// libFuzzer runtime beside the toolchain (the Linux toolchain ships it; others may not).
    @Test(.enabled(if: seconds > 0, "ESS_FUZZ_SECONDS=0 skips the fuzz campaign"),
          .enabled(if: fuzzerRuntimePath() != nil, "no \(fuzzerRuntime) beside the Swift toolchain"),
          .enabled(if: FuzzerBuild.shared.start(), "the fuzzer's build starts while the test plan is made"),
          arguments: FuzzHarness.all.map(\.name))
    func harnessSurvivesFuzzing(_ name: String) async throws {
        let harness = try #require(FuzzHarness.named(name))
        let binary = try await FuzzerBuild.shared.binary()
        let corpus = try Self.corpus(for: harness)
        let findings = Self.root.appendingPathComponent(".build/fuzz-findings/\(name)")
        // Findings of an earlier run were reported then; only this run's count.
        try? FileManager.default.removeItem(at: findings)
        try FileManager.default.createDirectory(at: findings, withIntermediateDirectories: true)
        let log = findings.appendingPathComponent("last-run.log")
        let status = try await Self.run(binary, [
            // Inputs up to 8 KiB: the seed files fit, and mutating a 200 KB corpus entry (the
            // 100,000-character name) would spend the time on a few runs.
            name, "-max_total_time=\(Self.secondsPerHarness)", "-max_len=8192", "-timeout=10", "-rss_limit_mb=4096",
            "-print_final_stats=1", "-artifact_prefix=\(findings.path)/", corpus.path,
        ], log: log, environment: [
            // Let libFuzzer see a crash at once, instead of the Swift backtracer taking seconds.
            "SWIFT_BACKTRACE": "enable=no",
            // The Swift runtime keeps metadata caches for the process's life; not leaks of ours.
            "ASAN_OPTIONS": "detect_leaks=0",
        ])
        let saved = ((try? FileManager.default.contentsOfDirectory(atPath: findings.path)) ?? [])
            .filter { ["crash-", "timeout-", "oom-", "leak-", "slow-unit-"].contains(where: $0.hasPrefix) }
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        #expect(output.contains("Done ") || status != 0, "libFuzzer did not run:\n\(output.suffix(2_000))")
        if status != 0 || !saved.isEmpty {
            Issue.record("""
                \(name): libFuzzer exited with \(status) after finding an input that breaks the harness.
                Saved: \(saved.map { findings.appendingPathComponent($0).path }.joined(separator: ", "))
                Reproduce: \(binary.path) \(name) FILE   (or, without sanitisers: swift run ess-fuzz \(name) FILE)
                Then fix the bug and copy the input to Tests/FuzzTests/Regressions/\(name)/ with a name that says what it is.
                Log (\(log.path)):
                \(output.suffix(3_000))
                """)
        }
    }

    /// A corpus folder kept between runs (`.build/fuzz-corpus/<harness>`), topped up with the
    /// harness's seed files and its regression inputs.
    static func corpus(for harness: FuzzHarness) throws -> URL {
        let folder = root.appendingPathComponent(".build/fuzz-corpus/\(harness.name)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let regressions = "Tests/FuzzTests/Regressions/\(harness.name)"
        for path in harness.seedCorpus + [regressions] {
            for file in files(under: root.appendingPathComponent(path)) {
                let target = folder.appendingPathComponent("seed-" + file.pathComponents.suffix(2).joined(separator: "-"))
                if !FileManager.default.fileExists(atPath: target.path) {
                    try FileManager.default.copyItem(at: file, to: target)
                }
            }
        }
        return folder
    }

    static func files(under url: URL) -> [URL] {
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isDirectory) else { return [] }
        guard isDirectory.boolValue else { return [url] }
        let enumerator = FileManager.default.enumerator(at: url, includingPropertiesForKeys: [.isRegularFileKey])
        return (enumerator?.allObjects as? [URL] ?? []).filter {
            (try? $0.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true && !$0.lastPathComponent.hasPrefix(".")
        }
    }

    static func swiftExecutable() -> URL {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        for folder in path.split(separator: ":") {
            let candidate = URL(fileURLWithPath: String(folder)).appendingPathComponent("swift")
            if FileManager.default.isExecutableFile(atPath: candidate.path) { return candidate }
        }
        return URL(fileURLWithPath: "/usr/bin/swift")
    }

    /// `<toolchain>/usr/lib/swift/clang/lib/linux/libclang_rt.fuzzer_no_main-x86_64.a`.
    static func fuzzerRuntimePath() -> String? {
        let toolchain = swiftExecutable().resolvingSymlinksInPath().deletingLastPathComponent().deletingLastPathComponent()
        let path = toolchain.appendingPathComponent("lib/swift/clang/lib/linux/\(fuzzerRuntime)").path
        return FileManager.default.fileExists(atPath: path) ? path : nil
    }

    /// Runs a program to its end with output and errors in `log` (a file, so a chatty child can
    /// never block on a full pipe), and returns its exit status; for a thread of its own.
    static func run(_ executable: URL, _ arguments: [String], log: URL, environment: [String: String],
                    directory: URL? = nil) throws -> Int32 {
        let ended = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var status: Int32 = 0
        try launch(executable, arguments, log: log, environment: environment, directory: directory) {
            status = $0
            ended.signal()
        }
        ended.wait()
        return status
    }

    /// The same, awaited without holding one of the test pool's threads while the program runs.
    static func run(_ executable: URL, _ arguments: [String], log: URL, environment: [String: String]) async throws -> Int32 {
        try await withCheckedThrowingContinuation { continuation in
            do {
                try launch(executable, arguments, log: log, environment: environment, directory: nil) {
                    continuation.resume(returning: $0)
                }
            } catch {
                continuation.resume(throwing: error)
            }
        }
    }

    private static func launch(_ executable: URL, _ arguments: [String], log: URL, environment: [String: String],
                               directory: URL?, ended: @escaping @Sendable (Int32) -> Void) throws {
        FileManager.default.createFile(atPath: log.path, contents: nil)
        let handle = try FileHandle(forWritingTo: log)
        // The child has its own copy of the descriptor.
        defer { try? handle.close() }
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        if let directory { process.currentDirectoryURL = directory }
        process.standardInput = FileHandle.nullDevice
        process.standardOutput = handle
        process.standardError = handle
        process.terminationHandler = { ended($0.terminationStatus) }
        try process.run()
    }
}
