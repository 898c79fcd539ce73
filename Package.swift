// swift-tools-version:6.0
import PackageDescription

let package = Package(
    name: "ess",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ess", targets: ["ess"]),
        .library(name: "ESSModel", targets: ["ESSModel"]),
        .library(name: "ESSDirectory", targets: ["ESSDirectory"]),
        // For the benchmark package (Tests/Benchmarks), which measures them from outside.
        .library(name: "ESSSeeds", targets: ["ESSSeeds"]),
        .library(name: "TerminalGrid", targets: ["TerminalGrid"]),
        .library(name: "BrowserCore", targets: ["BrowserCore"]),
        .library(name: "DirectoryBrowser", targets: ["DirectoryBrowser"]),
        .library(name: "ESSReference", targets: ["ESSReference"]),
        .library(name: "ESSMap", targets: ["ESSMap"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.2.2"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
    ],
    targets: [
        // Pure catalogue: records, links, territories, queries, loading, validation. No terminal code.
        .target(
            name: "ESSModel",
            dependencies: [.product(name: "Yams", package: "Yams")]
        ),
        // The curated catalogue in seeds/, validated and compiled at build time (compact form of
        // its records, as Swift source) so the binary carries it, starts without parsing YAML and
        // works with no files beside it.
        .target(
            name: "ESSSeeds",
            dependencies: ["ESSModel"],
            plugins: ["EmbedSeedsPlugin"]
        ),
        .executableTarget(name: "embed-seeds", dependencies: ["ESSModel"]),
        .plugin(
            name: "EmbedSeedsPlugin",
            capability: .buildTool(),
            dependencies: ["embed-seeds"],
            path: "Sources/EmbedSeedsPlugin"
        ),
        // Imported directories of ESS actors (CSV → SQLite with FTS5): reader, presets, store, queries.
        // No terminal code.
        // Public French reference tables (communes of the COG, NAF, catégories juridiques, tranches
        // d'effectifs) in a compact generated form, decoded lazily. No dependencies.
        // Optimised in debug builds too (as ESSMap): every directory process decodes the communes
        // and every map frame rasters them; tests should not wait on that (docs/DECISIONS.md).
        .target(name: "ESSReference", exclude: ["Scripts"], swiftSettings: optimisedAlways),
        .target(
            name: "ESSDirectory",
            dependencies: ["ESSModel", "ESSReference", "CSQLiteSettings", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // sqlite3_config (variadic, so not callable from Swift) for the process-wide settings
        // ESSDirectory makes before its first connection (SQLiteProcessSettings).
        .systemLibrary(name: "CSQLiteSettings"),
        // Cells, grids, display width, sanitising: what every renderer shares.
        .target(name: "TerminalGrid"),
        // A map of France from the communes' centres: projection, rasters per size, quantile
        // classes, glyphs, legend, SVG. Pure; drawn into a Grid by the browser and the CLI.
        .target(name: "ESSMap", dependencies: ["ESSReference", "TerminalGrid"], swiftSettings: optimisedAlways),
        // Browser state, actions, update, key map, views. Never calls ncurses.
        .target(name: "BrowserCore", dependencies: ["ESSModel", "TerminalGrid", "ESSMap", "ESSReference"]),
        .systemLibrary(
            name: "CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        // The only importer of CNCurses: paints grids, reads keys.
        .target(name: "CursesBackend", dependencies: ["CNCurses", "TerminalGrid"]),
        // The browser's imported actors read from a directory database (BrowserCore's
        // ImportedActorSource over ESSDirectory), for ess and the benchmarks (Tests/Benchmarks).
        .target(name: "DirectoryBrowser", dependencies: ["BrowserCore", "ESSDirectory", "ESSModel", "ESSReference"]),
        .target(name: "TUITestSupport", dependencies: ["BrowserCore", "TerminalGrid", "ESSModel", "ESSSeeds", "ESSReference"]),
        // Locates the built `ess` for the suites that run it as a user would (CLI, tmux).
        .target(name: "ProcessTestSupport"),
        // What the fuzzers run: each harness feeds arbitrary bytes to one loader or reader (docs/testing.md).
        .target(name: "FuzzHarnesses", dependencies: ["ESSModel", "ESSDirectory", "TerminalGrid"]),
        // libFuzzer entry when built with -sanitize=fuzzer -DFUZZING, else a replayer of inputs.
        .executableTarget(name: "ess-fuzz", dependencies: ["FuzzHarnesses"]),
        .executableTarget(
            name: "ess",
            dependencies: [
                "ESSModel", "ESSSeeds", "ESSDirectory", "ESSReference", "ESSMap", "TerminalGrid", "BrowserCore", "CursesBackend", "DirectoryBrowser",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .testTarget(name: "ESSModelTests", dependencies: ["ESSModel", "ESSSeeds"]),
        .testTarget(name: "ESSDirectoryTests", dependencies: ["ESSDirectory", "ESSReference", "ESSModel", "ESSSeeds", "DirectoryBrowser", "BrowserCore"]),
        .testTarget(name: "ESSMapTests", dependencies: ["ESSMap", "ESSReference", "TerminalGrid"]),
        .testTarget(name: "TerminalGridTests", dependencies: ["TerminalGrid", "CursesBackend"]),
        .testTarget(
            name: "BrowserCoreTests",
            dependencies: ["BrowserCore", "TUITestSupport", "ESSReference"],
            exclude: ["StateMachineRegressions"]
        ),
        .testTarget(name: "CLITests", dependencies: ["ESSModel", "ESSDirectory", "TerminalGrid", "ess", "ProcessTestSupport",
                                              .product(name: "GRDB", package: "GRDB.swift")]),
        .testTarget(name: "EndToEndTests", dependencies: ["ess", "ProcessTestSupport", "ESSDirectory"]),
        .testTarget(name: "FuzzTests", dependencies: ["FuzzHarnesses"], exclude: ["Regressions", "Seeds"]),
    ]
)

/// Hot, pure code compiled with optimisation in every configuration.
var optimisedAlways: [SwiftSetting] { [.unsafeFlags(["-O"])] }

/// Every metadata access of a concrete generic type compiled as a direct call with its
/// conformances, not as a mangled name the runtime demangles at first use: that first use
/// looked each conformance up by scanning the static binary's 7,000 conformance records, a
/// tenth of a command's start (docs/DECISIONS.md, "Nothing at start…"). Costs a little code size.
let directMetadataAccess: [SwiftSetting] = [
    .unsafeFlags(["-Xfrontend", "-disable-concrete-type-metadata-mangled-name-accessors"], .when(configuration: .release)),
]
for target in package.targets where [.regular, .executable].contains(target.type) {
    target.swiftSettings = (target.swiftSettings ?? []) + directMetadataAccess
}
