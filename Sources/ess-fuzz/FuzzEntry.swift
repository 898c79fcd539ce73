import Foundation
import FuzzHarnesses

/// `ess-fuzz HARNESS [ARGUMENTS…]`.
///
/// Built for fuzzing (see `FuzzCampaignTests` and docs/testing.md: ASan, coverage, `-DFUZZING`,
/// libFuzzer's no-main runtime), the arguments after the harness go to libFuzzer
/// (`-max_total_time=60 CORPUS_DIR`, or a crash file to reproduce it). In an ordinary build,
/// each argument is a file run once through the harness: a replay without sanitisers.
@main
struct FuzzEntry {
    static func main() {
        var arguments = CommandLine.arguments
        guard arguments.count >= 2, let harness = FuzzHarness.named(arguments[1]) else {
            let names = FuzzHarness.all.map(\.name).joined(separator: ", ")
            FileHandle.standardError.write(Data("usage: ess-fuzz HARNESS [FILE… | libFuzzer arguments]  (harnesses: \(names))\n".utf8))
            exit(2)
        }
        arguments.remove(at: 1)
        #if FUZZING
        exit(runLibFuzzer(harness, arguments: arguments))
        #else
        for path in arguments.dropFirst() {
            guard let data = FileManager.default.contents(atPath: path) else {
                FileHandle.standardError.write(Data("ess-fuzz: cannot read \(path)\n".utf8))
                exit(1)
            }
            harness.run([UInt8](data))
            print("ok: \(path)")
        }
        #endif
    }
}

#if FUZZING
/// libFuzzer's entry when its `main` is not linked (`libclang_rt.fuzzer_no_main`).
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
    _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// The harness the C callback runs: set once before libFuzzer starts, never changed after.
nonisolated(unsafe) private var currentHarness: FuzzHarness?

private func runLibFuzzer(_ harness: FuzzHarness, arguments: [String]) -> CInt {
    currentHarness = harness
    var argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
    var argc = CInt(arguments.count)
    return argv.withUnsafeMutableBufferPointer { buffer in
        var pointer: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
        return LLVMFuzzerRunDriver(&argc, &pointer) { data, size in
            let bytes = data.map { Array(UnsafeBufferPointer(start: $0, count: size)) } ?? []
            currentHarness?.run(bytes)
            return 0
        }
    }
}
#endif
