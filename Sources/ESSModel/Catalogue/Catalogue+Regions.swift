/// A region filter as the user asked for it and as it applies: "Rhône-Alpes" applies as
/// Auvergne-Rhône-Alpes, the region it merged into.
public struct RegionFilter: Hashable, Sendable {
    /// The current region records are matched against.
    public let region: RecordID
    /// The region the user named (a former region, or the same as `region`).
    public let requested: RecordID

    public init(region: RecordID, requested: RecordID) {
        self.region = region
        self.requested = requested
    }
}

/// An id, a region or a kind that is not in the catalogue, with the closest known ones.
public struct LookupError: Error, Equatable, Sendable, CustomStringConvertible {
    public let what: String
    public let value: String
    public let suggestions: [String]
    /// For a name several records share: each of them as "id (name)"; the value is then not unknown.
    public let candidates: [String]

    public init(what: String, value: String, suggestions: [String], candidates: [String] = []) {
        self.what = what
        self.value = value
        self.suggestions = suggestions
        self.candidates = candidates
    }

    public var description: String {
        if !candidates.isEmpty {
            return "'\(value)' names \(candidates.count) records: " + candidates.joined(separator: ", ")
                + " — give the id of the one you mean"
        }
        var text = "unknown \(what) '\(value)'"
        if !suggestions.isEmpty {
            text += " — did you mean " + suggestions.map { "'\($0)'" }.joined(separator: ", ") + "?"
        }
        return text
    }
}

extension Catalogue {
    /// The current regions (13 metropolitan and the overseas ones), by name.
    public var currentRegions: [Territory] { territories.filter { $0.level == .region } }

    /// The regions merged in 2016, by name.
    public var formerRegions: [Territory] { territories.filter { $0.level == .ancienneRegion } }

    /// Reads a region as a user types it: current or former name, any case, with or without accents
    /// and hyphens, an alias, its INSEE code or its id.
    public func resolveRegion(_ text: String) -> Result<RegionFilter, LookupError> {
        let folded = TextFolding.fold(text)
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        let candidates = currentRegions + formerRegions
        let match = candidates.first { region in
            region.id.rawValue == trimmed || region.code == trimmed
                || ([region.name] + region.aliases).contains { TextFolding.fold($0) == folded }
        }
        guard let match, !folded.isEmpty else {
            let names = candidates.flatMap { [$0.name] + $0.aliases }
            let closest = Suggestions.closest(to: text, among: names)
            // Nothing close: the current regions themselves are the useful answer.
            return .failure(LookupError(what: "region", value: text,
                                        suggestions: closest.isEmpty ? currentRegions.map(\.name) : closest))
        }
        let current = match.level == .ancienneRegion ? (match.current ?? match.id) : match.id
        return .success(RegionFilter(region: current, requested: match.id))
    }

    /// The current regions a record belongs to (through its territories, or its links).
    public func regions(of id: RecordID) -> [RecordID] { regionsByRecord[id] ?? [] }

    public func isInRegion(_ id: RecordID, _ filter: RegionFilter?) -> Bool {
        guard let filter else { return true }
        return regions(of: id).contains(filter.region)
    }

    /// The former regions that merged into a current one.
    public func formerRegions(of region: RecordID) -> [Territory] {
        formerRegions.filter { $0.current == region }
    }

    /// How a filter reads in a header: "Auvergne-Rhône-Alpes (ex-Rhône-Alpes)".
    public func describe(_ filter: RegionFilter) -> String {
        let current = name(of: filter.region)
        return filter.requested == filter.region ? current : "\(current) (ex-\(name(of: filter.requested)))"
    }

    /// For each current region, how many programmes, actors, people and events it holds.
    public func recordCountsByRegion() -> [RecordID: Int] {
        var counts: [RecordID: Int] = [:]
        for type in [RecordType.programme, .actor, .person, .event] {
            for record in records(of: type) {
                for region in regions(of: record.id) { counts[region, default: 0] += 1 }
            }
        }
        return counts
    }
}
