import Foundation

/// The build of `ess-fuzz` instrumented for libFuzzer, run once, on a thread of its own.
///
/// It starts from the campaign's last test condition, which Swift Testing evaluates while it
/// plans the run, before any test runs: the build (two minutes of both cores in debug) then
/// runs beside the other tests from the start instead of queuing behind them until a test
/// thread is free, which made the campaign the last thing `swift test` waited for. A run that
/// filters the campaign out, or skips it, never starts it.
///
/// The campaign awaits the build without holding a thread: Swift Testing runs tests on a pool
/// as wide as the machine has cores, and a test blocked for the build's two minutes left the
/// rest of the suite one thread on this project's 2-core machine (docs/testing.md).
final class FuzzerBuild: @unchecked Sendable {
    static let shared = FuzzerBuild()

    private let lock = NSLock()
    private var started = false
    private var result: Result<URL, FuzzerBuildError>?
    private var waiting: [CheckedContinuation<URL, any Error>] = []

    /// Starts the build unless it has started or the campaign cannot run; always true, so that
    /// it can stand as a test condition.
    func start() -> Bool {
        guard FuzzCampaignTests.seconds > 0, FuzzCampaignTests.fuzzerRuntimePath() != nil else { return true }
        lock.lock()
        defer { lock.unlock() }
        guard !started else { return true }
        started = true
        Thread.detachNewThread {
            let result = Result { try Self.build() }.mapError { $0 as? FuzzerBuildError ?? FuzzerBuildError(message: "\($0)") }
            self.lock.lock()
            self.result = result
            let waiting = self.waiting
            self.waiting = []
            self.lock.unlock()
            for continuation in waiting { continuation.resume(with: result.mapError { $0 }) }
        }
        return true
    }

    /// The fuzzer's path once built (starting the build if nothing has).
    func binary() async throws -> URL {
        _ = start()
        return try await withCheckedThrowingContinuation { continuation in
            lock.lock()
            if let result {
                lock.unlock()
                continuation.resume(with: result.mapError { $0 })
            } else {
                waiting.append(continuation)
                lock.unlock()
            }
        }
    }

    /// Builds `ess-fuzz` with AddressSanitizer and libFuzzer's coverage and returns its path.
    private static func build() throws -> URL {
        guard let runtime = FuzzCampaignTests.fuzzerRuntimePath() else {
            throw FuzzerBuildError(message: "no \(FuzzCampaignTests.fuzzerRuntime) beside the Swift toolchain")
        }
        let root = FuzzCampaignTests.root
        let scratch = root.appendingPathComponent(".build/fuzz")
        let configuration = FuzzCampaignTests.configuration
        let flags = [
            "-c", configuration, "--scratch-path", scratch.path, "--product", "ess-fuzz",
            "-Xswiftc", "-sanitize=address",
            "-Xswiftc", "-sanitize-coverage=edge,trace-cmp,inline-8bit-counters,pc-table",
            "-Xswiftc", "-DFUZZING",
            "-Xcc", "-fsanitize=address,fuzzer-no-link",
            "-Xlinker", runtime, "-Xlinker", "-lstdc++",
        ]
        let log = root.appendingPathComponent(".build/fuzz-build.log")
        // The build runs the plugin's tool (embed-seeds), built with these flags too: AddressSanitizer's
        // leak check would fail it on the Swift runtime's caches, which are kept for the process's life.
        let status = try FuzzCampaignTests.run(FuzzCampaignTests.swiftExecutable(), ["build"] + flags, log: log,
                                               environment: ["ASAN_OPTIONS": "detect_leaks=0"], directory: root)
        let output = (try? String(contentsOf: log, encoding: .utf8)) ?? ""
        guard status == 0 else { throw FuzzerBuildError(message: "building the fuzzer failed (\(status)):\n\(output.suffix(3_000))") }
        let binary = scratch.appendingPathComponent("\(configuration)/ess-fuzz")
        guard FileManager.default.isExecutableFile(atPath: binary.path) else {
            throw FuzzerBuildError(message: "no fuzzer at \(binary.path) after its build")
        }
        return binary
    }
}

struct FuzzerBuildError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
