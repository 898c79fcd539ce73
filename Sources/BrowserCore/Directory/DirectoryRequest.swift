import ESSModel
import ESSReference

/// A question for the directory of imported actors: `update` asks it as an ``Effect/read(_:)``,
/// the program loop's worker (or a test, at once) answers it with
/// ``BrowserAction/directoryAnswered(_:_:)``.
///
/// The id grows with every request the state makes, so an answer to a request that a newer one of
/// its lane has replaced is recognised as stale and ignored.
public struct DirectoryRequest: Hashable, Sendable {
    public let id: Int
    public let query: DirectoryQuery

    public init(id: Int, query: DirectoryQuery) {
        self.id = id
        self.query = query
    }

    public var lane: DirectoryLane { query.lane }
}

/// Requests that replace each other: a newer request of a lane cancels the one in flight.
public enum DirectoryLane: String, CaseIterable, Hashable, Sendable {
    /// How many actors the whole directory holds.
    case total
    /// The Actors list: its count, the window of rows on screen, or the list filter's matches.
    case list
    /// How many actors the list filter matches in all (after its first matches are shown).
    case matchCount
    /// The open département, legal family or NAF picker's values.
    case picker
    /// The search overlay's imported matches.
    case search
    /// The page of the imported actor shown.
    case page
    /// The imported actors of a programme's territories.
    case counts
    /// The map's actors per commune.
    case map
}

/// Which imported actors a list holds: the territory, the facets, and the list filter's text.
public struct ImportedListKey: Hashable, Sendable {
    /// The territory (nil: the whole directory).
    public var scope: RecordID?
    public var filter: ImportedActorFilter
    /// The list filter; when not empty the directory's search answers it (its first matches).
    public var text: String

    public init(scope: RecordID?, filter: ImportedActorFilter = ImportedActorFilter(), text: String = "") {
        self.scope = scope
        self.filter = filter
        self.text = text
    }
}

/// What a request asks.
public enum DirectoryQuery: Hashable, Sendable {
    case total
    /// How many actors a list holds (its text empty).
    case count(ImportedListKey)
    /// The rows of `range` of a list (its text empty).
    case window(ImportedListKey, range: Range<Int>)
    /// The first matches of a list's text.
    case matches(ImportedListKey)
    /// How many actors a list's text matches in all, up to ``BrowserState/importedMatchCountBound``.
    case matchCount(ImportedListKey)
    /// A facet's values with their counts, within a scope and the other facets.
    case facetValues(ImportedFacet, scope: RecordID?, filter: ImportedActorFilter)
    /// The NAF divisions of a section with their counts, within a scope and the other facets.
    case nafDivisions(section: String, scope: RecordID?, filter: ImportedActorFilter)
    /// The search overlay's query among the imported actors.
    case search(String, scope: RecordID?, filter: ImportedActorFilter)
    /// An imported actor's page.
    case page(RecordID, Language)
    /// How many imported actors each territory holds.
    case territoryCounts([RecordID])
    /// The map's actors per commune, within a scope and the facets.
    case mapCounts(MapCountsKey)

    public var lane: DirectoryLane {
        switch self {
        case .total: .total
        case .count, .window, .matches: .list
        case .matchCount: .matchCount
        case .facetValues, .nafDivisions: .picker
        case .search: .search
        case .page: .page
        case .territoryCounts: .counts
        case .mapCounts: .map
        }
    }
}

/// The directory's answer to a ``DirectoryQuery``.
public enum DirectoryAnswer: Hashable, Sendable {
    /// Nil: the territory has no narrower scope than the whole directory.
    case count(Int?)
    case matchCount(ImportedMatchCount)
    case rows([ImportedActorRow])
    case facetValues([ImportedFacetCount], allCount: Int)
    case page(RecordPage?)
    /// The territories with a narrower scope than the whole directory; the others are left out.
    case territoryCounts([RecordID: Int])
    case mapCounts([CommuneCount])
    /// A newer request cancelled this one while it ran.
    case interrupted
    /// The read failed: a sentence for the status line.
    case failed(String)
}

/// Whether an import is writing the directory, as the program loop last saw it.
public enum ImportActivity: Hashable, Sendable {
    /// Nothing changed since the directory was loaded.
    case idle
    /// An import is writing: the browser reads the directory as it was at its last commit.
    case running
    /// An import finished since the directory was loaded: the lists may be out of date.
    case finished
}

extension DirectoryQuery {
    /// Asks `source`, on the calling thread: the program loop calls this on its worker, tests and
    /// benchmarks in place.
    public func answer(from source: any ImportedActorSource) -> DirectoryAnswer {
        do {
            switch self {
            case .total:
                return .count(try source.count(in: nil, matching: ImportedActorFilter()))
            case .count(let key):
                return .count(try source.count(in: key.scope, matching: key.filter))
            case .window(let key, let range):
                return .rows(try source.rows(in: key.scope, matching: key.filter, offset: range.lowerBound, limit: range.count))
            case .matches(let key):
                return .rows(try source.search(key.text, in: key.scope, matching: key.filter,
                                               limit: BrowserState.importedSearchLimit))
            case .matchCount(let key):
                return .matchCount(try source.searchCount(key.text, in: key.scope, matching: key.filter,
                                                          bound: BrowserState.importedMatchCountBound))
            case .facetValues(let facet, let scope, let filter):
                let values = try source.facetCounts(facet, in: scope, matching: filter)
                return .facetValues(values, allCount: try source.count(in: scope, matching: filter) ?? 0)
            case .nafDivisions(let section, let scope, let filter):
                let values = try source.nafDivisionCounts(inSection: section, in: scope, matching: filter)
                return .facetValues(values, allCount: values.reduce(0) { $0 + $1.count })
            case .search(let text, let scope, let filter):
                return .rows(try source.search(text, in: scope, matching: filter, limit: BrowserState.importedSearchLimit))
            case .page(let id, let language):
                return .page(try source.page(id, language: language))
            case .territoryCounts(let territories):
                var counts: [RecordID: Int] = [:]
                for territory in territories {
                    if let count = try source.count(in: territory, matching: ImportedActorFilter()) { counts[territory] = count }
                }
                return .territoryCounts(counts)
            case .mapCounts(let key):
                return .mapCounts(try source.communeCounts(in: key.scope, matching: key.filter))
            }
        } catch let error as ImportedSourceError {
            return error == .interrupted ? .interrupted : .failed(error.description)
        } catch {
            return .failed(String(describing: error))
        }
    }
}
