import Foundation
import FuzzHarnesses
import Testing

/// Every input a fuzzer once broke a harness with (or that a person found by hand), kept under
/// `Regressions/<harness>/` and run through its harness on every `swift test`, without sanitisers.
@Suite struct RegressionInputTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("Regressions")

    @Test func everyRegressionFolderNamesAHarness() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder.path).filter { !$0.hasPrefix(".") }
        for name in names {
            #expect(FuzzHarness.named(name) != nil, "Regressions/\(name) is not the name of a harness")
        }
    }

    @Test(arguments: FuzzHarness.all.map(\.name))
    func regressionInputsPass(_ name: String) throws {
        let harness = try #require(FuzzHarness.named(name))
        let inputs = Self.folder.appendingPathComponent(name)
        let files = ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
        #expect(!files.isEmpty, "no regression inputs for \(name) in \(inputs.path)")
        for file in files {
            let data = try Data(contentsOf: inputs.appendingPathComponent(file))
            harness.run([UInt8](data))
        }
    }

    @Test func seedCorpusFilesExist() {
        let root = Self.folder.deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        for harness in FuzzHarness.all {
            for path in harness.seedCorpus {
                #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent(path).path), "\(harness.name): \(path)")
            }
        }
    }
}
