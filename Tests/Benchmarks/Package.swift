// swift-tools-version:6.0
import PackageDescription

// The benchmarks of docs/performance.md, in a package of their own so that building `ess` never
// fetches or builds what only they use (yaslab/CSV.swift, the baseline of the CSV reader).
// From this folder: swift build -c release --product ess --product ess-bench
let package = Package(
    name: "ess-benchmarks",
    platforms: [.macOS(.v13)],
    dependencies: [
        .package(name: "ess", path: "../.."),
        .package(url: "https://github.com/yaslab/CSV.swift", from: "2.5.2"),
    ],
    targets: [
        .executableTarget(
            name: "ess-bench",
            dependencies: [
                .product(name: "ESSModel", package: "ess"),
                .product(name: "ESSSeeds", package: "ess"),
                .product(name: "ESSDirectory", package: "ess"),
                .product(name: "ESSReference", package: "ess"),
                .product(name: "TerminalGrid", package: "ess"),
                .product(name: "BrowserCore", package: "ess"),
                .product(name: "DirectoryBrowser", package: "ess"),
                .product(name: "CSV", package: "CSV.swift"),
            ]
        ),
    ]
)
