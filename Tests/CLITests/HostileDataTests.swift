import Foundation
import Testing

/// Every hostile input kept for the fuzzer (`Tests/FuzzTests/Regressions/catalogue-loader/`),
/// dropped into a catalogue folder and given to the real binary: it either loads, or exits 1
/// with located errors on standard error and nothing on standard output; never a crash, a
/// trace or a hang.
@Suite("Hostile catalogue files through ess")
struct HostileDataTests {
    static let inputs = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("FuzzTests/Regressions/catalogue-loader")

    static var names: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: inputs.path)) ?? []).filter { !$0.hasPrefix(".") }.sorted()
    }

    @Test func thereAreInputs() {
        #expect(Self.names.count >= 10)
    }

    @Test(arguments: names)
    func hostileFileGivesLocatedErrorsOrLoads(_ name: String) throws {
        let folder = try DataFolder(["base.yaml": baseYAML])
        defer { folder.remove() }
        let data = try Data(contentsOf: Self.inputs.appendingPathComponent(name))
        let target = URL(fileURLWithPath: folder.path).appendingPathComponent(name.hasSuffix(".yaml") ? name : name + ".yaml")
        try data.write(to: target)
        let run = try ESS.run(["list", "actors", "--data", folder.path])
        #expect(run.status == 0 || run.status == 1, "\(name): status \(run.status)\n\(run.stderr.prefix(2_000))")
        #expect(!run.stderr.contains("Fatal error") && !run.stderr.contains("Stack trace") && !run.stderr.contains("Backtrac"),
                "\(name): \(run.stderr.prefix(2_000))")
        if run.status == 1 {
            #expect(run.stdout.isEmpty, "\(name): half-loaded output")
            let first = run.stderrLines.first ?? ""
            #expect(first.hasPrefix(folder.path + "/"), "\(name): \(first)")
            #expect(first.range(of: #"\.yaml:\d+:\d+: error: "#, options: .regularExpression) != nil, "\(name): \(first)")
            #expect(run.stderrLines.contains { $0.hasSuffix("nothing was loaded.") }, "\(name)")
            #expect(!run.stderr.unicodeScalars.contains { ($0.value < 0x20 && $0 != "\n") || (0x7F..<0xA0).contains($0.value) },
                    "\(name): a control character reached the terminal")
        }
    }
}
