import BrowserCore
import ESSDirectory
import ESSModel
import ESSReference
import Foundation

/// The browser's imported actors, read from a directory database.
///
/// Scopes (catalogue territories) become directory filters through the ``PlaceIndex``. Windows
/// are read by cursor (a rank) where one is known: each block boundary a read passes is
/// remembered, so scrolling down or up from a position already reached costs a block or two of the
/// packed name order (about a millisecond) however deep it is; only a jump to an unseen position
/// of a filtered list (End) counts its way there, from the nearer end.
/// A failed read throws ``ImportedSourceError``: the browser says so in its status line and keeps
/// working on the catalogue. Reads run on the program loop's worker; ``interrupt()`` comes from
/// the input thread.
public final class DirectoryActorSource: ImportedActorSource, @unchecked Sendable {
    private let database: DirectoryDatabase
    private let catalogue: Catalogue
    private let places: PlaceIndex
    /// The cursors known at list positions, per filter: guarded by `lock`.
    private var known: [ActorFilter: [Int: KnownPosition]] = [:]
    private let lock = NSLock()

    /// The actors around a boundary between two rows: the one before it and the one at it.
    private struct KnownPosition {
        var before: ActorCursor?
        var at: ActorCursor?
    }

    public init(database: DirectoryDatabase, catalogue: Catalogue, places: PlaceIndex? = nil) {
        self.database = database
        self.catalogue = catalogue
        self.places = places ?? PlaceIndex(catalogue: catalogue)
        // Windows are small and read by cursor: a small cache keeps the browser's memory flat.
        try? database.limitPageCache(megabytes: 16)
    }

    /// The directory filter of a scope and facets; nil for a territory with none narrower than
    /// France. A département facet outside the scope's département matches nothing.
    private func filter(_ scope: RecordID?, _ facets: ImportedActorFilter) -> ActorFilter? {
        guard var filter = scope.map({ places.filter(for: $0, in: catalogue) }) ?? ActorFilter() else { return nil }
        if let departement = facets.code(.departement) {
            let within = filter.departement.map { $0 == departement } ?? true
            filter.departement = within ? departement : ActorFilter.noDepartement
        }
        filter.legalFamily = facets.code(.legalFamily) ?? filter.legalFamily
        if let naf = facets.code(.nafSection) {
            // The NAF facet holds a section ("Q") or, chosen in an opened section, a division ("88").
            if naf.allSatisfy(\.isNumber) { filter.nafDivision = naf } else { filter.nafSection = naf }
        }
        return filter
    }

    public func countedTerritory(for territory: RecordID) -> RecordID? {
        places.scope(for: territory, in: catalogue)?.countedOver
    }

    /// Runs a read, turning the directory's errors into the browser's.
    private func reading<T>(_ body: () throws -> T) throws(ImportedSourceError) -> T {
        do {
            return try body()
        } catch DirectoryError.interrupted {
            throw .interrupted
        } catch {
            throw .unreadable(String(describing: error))
        }
    }

    public func interrupt() {
        database.interrupt()
    }

    public func discardCachedAnswers() {
        lock.withLock { known.removeAll() }
    }

    public func count(in scope: RecordID?, matching facets: ImportedActorFilter) throws -> Int? {
        guard let filter = filter(scope, facets) else { return nil }
        return try reading { try database.count(filter) }
    }

    public func rows(in scope: RecordID?, matching facets: ImportedActorFilter, offset: Int, limit: Int) throws -> [ImportedActorRow] {
        guard let filter = filter(scope, facets), limit > 0 else { return [] }
        let positions = lock.withLock { known[filter] ?? [:] }
        let actors: [ImportedActor] = try reading {
            if offset == 0 {
                return try database.page(filter, offset: 0, limit: limit)
            } else if let before = positions[offset]?.before {
                return try database.page(filter, after: before, limit: limit)
            } else if let boundary = (offset + 1...offset + limit).first(where: { positions[$0]?.at != nil }),
                      let at = positions[boundary]?.at {
                // Reached from below (End, then up): the rows before a known one, then the rest after them.
                let head = try database.page(filter, before: at, limit: boundary - offset)
                let tail = boundary < offset + limit
                    ? try database.page(filter, after: head.last?.cursor ?? at, limit: offset + limit - boundary) : []
                return head + tail
            } else {
                return try database.page(filter, offset: offset, limit: limit)
            }
        }
        remember(actors, from: offset, filter: filter)
        return actors.map { ImportedActorRow(id: RecordID($0.recordID), name: $0.name, place: $0.placeText) }
    }

    /// Départements and NAF sections in code order, legal families most first; each from the
    /// counts aggregated at import, so a picker opens at once over a million actors.
    public func facetCounts(_ facet: ImportedFacet, in scope: RecordID?, matching facets: ImportedActorFilter) throws -> [ImportedFacetCount] {
        guard let filter = filter(scope, facets) else { return [] }
        let column: DirectoryDatabase.CountColumn = switch facet {
        case .departement: .departement
        case .legalFamily: .legalFamily
        case .nafSection: .nafSection
        }
        let counts = try reading { try database.counts(by: column, filter) }
        let values = counts.filter { $0.value > 0 }.map { code, count in
            ImportedFacetCount(ImportedFacetChoice(code: code, label: label(facet, code)), count: count)
        }
        switch facet {
        case .departement:
            return values.sorted { (Self.departementOrder($0.choice.code), $0.choice.code) < (Self.departementOrder($1.choice.code), $1.choice.code) }
        case .nafSection:
            return values.sorted { $0.choice.code < $1.choice.code }
        case .legalFamily:
            return values.sorted { ($1.count, $0.choice.label) < ($0.count, $1.choice.label) }
        }
    }

    /// From the per-commune counts kept at import (a territory with no narrower scope than
    /// France counts the whole directory, as the map of all of France shows it).
    public func communeCounts(in scope: RecordID?, matching facets: ImportedActorFilter) throws -> [CommuneCount] {
        let filter = filter(scope, facets) ?? filter(nil, facets) ?? ActorFilter()
        return try reading { try database.communeCounts(filter) }.map {
            CommuneCount(commune: $0.commune, departement: $0.departement, count: $0.count)
        }
    }

    /// Counted over the actors' rows (the counts aggregated at import stop at the section).
    public func nafDivisionCounts(inSection section: String, in scope: RecordID?, matching facets: ImportedActorFilter) throws -> [ImportedFacetCount] {
        guard var filter = filter(scope, facets) else { return [] }
        filter.nafSection = section
        let counts = try reading { try database.counts(by: .nafDivision, filter) }
        return counts.filter { $0.value > 0 }.sorted { $0.key < $1.key }.map { code, count in
            let label = Nomenclatures.nafDivisionLabel(code).map { "\(code) \($0)" } ?? code
            return ImportedFacetCount(ImportedFacetChoice(code: code, label: label), count: count)
        }
    }

    /// "Rhône (69)", "Q · Santé humaine et action sociale", "Associations".
    private func label(_ facet: ImportedFacet, _ code: String) -> String {
        switch facet {
        case .departement:
            guard let place = places.place(departementCode: code) else { return code }
            return "\(catalogue.name(of: place.departement)) (\(code))"
        case .nafSection: return Nomenclatures.nafSectionLabel(code).map { "\(code) · \($0)" } ?? code
        case .legalFamily: return code
        }
    }

    /// Corsica's 2A and 2B between 19 and 21, overseas (971…) after the rest, as INSEE lists them.
    private static func departementOrder(_ code: String) -> Int {
        if code.hasPrefix("2A") || code.hasPrefix("2B") { return 2000 }
        let number = Int(code) ?? 0
        return code.count == 3 ? 10_000 + number : number * 100
    }

    /// Notes the cursors at every block boundary of a read, and at its end.
    private func remember(_ actors: [ImportedActor], from offset: Int, filter: ActorFilter) {
        guard !actors.isEmpty else { return }
        lock.withLock {
            var positions = known[filter] ?? [:]
            for index in actors.indices where (offset + index) % 64 == 0 || index == 0 {
                positions[offset + index, default: KnownPosition()].at = actors[index].cursor
                if index > 0 { positions[offset + index, default: KnownPosition()].before = actors[index - 1].cursor }
            }
            positions[offset + actors.count, default: KnownPosition()].before = actors[actors.count - 1].cursor
            known[filter] = positions
        }
    }

    public func search(_ text: String, in scope: RecordID?, matching facets: ImportedActorFilter, limit: Int) throws -> [ImportedActorRow] {
        guard let filter = filter(scope, facets) else { return [] }
        let actors = try reading { try database.search(text, filter, limit: limit) }
        return actors.map { ImportedActorRow(id: RecordID($0.recordID), name: $0.name, place: $0.placeText) }
    }

    public func searchCount(_ text: String, in scope: RecordID?, matching facets: ImportedActorFilter, bound: Int) throws -> ImportedMatchCount {
        guard let filter = filter(scope, facets) else { return ImportedMatchCount(count: 0) }
        let counted = try reading { try database.searchCount(text, filter, bound: bound) }
        return ImportedMatchCount(count: counted.count, isExact: counted.isExact)
    }

    public func page(_ id: RecordID, language: Language) throws -> RecordPage? {
        guard let key = ImportedActor.key(fromRecordID: id.rawValue) else { return nil }
        guard let actor = try reading({ try database.actor(key: key) }) else { return nil }
        return actor.page(in: catalogue, places: places, language: language)
    }
}
