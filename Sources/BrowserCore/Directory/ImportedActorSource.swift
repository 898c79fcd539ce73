import ESSModel
import ESSReference

/// Where the browser reads imported actors from: a directory of up to a million rows that never
/// enters the state whole.
///
/// The only part of the browser that reads outside the state, and never from `update` or `view`:
/// `update` returns a ``DirectoryRequest`` as an effect, and the program loop asks the source on
/// its worker thread (``DirectoryQuery/answer(from:)``), then hands the answer back as an action.
/// Given the same directory, the same question gets the same answer, so a test with an in-memory
/// source answering at once is as deterministic as one without.
///
/// `scope` is a territory of the catalogue (a region, a former region, a département, or a
/// smaller territory standing for its département); nil means the whole directory. `filter`
/// narrows it further by département, legal family and NAF section or division (the NAF facet's
/// code is a section letter, "Q", or a division's two digits, "88"); a filter that contradicts
/// the scope (another département) matches nothing.
public protocol ImportedActorSource: AnyObject, Sendable {
    /// How many imported actors the scope and filter hold; nil when the territory has no
    /// narrower scope than the whole directory (France, abroad) or the source cannot tell.
    func count(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> Int?
    /// `limit` actors in name order from position `offset` of the scope's filtered list.
    func rows(in scope: RecordID?, matching filter: ImportedActorFilter, offset: Int, limit: Int) throws -> [ImportedActorRow]
    /// The first `limit` actors whose name matches `text`, best first.
    func search(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, limit: Int) throws -> [ImportedActorRow]
    /// How many actors ``search(_:in:matching:limit:)`` would find with no limit, counted up to
    /// `bound` (a count past it means "more than `bound`").
    func searchCount(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, bound: Int) throws -> ImportedMatchCount
    /// Every value of `facet` among the actors of the scope and filter, with how many each
    /// holds, most first (ties by label); values holding none are left out.
    func facetCounts(_ facet: ImportedFacet, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount]
    /// The NAF divisions of `section` ("Q") among the actors of the scope and filter, in code
    /// order, labelled "88 Action sociale sans hébergement"; divisions holding none are left out.
    func nafDivisionCounts(inSection section: String, in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [ImportedFacetCount]
    /// The territory whose perimeter is counted for `territory`: itself when its perimeter is
    /// known, a wider one when it is not (an EPCI or a pays whose communes the catalogue does not
    /// hold), nil where nothing is counted (France, abroad). Read from the catalogue, not the disk.
    func countedTerritory(for territory: RecordID) -> RecordID?
    /// The actors of the scope and filter per commune (nil commune: placed in a département
    /// only), for the map: read from counts kept at import, never from the rows one by one.
    func communeCounts(in scope: RecordID?, matching filter: ImportedActorFilter) throws -> [CommuneCount]
    /// The page of an imported actor by its id (`siren:…`, `key:…`); nil for an id it does not hold.
    func page(_ id: RecordID, language: Language) throws -> RecordPage?
    /// Stops the read running on another thread as soon as it can; it then throws
    /// ``ImportedSourceError/interrupted``. Called from the input thread when a newer request
    /// replaces the one in flight.
    func interrupt()
    /// Forgets whatever the source remembered of the directory (positions in lists), after an
    /// import changed it.
    func discardCachedAnswers()
}

/// Why a read of the directory gave no answer.
public enum ImportedSourceError: Error, Hashable, Sendable, CustomStringConvertible {
    /// A newer request cancelled it.
    case interrupted
    /// A sentence for the status line: which file, what is wrong, what to do.
    case unreadable(String)

    public var description: String {
        switch self {
        case .interrupted: "interrupted"
        case .unreadable(let message): message
        }
    }
}

/// How many imported actors match a search, counted up to a bound.
public struct ImportedMatchCount: Hashable, Sendable {
    /// The matches counted; past the bound when there are more.
    public var count: Int
    /// False when the source stopped counting early and `count` is a floor.
    public var isExact: Bool

    public init(count: Int, isExact: Bool = true) {
        self.count = count
        self.isExact = isExact
    }
}

extension ImportedActorSource {
    /// The search itself, up to one past the bound: right for a small source; a directory
    /// counts without reading the rows.
    public func searchCount(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, bound: Int) throws -> ImportedMatchCount {
        ImportedMatchCount(count: try search(text, in: scope, matching: filter, limit: bound + 1).count)
    }

    /// A source that counts every territory over itself.
    public func countedTerritory(for territory: RecordID) -> RecordID? { territory }

    /// Without a facet filter.
    public func count(in scope: RecordID?) throws -> Int? { try count(in: scope, matching: ImportedActorFilter()) }

    public func rows(in scope: RecordID?, offset: Int, limit: Int) throws -> [ImportedActorRow] {
        try rows(in: scope, matching: ImportedActorFilter(), offset: offset, limit: limit)
    }

    public func search(_ text: String, in scope: RecordID?, limit: Int) throws -> [ImportedActorRow] {
        try search(text, in: scope, matching: ImportedActorFilter(), limit: limit)
    }

    /// Sources answering from memory have nothing to interrupt.
    public func interrupt() {}

    public func discardCachedAnswers() {}
}

/// One imported actor as a list shows it.
public struct ImportedActorRow: Hashable, Sendable {
    /// `siren:` and the SIREN, or `key:` and the key of an actor not keyed by a SIREN, as `ess
    /// show` takes it.
    public var id: RecordID
    /// How an imported actor's id starts.
    public static let idPrefixes = ["siren:", "key:"]

    /// Whether `id` is shaped as an imported actor's.
    public static func isImportedID(_ id: RecordID) -> Bool { idPrefixes.contains { id.rawValue.hasPrefix($0) } }
    public var name: String
    /// Where it is: "Lyon (69)"; nil when not placed.
    public var place: String?

    public init(id: RecordID, name: String, place: String? = nil) {
        self.id = id
        self.name = name
        self.place = place
    }
}
