import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// A small deterministic generator, so a failing sequence can be replayed from its seed.
struct SplitMix64: RandomNumberGenerator {
    var state: UInt64

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

/// Two hundred random key, mouse and resize sequences through update and view, checking what
/// must always hold: no crash, every line exactly the grid's width, selections inside their lists.
@Suite struct RandomSequenceTests {
    static let keys: [Key] = {
        var keys = KeyMap.standard.bindings.map(\.key)
        keys += "aezAÉé漢😀 -'".map(Key.character)
        keys += [.delete, .insert, .function(5), .control("a"), .alt("x"), .left, .right]
        return keys
    }()

    @Test(arguments: [false, true])
    func randomSequencesKeepTheInvariants(builtIn: Bool) throws {
        let catalogue = builtIn ? try BrowserHarness.builtInCatalogue() : SampleCatalogue.make()
        let ids = catalogue.allIDs
        let start = BrowserState(catalogue: catalogue, language: .fr, size: Size(width: 80, height: 24))
        for seed in 0..<UInt64(100) {
            var generator = SplitMix64(state: seed &* 7919 &+ (builtIn ? 1 : 0))
            var browser = BrowserHarness(state: start)
            var trail: [BrowserAction] = []
            for _ in 0..<25 {
                let action = randomAction(&generator, ids: ids)
                trail.append(action)
                browser.send(action)
                if let problem = check(browser) {
                    Issue.record("seed \(seed): \(problem) after \(trail)")
                    return
                }
            }
        }
    }

    /// The same over a directory of imported actors: also, the selected row is always fetched.
    @Test func randomSequencesWithImportedActorsKeepTheInvariants() throws {
        let catalogue = try BrowserHarness.builtInCatalogue()
        let source = SyntheticActorSource(total: 5_000, scopes: ["arrondissement-roanne", "region-pays-de-la-loire"])
        let ids = catalogue.allIDs + ["siren:000000042", "siren:000004999", "imported-in:arrondissement-roanne",
                                      "imported-in:region-pays-de-la-loire", "imported-in:france"]
        let start = BrowserState(data: BrowserData(catalogue: catalogue, importedActors: source), language: .fr,
                                 size: Size(width: 80, height: 24))
        for seed in 0..<UInt64(60) {
            var generator = SplitMix64(state: seed &* 104_729 &+ 3)
            var browser = BrowserHarness(state: start)
            var trail: [BrowserAction] = []
            for _ in 0..<30 {
                let action = randomAction(&generator, ids: ids)
                trail.append(action)
                browser.send(action)
                let problem = check(browser) ?? (browser.state.current.selectedID == ListRow.unfetched.id
                    ? "the selected imported row was not fetched" : nil)
                if let problem {
                    Issue.record("seed \(seed): \(problem) after \(trail)")
                    return
                }
            }
        }
    }

    func randomAction(_ generator: inout SplitMix64, ids: [RecordID]) -> BrowserAction {
        switch Int.random(in: 0..<100, using: &generator) {
        case 0..<72:
            return .keyPressed(Self.keys.randomElement(using: &generator)!)
        case 72..<82:
            let big = Bool.random(using: &generator)
            let width = big ? Int.random(in: 80...140, using: &generator) : Int.random(in: 0...100, using: &generator)
            let height = big ? Int.random(in: 24...45, using: &generator) : Int.random(in: 0...30, using: &generator)
            return .resized(Size(width: width, height: height))
        case 82..<94:
            let kinds: [MouseEvent.Kind] = [.press(button: 1), .release(button: 1), .wheelUp, .wheelDown, .press(button: 3)]
            return .mouse(MouseEvent(kind: kinds.randomElement(using: &generator)!,
                                     x: Int.random(in: -2...142, using: &generator), y: Int.random(in: -2...47, using: &generator)))
        default:
            return .linkFollowed(ids.randomElement(using: &generator) ?? "nothing")
        }
    }

    /// Nil when every invariant holds, else what broke.
    func check(_ browser: BrowserHarness) -> String? {
        let state = browser.state
        let grid = browser.grid
        guard grid.size == state.size else { return "grid \(grid.size) for size \(state.size)" }
        let lines = grid.lines
        guard lines.count == state.size.height else { return "\(lines.count) lines for height \(state.size.height)" }
        if let bad = lines.firstIndex(where: { $0.displayWidth != state.size.width }) {
            return "line \(bad) is \(lines[bad].displayWidth) wide, not \(state.size.width): \(lines[bad])"
        }
        for (section, list) in state.sections {
            if list.rows.isEmpty {
                guard list.selection == 0 else { return "\(section): selection \(list.selection) in an empty list" }
            } else {
                guard list.rows.indices.contains(list.selection) else { return "\(section): selection out of the list" }
                guard !list.rows[list.selection].isHeading || !list.rows.contains(where: { !$0.isHeading }) else {
                    return "\(section): a heading is selected"
                }
            }
        }
        let list = state.current
        let layout = BrowserLayout(state)
        if state.fitsMinimumSize, !list.rows.isEmpty {
            let height = layout.listRows.height
            guard list.scroll <= list.selection, list.selection < list.scroll + height else {
                return "selection \(list.selection) not visible from \(list.scroll) in \(height) rows"
            }
        }
        if let cursor = list.detailCursor, !state.detail.targets.indices.contains(cursor) {
            return "detail cursor \(cursor) outside \(state.detail.targets.count) targets"
        }
        switch state.overlay {
        case .search(let search) where !search.rows.isEmpty:
            guard search.rows.indices.contains(search.selection) else { return "search selection out of range" }
        case .regionPicker(let picker) where !picker.choices.isEmpty:
            guard picker.choices.indices.contains(picker.selection) else { return "region selection out of range" }
        default:
            break
        }
        return nil
    }
}
