import ESSDirectory
import Foundation
import Testing

/// The committed samples under Tests/Fixtures/directory are the generator's output (seed 2016,
/// 1,000 rows), so a change to the generator shows in them: regenerate them with
/// `swift run --package-path Tests/Benchmarks ess-bench generate --shape SHAPE --rows 1000 > Tests/Fixtures/directory/FILE`.
@Suite("Generated fixtures")
struct GeneratedFixturesTests {
    @Test(arguments: [
        (DirectoryGenerator.Shape.essFrance, "ess-france-1000.csv"),
        (.sirene, "sirene-unites-1000.csv"),
        (.sireneEstablishments, "sirene-etablissements-1000.csv"),
        (.mixed, "mixed-places-1000.csv"),
    ])
    func fixtureIsTheGeneratorsOutput(_ shape: DirectoryGenerator.Shape, _ file: String) throws {
        let committed = try String(contentsOf: fixture(file), encoding: .utf8)
        let generated = DirectoryGenerator(shape: shape, rows: 1000).text()
        let differing = zip(committed.split(separator: "\n"), generated.split(separator: "\n")).enumerated().first { $0.element.0 != $0.element.1 }
        #expect(committed == generated, "\(file) line \((differing?.offset ?? 0) + 1): \(differing.map { "'\($0.element.0)' committed, '\($0.element.1)' generated" } ?? "lengths differ"); regenerate it with ess-bench generate")
    }
}
