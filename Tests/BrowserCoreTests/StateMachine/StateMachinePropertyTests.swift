import BrowserCore
import ESSModel
import Foundation
import TUITestSupport
import TerminalGrid
import Testing

/// The browser as a state machine that cannot break: thousands of random action sequences go
/// through `update` and `view`, and ``BrowserInvariants`` must hold after every step.
///
/// A failure is shrunk to a minimal sequence and reported as an action script (see
/// ``ActionScript``); saved under `StateMachineRegressions/NAME.txt`, it is replayed by
/// ``replaysEveryRegressionSequence`` from then on.
@Suite struct StateMachinePropertyTests {
    /// The catalogues the sequences run on.
    enum Fixture: String, CaseIterable, CustomTestStringConvertible {
        case sample, builtIn, hostile, importedActors

        var testDescription: String { rawValue }

        func state() throws -> BrowserState {
            let catalogue: Catalogue
            if self == .importedActors {
                // The built-in catalogue beside a synthetic directory fetched by windows.
                let source = SyntheticActorSource(total: 5_000, scopes: ["arrondissement-roanne", "region-pays-de-la-loire"])
                return BrowserState(data: BrowserData(catalogue: try BrowserHarness.builtInCatalogue(), importedActors: source),
                                    language: .fr, size: Size(width: 80, height: 24))
            }
            switch self {
            case .sample: catalogue = SampleCatalogue.make()
            case .builtIn: catalogue = try BrowserHarness.builtInCatalogue()
            case .hostile, .importedActors: catalogue = HostileCatalogue.make()
            }
            return BrowserState(catalogue: catalogue, language: .fr, size: Size(width: 80, height: 24))
        }
    }

    /// 40 sequences of 20 steps per batch, four batches per fixture run in parallel: 640
    /// sequences and 12,800 steps, about a minute of CPU in a debug build, half a minute on two
    /// cores (the map's rasters for every size a resize draws are a third of it).
    /// `ESS_PROPERTY_SCALE=10 swift test --filter StateMachinePropertyTests` runs ten times more.
    static let sequencesPerBatch = 40 * max(1, Int(ProcessInfo.processInfo.environment["ESS_PROPERTY_SCALE"] ?? "") ?? 1)
    static let stepsPerSequence = 20
    static let batches = Array(0..<4)

    @Test(arguments: Fixture.allCases, batches)
    func randomSequencesKeepEveryInvariant(_ fixture: Fixture, batch: Int) throws {
        let start = try fixture.state()
        let generator = ActionGenerator(state: start)
        for index in 0..<Self.sequencesPerBatch {
            let seed = UInt64(batch * Self.sequencesPerBatch + index)
            var random = SplitMix64(state: seed &* 0x9E37_79B9 &+ UInt64(fixture.rawValue.count))
            let actions = (0..<Self.stepsPerSequence).map { _ in generator.action(&random) }
            guard let failure = Self.firstFailure(actions, from: start) else { continue }
            let minimal = SequenceShrinker.shrink(actions) { Self.firstFailure($0, from: start) != nil }
            let problem = Self.firstFailure(minimal, from: start)?.problem ?? failure.problem
            Issue.record("""
                \(fixture) seed \(seed): \(problem)
                minimal sequence (\(minimal.count) of \(actions.count) actions); save it as \
                Tests/BrowserCoreTests/StateMachineRegressions/NAME.txt with a first line `# fixture: \(fixture)`:
                \(ActionScript.text(for: minimal))
                """)
            return
        }
    }

    @Test func replaysEveryRegressionSequence() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .appendingPathComponent("StateMachineRegressions")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".txt") }.sorted()
        #expect(!names.isEmpty, "no regression sequences in \(folder.path)")
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            let fixtureName = text.split(separator: "\n").first { $0.hasPrefix("# fixture: ") }?.dropFirst(11)
            let fixture = try #require(Fixture(rawValue: String(fixtureName ?? "")), "\(name): first line must be `# fixture: NAME`")
            let start = try fixture.state()
            let actions = try ActionScript.parse(text, regions: start.data.regionChoices, facets: ActionGenerator.facets(of: start))
            if let failure = Self.firstFailure(actions, from: start) {
                Issue.record("\(name): \(failure.problem) after action \(failure.step + 1)")
            }
        }
    }

    @Test func shrinkingFindsTheMinimalFailingSequence() {
        // Fails whenever it holds both 3 and 7, in that order.
        let fails: ([Int]) -> Bool = { actions in
            guard let three = actions.firstIndex(of: 3) else { return false }
            return actions[three...].contains(7)
        }
        let long = [1, 2, 9, 3, 4, 5, 3, 6, 8, 7, 0, 7, 2]
        #expect(SequenceShrinker.shrink(long, stillFails: fails) == [3, 7])
        #expect(SequenceShrinker.shrink([5, 5, 5], stillFails: { $0.contains(5) }) == [5])
    }

    @Test func actionScriptsRoundTrip() throws {
        for fixture in [Fixture.builtIn, .importedActors] {
            let start = try fixture.state()
            let generator = ActionGenerator(state: start)
            var random = SplitMix64(state: 42)
            let actions = (0..<500).map { _ in generator.action(&random) }
            let text = ActionScript.text(for: actions)
            #expect(try ActionScript.parse(text, regions: start.data.regionChoices, facets: generator.facets) == actions)
        }
    }

    @Test func theInvariantsCatchABrokenScreen() throws {
        var state = try Fixture.sample.state()
        _ = updateReadingAtOnce(&state, .resized(Size(width: 90, height: 30)))
        var grid = view(state)
        #expect(BrowserInvariants.gridFitsTheTerminal(grid, size: state.size) == nil)
        #expect(BrowserInvariants.gridFitsTheTerminal(grid, size: Size(width: 91, height: 30)) != nil)
        grid.put("漢", at: Point(x: 89, y: 0), role: .normal)
        #expect(BrowserInvariants.footerIsPresent(grid, state: state) == nil)
        var blank = Grid(size: state.size)
        blank.put("x", at: Point(x: 0, y: 0), role: .normal)
        #expect(BrowserInvariants.footerIsPresent(blank, state: state) != nil)
    }

    /// The step at which an invariant first broke, or nil when the whole sequence kept them.
    static func firstFailure(_ actions: [BrowserAction], from start: BrowserState) -> (step: Int, problem: String)? {
        var state = start
        for (step, action) in actions.enumerated() {
            _ = updateReadingAtOnce(&state, action)
            if let problem = BrowserInvariants.check(state) { return (step, problem) }
        }
        return nil
    }
}
