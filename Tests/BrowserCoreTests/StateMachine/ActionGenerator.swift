import BrowserCore
import ESSModel
import TerminalGrid

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

/// Random browser actions weighted like a restless user: mostly keys (every bound key, text,
/// unbound and odd keys), then clicks and wheel turns anywhere (some off-screen), resizes from
/// 1×1 to 300×100, commands, link follows to any record (and to ids that do not exist),
/// region changes, imported-actor filters (département, legal family, NAF section: values the
/// directory holds, and codes it does not), back and forward.
struct ActionGenerator {
    let keys: [Key]
    let ids: [RecordID]
    let regions: [RegionChoice]
    /// The facet values of the state's directory (none without one).
    let facets: [ImportedFacet: [ImportedFacetChoice]]

    init(state: BrowserState) {
        var keys = state.keyMap.bindings.map(\.key)
        keys += "aezAÉé漢😀 -'/<".map(Key.character)
        keys += [.delete, .insert, .function(5), .function(12), .control("a"), .control("z"), .alt("x"), .altLeft, .altRight]
        self.keys = keys
        ids = state.catalogue.allIDs + ["nothing-here"]
        regions = state.data.regionChoices
        facets = Self.facets(of: state)
    }

    /// The values of every facet over the whole directory of `state`.
    static func facets(of state: BrowserState) -> [ImportedFacet: [ImportedFacetChoice]] {
        guard let source = state.data.importedActors else { return [:] }
        return Dictionary(uniqueKeysWithValues: ImportedFacet.allCases.map { facet in
            (facet, ((try? source.facetCounts(facet, in: nil, matching: ImportedActorFilter())) ?? []).map(\.choice))
        })
    }

    /// Each facet left out or set to one of its values (now and then a code no actor has).
    private func importFilter(_ random: inout SplitMix64) -> ImportedActorFilter {
        var filter = ImportedActorFilter()
        for facet in ImportedFacet.allCases where Bool.random(using: &random) {
            let odd = ImportedFacetChoice(code: "zz", label: "zz")
            filter[facet] = Int.random(in: 0..<8, using: &random) == 0 ? odd : (facets[facet]?.randomElement(using: &random) ?? odd)
        }
        return filter
    }

    func action(_ random: inout SplitMix64) -> BrowserAction {
        switch Int.random(in: 0..<100, using: &random) {
        case 0..<60:
            return .keyPressed(keys.randomElement(using: &random)!)
        case 60..<64:
            let words = ["loire", "é", "ESS", "zzz", "Rhône", "", "  ", "\u{1b}[2J"]
            return .textTyped(words.randomElement(using: &random)!)
        case 64..<72:
            return .resized(size(&random))
        case 72..<84:
            let kinds: [MouseEvent.Kind] = [.press(button: 1), .release(button: 1), .wheelUp, .wheelDown, .press(button: 3)]
            return .mouse(MouseEvent(kind: kinds.randomElement(using: &random)!,
                                     x: Int.random(in: -2...302, using: &random), y: Int.random(in: -2...102, using: &random)))
        case 84..<90:
            return .commandIssued(Command.allCases.randomElement(using: &random)!)
        case 90..<93:
            return .commandIssued(Bool.random(using: &random) ? .goBack : .goForward)
        case 93..<96:
            return .linkFollowed(ids.randomElement(using: &random)!)
        case 96..<98:
            return .importFilterApplied(importFilter(&random))
        default:
            let choice = regions.randomElement(using: &random)
            return .regionApplied(Bool.random(using: &random) ? choice?.filter : nil)
        }
    }

    /// Sizes spread over the range with extra weight on the edges: tiny, just under and at the
    /// 80×24 minimum, and large.
    private func size(_ random: inout SplitMix64) -> Size {
        switch Int.random(in: 0..<4, using: &random) {
        case 0: return Size(width: Int.random(in: 1...3, using: &random), height: Int.random(in: 1...3, using: &random))
        case 1: return Size(width: Int.random(in: 78...82, using: &random), height: Int.random(in: 22...26, using: &random))
        default: return Size(width: Int.random(in: 1...300, using: &random), height: Int.random(in: 1...100, using: &random))
        }
    }
}
