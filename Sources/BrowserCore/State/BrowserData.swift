import ESSModel

/// The immutable inputs of a browsing session: the catalogue, the key map, and what is derived
/// from them once (region counts, the region picker's choices, the data's latest year).
///
/// A class so that every copy of ``BrowserState`` shares it instead of copying the catalogue;
/// two states are equal only if they share the same data, compared by identity.
public final class BrowserData: Equatable, Sendable {
    public let catalogue: Catalogue
    public let keyMap: KeyMap
    /// Programmes, actors, people and events per current region.
    public var regionCounts: [RecordID: Int] { regions.value.counts }
    /// Programmes, actors, people and events in all: what "all regions" holds.
    public let regionalRecordCount: Int
    /// Every region a user can pick, current and former, by name.
    public var regionChoices: [RegionChoice] { regions.value.choices }
    /// The counts and choices above, made when the region picker (or a restored region) first
    /// needs them: every record's regions are worked out for them, work the first frame can
    /// skip.
    private let regions: Lazy<(counts: [RecordID: Int], choices: [RegionChoice])>
    /// The latest year any programme period or event mentions: where open periods end on the
    /// timeline. Nil when the catalogue has no dates at all.
    public let latestYear: Int?
    /// A directory of imported actors, listed in Actors after the curated ones; nil without one.
    /// Only the program loop's worker (or a test answering at once) reads it.
    public let importedActors: (any ImportedActorSource)?
    /// The source documents, read once at start from the folder the user gave (`--sources`);
    /// nil without one. Each source's page then ends with its document, passages marked.
    public let documents: SourceDocuments?
    /// Each source's document as page blocks, by language and source: built once from
    /// ``documents``, so views stay pure.
    let documentBlocks: [Language: [RecordID: [PageBlock]]]

    public init(catalogue: Catalogue, keyMap: KeyMap = .standard, importedActors: (any ImportedActorSource)? = nil,
                documents: SourceDocuments? = nil) {
        self.catalogue = catalogue
        self.importedActors = importedActors
        self.keyMap = keyMap
        self.documents = documents
        self.documentBlocks = documents.map { BrowserData.blocks(documentsOf: catalogue, $0) } ?? [:]
        self.regions = Lazy {
            let counts = catalogue.recordCountsByRegion()
            return (counts, RegionChoice.all(in: catalogue, counts: counts))
        }
        self.regionalRecordCount = catalogue.programmes.count + catalogue.actors.count + catalogue.people.count
            + catalogue.events.count
        let programmeYears = catalogue.programmes.flatMap { [$0.period?.start?.year, $0.period?.end?.year] }
        let eventYears = catalogue.events.flatMap { [$0.date?.start?.year, $0.date?.end?.year] }
        self.latestYear = (programmeYears + eventYears).compactMap { $0 }.max()
    }

    public static func == (lhs: BrowserData, rhs: BrowserData) -> Bool { lhs === rhs }

    /// Each source's document as the blocks ending its page, in both languages.
    private static func blocks(documentsOf catalogue: Catalogue, _ documents: SourceDocuments) -> [Language: [RecordID: [PageBlock]]] {
        var result: [Language: [RecordID: [PageBlock]]] = [:]
        for language in Language.allCases {
            for source in catalogue.sources {
                guard let document = catalogue.documentBlocks(of: source.id, language: language, documents: documents) else { continue }
                result[language, default: [:]][source.id, default: []] += document
            }
        }
        return result
    }
}

/// A line of the region picker: a current region, or a former one that applies as the region it
/// merged into.
public struct RegionChoice: Hashable, Sendable {
    public var filter: RegionFilter
    /// The name picked: "Rhône-Alpes".
    public var name: String
    /// For a former region, the current one it belongs to: "Auvergne-Rhône-Alpes".
    public var currentName: String?
    /// Records in the region the filter applies to.
    public var count: Int
    /// Folded name, aliases and INSEE code, matched against what the user types.
    public var keys: [String]

    /// Current regions and former ones, sorted by name as a person reads them.
    static func all(in catalogue: Catalogue, counts: [RecordID: Int]) -> [RegionChoice] {
        let regions = (catalogue.currentRegions + catalogue.formerRegions).compactMap { territory -> RegionChoice? in
            let current = territory.level == .ancienneRegion ? territory.current : territory.id
            guard let current else { return nil }
            let keys = ([territory.name] + territory.aliases).map(TextFolding.fold) + (territory.code.map { [$0] } ?? [])
            return RegionChoice(
                filter: RegionFilter(region: current, requested: territory.id), name: territory.name,
                currentName: current == territory.id ? nil : catalogue.name(of: current),
                count: counts[current] ?? 0, keys: keys)
        }
        return regions.sorted { (TextFolding.fold($0.name), $0.name) < (TextFolding.fold($1.name), $1.name) }
    }
}
