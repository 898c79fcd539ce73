/// One fuzz target: a function that must survive any bytes.
///
/// A harness checks what must hold for every input with `precondition`, so a broken promise
/// is a crash libFuzzer reports and saves, like a real crash. Returning normally means the
/// input was handled. To add a harness, write one file declaring a `static let` of this type
/// in an extension, and list it in ``all``; the fuzz campaign test, the replay of regression
/// inputs and `ess-fuzz` pick it up from there (see docs/testing.md).
public struct FuzzHarness: Sendable {
    /// The name used on the command line (`ess-fuzz NAME`) and as the folder of its
    /// regression inputs under `Tests/FuzzTests/Regressions/`.
    public let name: String
    /// Files or folders whose files start the corpus (paths relative to the package root).
    public let seedCorpus: [String]
    /// Runs one input; traps when an invariant breaks.
    public let run: @Sendable ([UInt8]) -> Void

    public init(name: String, seedCorpus: [String], run: @escaping @Sendable ([UInt8]) -> Void) {
        self.name = name
        self.seedCorpus = seedCorpus
        self.run = run
    }

    /// Every harness.
    public static let all: [FuzzHarness] = [
        .catalogueLoader,
        .csvReader,
    ]

    public static func named(_ name: String) -> FuzzHarness? {
        all.first { $0.name == name }
    }
}
