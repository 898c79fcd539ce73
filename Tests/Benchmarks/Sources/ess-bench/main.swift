import Foundation

/// `ess-bench generate --shape ess-france|sirene|sirene-etablissements --rows N [--seed S]` writes a
/// generated directory CSV to standard output.
///
/// `ess-bench [SUITE ...]`: runs the named suites (all when none is named) in a release build and
/// prints Markdown tables for docs/performance.md. Every suite measures ess beside what a user
/// would use instead, in the same run.
let suites: [(name: String, run: () throws -> Void)] = [
    ("start", runStartBenchmarks),
    ("browser", runBrowserBenchmarks),
    ("directory", runDirectoryBenchmarks),
    ("import", runImportBenchmarks),
    ("directory-search", runDirectorySearchBenchmark),
    ("directory-browser", runDirectoryBrowserBenchmark),
    ("map", runMapBenchmark),
]

let requested = Array(CommandLine.arguments.dropFirst())
if requested.first == "generate" {
    exit(runGenerate(Array(requested.dropFirst())))
}
let unknown = requested.filter { name in !suites.contains { $0.name == name } }
guard unknown.isEmpty else {
    FileHandle.standardError.write(Data((
        "ess-bench: unknown suite \(unknown.joined(separator: ", ")); suites: "
            + suites.map(\.name).joined(separator: ", ") + "\n").utf8))
    exit(64)
}
#if DEBUG
FileHandle.standardError.write(Data("ess-bench: debug build; figures only mean something with `-c release`\n".utf8))
#endif
do {
    for suite in suites where requested.isEmpty || requested.contains(suite.name) {
        try suite.run()
    }
} catch {
    FileHandle.standardError.write(Data("ess-bench: \(error)\n".utf8))
    exit(1)
}
