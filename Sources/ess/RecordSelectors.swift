import ArgumentParser
import ESSModel

/// The record types `ess list` takes, in English or French, singular or plural.
enum ListedType: String, ExpressibleByArgument, CaseIterable {
    case programmes, actors, people, events, territories, sources

    init?(argument: String) {
        let aliases: [String: ListedType] = [
            "programmes": .programmes, "programme": .programmes, "programs": .programmes,
            "actors": .actors, "actor": .actors, "acteurs": .actors, "acteur": .actors, "organisations": .actors,
            "people": .people, "person": .people, "personnes": .people, "personne": .people,
            "events": .events, "event": .events, "evenements": .events, "événements": .events, "timeline": .events,
            "territories": .territories, "territory": .territories, "territoires": .territories,
            "sources": .sources, "source": .sources,
        ]
        guard let type = aliases[argument.lowercased()] else { return nil }
        self = type
    }

    var recordType: RecordType {
        switch self {
        case .programmes: .programme
        case .actors: .actor
        case .people: .person
        case .events: .event
        case .territories: .territory
        case .sources: .source
        }
    }
}

/// `--region R`, `--kind K`, `--year Y` shared by `list` and `timeline`.
struct FilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Only records in this region: current or former name, with or without accents, or INSEE code (84, 82 …).",
        valueName: "region"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("Only records of this kind (e.g. ptce, cress, strategie-regionale, departement).", valueName: "kind"))
    var kind: String?

    @Option(name: .long, help: ArgumentHelp("Only records whose dates overlap this year or period (2016, 2015-2017).", valueName: "year"))
    var year: String?

    /// The years of `--year`, or a usage error.
    func years() throws -> ClosedRange<Int>? {
        guard let year else { return nil }
        let parts = year.split(separator: "-", omittingEmptySubsequences: false).map { Int($0) }
        switch parts.count {
        case 1 where parts[0] != nil: return parts[0]!...parts[0]!
        case 2 where parts[0] != nil && parts[1] != nil && parts[0]! <= parts[1]!: return parts[0]!...parts[1]!
        default: throw ValidationError("--year takes a year (2016) or a period (2015-2017), not '\(year)'")
        }
    }

    /// The region filter, or exit 1 with the closest region names.
    func regionFilter(in catalogue: Catalogue) throws -> RegionFilter? {
        guard let region else { return nil }
        switch catalogue.resolveRegion(region) {
        case .success(let filter): return filter
        case .failure(let error): throw fail(error)
        }
    }

    /// A query for one type, checking that the kind exists for that type.
    func query(_ type: RecordType, in catalogue: Catalogue) throws -> RecordQuery {
        if let kind {
            let codes = catalogue.kindCodes(for: type)
            let folded = TextFolding.fold(kind)
            let known = codes.contains { TextFolding.fold($0) == folded }
                || catalogue.records(of: type).contains { catalogue.kindCodes(of: $0).contains(folded) }
            if !known {
                throw fail(LookupError(what: "kind for \(type.collectionKey)", value: kind,
                                       suggestions: codes.isEmpty ? [] : Suggestions.closest(to: kind, among: codes)))
            }
        }
        return RecordQuery(type: type, region: try regionFilter(in: catalogue), kind: kind, years: try years())
    }
}

extension Catalogue {
    /// Finds a record by id, or by exact name, acronym or alias (any case, any accents). A name
    /// that several records bear is an error listing them, never a silent pick.
    func lookup(_ text: String) -> Result<any CatalogueRecord, LookupError> {
        if let record = record(RecordID(text)) { return .success(record) }
        let folded = TextFolding.fold(text)
        let exact = search(text, limit: 50).filter { $0.score >= 750 }.compactMap { record($0.id) }
            .filter { $0.searchableNames.contains(where: { TextFolding.fold($0) == folded }) }
        if exact.count == 1 { return .success(exact[0]) }
        if exact.count > 1 {
            return .failure(LookupError(what: "id", value: text, suggestions: [],
                                        candidates: exact.map { "\($0.id) (\($0.displayName))" }))
        }
        let ids = allIDs.map(\.rawValue)
        var suggestions = Suggestions.closest(to: text, among: ids)
        suggestions += search(text, limit: 3).map(\.id.rawValue).filter { !suggestions.contains($0) }
        return .failure(LookupError(what: "id", value: text, suggestions: Array(suggestions.prefix(5))))
    }
}
