import BrowserCore
import ESSModel
import ESSReference
import Foundation

/// A directory of imported actors made up on demand, for tests: `total` actors named
/// "Acteur 0000001" … in name order, none of them held in memory, and a count of how many rows
/// the browser asked for, which proves it reads a window and not the whole list.
///
/// Actor `n` (from 0) lies in scope `s` of `scopes` when `n % scopes.count == index of s`:
/// every territory listed gets an even share; other territories have no narrower scope than
/// the whole directory (nil count), like France. Its facets cycle independently: département
/// `departements[n % 3]`, legal family `families[n / 3 % 3]`, NAF section `nafSections[n / 9 % 3]`.
/// A facet filter is answered by walking the scope's actors, so tests that filter keep `total` small.
public final class SyntheticActorSource: ImportedActorSource, @unchecked Sendable {
    public let total: Int
    public let scopes: [RecordID]
    /// Guarded by `lock`.
    private var log = Requests()
    private let lock = NSLock()

    /// What the browser asked for so far.
    public struct Requests: Sendable {
        /// Rows returned by `rows`, in all.
        public var rows = 0
        /// Calls of `rows`.
        public var reads = 0
        public var pages: [RecordID] = []
    }

    /// How many fields an actor's page has: its SIREN, then numbered ones (a page long enough to scroll).
    let pageFields: Int

    public init(total: Int, scopes: [RecordID] = [], pageFields: Int = 1) {
        self.total = total
        self.scopes = scopes
        self.pageFields = pageFields
    }

    public var requested: Requests { lock.withLock { log } }

    /// The actors of a scope: their numbers are `phase`, `phase + step`, …
    private func numbers(_ scope: RecordID?) -> (phase: Int, step: Int, count: Int)? {
        guard let scope else { return (0, 1, total) }
        guard let index = scopes.firstIndex(of: scope) else { return nil }
        let step = scopes.count
        return (index, step, total > index ? (total - index + step - 1) / step : 0)
    }

    public static let departements = [ImportedFacetChoice(code: "42", label: "Loire (42)"),
                                      ImportedFacetChoice(code: "44", label: "Loire-Atlantique (44)"),
                                      ImportedFacetChoice(code: "69", label: "Rhône (69)")]
    public static let families = ["Associations", "Coopératives", "Mutuelles"].map { ImportedFacetChoice(code: $0, label: $0) }
    public static let nafSections = [ImportedFacetChoice(code: "I", label: "I · Hébergement et restauration"),
                                     ImportedFacetChoice(code: "Q", label: "Q · Santé humaine et action sociale"),
                                     ImportedFacetChoice(code: "S", label: "S · Autres activités de services")]

    /// The NAF divisions of each section; actor `n` is in division `n / 27 % count` of its section.
    public static let nafDivisions: [String: [ImportedFacetChoice]] = [
        "I": [ImportedFacetChoice(code: "55", label: "55 Hébergement"), ImportedFacetChoice(code: "56", label: "56 Restauration")],
        "Q": [ImportedFacetChoice(code: "86", label: "86 Activités pour la santé humaine"),
              ImportedFacetChoice(code: "87", label: "87 Hébergement médico-social et social"),
              ImportedFacetChoice(code: "88", label: "88 Action sociale sans hébergement")],
        "S": [ImportedFacetChoice(code: "94", label: "94 Activités des organisations associatives"),
              ImportedFacetChoice(code: "96", label: "96 Autres services personnels")],
    ]

    /// The NAF division of actor `number`.
    public static func nafDivision(of number: Int) -> ImportedFacetChoice {
        let divisions = nafDivisions[value(.nafSection, of: number).code] ?? []
        return divisions[number / 27 % divisions.count]
    }

    /// The value of `facet` for actor `number`.
    public static func value(_ facet: ImportedFacet, of number: Int) -> ImportedFacetChoice {
        switch facet {
        case .departement: departements[number % 3]
        case .legalFamily: families[number / 3 % 3]
        case .nafSection: nafSections[number / 9 % 3]
        }
    }

    private func matches(_ number: Int, _ filter: ImportedActorFilter) -> Bool {
        ImportedFacet.allCases.allSatisfy { facet in
            guard let code = filter.code(facet) else { return true }
            if facet == .nafSection, code.allSatisfy(\.isNumber) { return Self.nafDivision(of: number).code == code }
            return Self.value(facet, of: number).code == code
        }
    }

    /// The numbers of the scope's actors that pass `filter`, in name order, lazily.
    private func members(_ scope: RecordID?, _ filter: ImportedActorFilter) -> AnySequence<Int>? {
        guard let (phase, step, count) = numbers(scope) else { return nil }
        return AnySequence((0..<count).lazy.map { phase + $0 * step }.filter { self.matches($0, filter) })
    }

    /// The chef-lieu of each of ``departements``: actor `n` is placed there.
    public static let communes = ["42218", "44109", "69123"]

    /// Actors per commune: counted by arithmetic over the whole directory, walked otherwise.
    public func communeCounts(in scope: RecordID?, matching filter: ImportedActorFilter) -> [CommuneCount] {
        var counts = [0, 0, 0]
        if scope == nil && filter.isEmpty {
            for k in 0..<3 { counts[k] = total > k ? (total - k + 2) / 3 : 0 }
        } else {
            for number in members(scope, filter) ?? AnySequence([]) { counts[number % 3] += 1 }
        }
        return (0..<3).filter { counts[$0] > 0 }.map {
            CommuneCount(commune: Self.communes[$0], departement: Self.departements[$0].code, count: counts[$0])
        }
    }

    public func count(in scope: RecordID?, matching filter: ImportedActorFilter) -> Int? {
        guard filter.isEmpty else { return members(scope, filter).map { $0.reduce(0) { count, _ in count + 1 } } }
        return numbers(scope)?.count
    }

    public func rows(in scope: RecordID?, matching filter: ImportedActorFilter, offset: Int, limit: Int) -> [ImportedActorRow] {
        let rows: [ImportedActorRow]
        if filter.isEmpty {
            guard let (phase, step, count) = numbers(scope), offset < count else { return [] }
            rows = (offset..<min(count, offset + limit)).map { row(phase + $0 * step) }
        } else {
            guard let members = members(scope, filter) else { return [] }
            rows = members.dropFirst(offset).prefix(limit).map(row)
            guard !rows.isEmpty else { return [] }
        }
        lock.withLock {
            log.rows += rows.count
            log.reads += 1
        }
        return rows
    }

    /// Names containing the query's digits, or all when it has none: the first `limit`.
    public func search(_ text: String, in scope: RecordID?, matching filter: ImportedActorFilter, limit: Int) -> [ImportedActorRow] {
        guard let members = members(scope, filter) else { return [] }
        let digits = text.filter(\.isNumber)
        guard text.contains(where: \.isLetter) || !digits.isEmpty else { return [] }
        var found: [ImportedActorRow] = []
        for number in members.prefix(100_000) where found.count < limit {
            let actor = row(number)
            if digits.isEmpty || actor.name.contains(digits) { found.append(actor) }
        }
        return found
    }

    /// Each value of the facet holding actors of the scope and filter, in the order of the lists above.
    public func facetCounts(_ facet: ImportedFacet, in scope: RecordID?, matching filter: ImportedActorFilter) -> [ImportedFacetCount] {
        guard let members = members(scope, filter) else { return [] }
        var counts: [String: Int] = [:]
        for number in members { counts[Self.value(facet, of: number).code, default: 0] += 1 }
        let values = switch facet {
        case .departement: Self.departements
        case .legalFamily: Self.families
        case .nafSection: Self.nafSections
        }
        return values.compactMap { value in counts[value.code].map { ImportedFacetCount(value, count: $0) } }
    }

    public func nafDivisionCounts(inSection section: String, in scope: RecordID?, matching filter: ImportedActorFilter) -> [ImportedFacetCount] {
        guard let members = members(scope, filter) else { return [] }
        var counts: [String: Int] = [:]
        for number in members where Self.value(.nafSection, of: number).code == section {
            counts[Self.nafDivision(of: number).code, default: 0] += 1
        }
        return (Self.nafDivisions[section] ?? []).compactMap { value in counts[value.code].map { ImportedFacetCount(value, count: $0) } }
    }

    public func page(_ id: RecordID, language: Language) -> RecordPage? {
        guard id.rawValue.hasPrefix("siren:"), let number = Int(id.rawValue.dropFirst(6)), number < total else { return nil }
        lock.withLock { log.pages.append(id) }
        let actor = row(number)
        return RecordPage(id: id, type: .actor, title: actor.name,
                          subtitle: language == .fr ? "Acteur importé · \(actor.place ?? "")" : "Imported actor · \(actor.place ?? "")",
                          blocks: [.field(label: "SIREN", value: String(id.rawValue.dropFirst(6)))]
                              + (1..<max(1, pageFields)).map { .field(label: "Champ \($0)", value: "valeur \($0)") })
    }

    /// Actor number `n`.
    func row(_ number: Int) -> ImportedActorRow {
        let digits = String(number)
        let padded = String(repeating: "0", count: max(0, 9 - digits.count)) + digits
        let place = scopes.isEmpty ? nil : "Territoire \(number % scopes.count + 1)"
        return ImportedActorRow(id: RecordID("siren:" + padded), name: "Acteur \(padded)", place: place)
    }
}
