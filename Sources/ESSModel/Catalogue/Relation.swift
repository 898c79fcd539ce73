/// How two records are related: a link written in the data, or a tie the catalogue's structure implies
/// (where a record is, which document it comes from, how territories nest).
public enum Relation: Hashable, Sendable {
    case link(LinkRole)
    /// The holder is located in, or acts on, the target territory.
    case territory
    /// The holder territory lies inside the target territory.
    case parentTerritory
    /// The holder, a former region, merged into the target region.
    case currentRegion
    /// The holder, a former region, held the target département.
    case formerDepartement
    /// The holder cites the target source.
    case source

    /// The group label for this relation read in one direction.
    public func label(_ direction: LinkDirection) -> Localized {
        let outgoing = direction == .outgoing
        switch self {
        case .link(let role): return role.label(direction)
        case .territory:
            return outgoing ? Localized(fr: "Territoire", en: "Territory") : Localized(fr: "Présents ici", en: "Located here")
        case .parentTerritory:
            return outgoing ? Localized(fr: "Situé dans", en: "Lies in") : Localized(fr: "Contient", en: "Contains")
        case .currentRegion:
            return outgoing ? Localized(fr: "Région actuelle", en: "Current region")
                : Localized(fr: "Anciennes régions", en: "Former regions")
        case .formerDepartement:
            return outgoing ? Localized(fr: "Départements", en: "Départements")
                : Localized(fr: "Ancienne région", en: "Former region")
        case .source:
            return outgoing ? Localized(fr: "Sources", en: "Sources") : Localized(fr: "Cité dans", en: "Cited by")
        }
    }

    /// A stable name for machine output.
    public var name: String {
        switch self {
        case .link(let role): role.rawValue
        case .territory: "territoire"
        case .parentTerritory: "situe-dans"
        case .currentRegion: "region-actuelle"
        case .formerDepartement: "departement"
        case .source: "source"
        }
    }
}

/// A record next to another one, seen from that other one.
public struct Neighbour: Hashable, Sendable {
    public var id: RecordID
    public var relation: Relation
    public var direction: LinkDirection
    public var title: String?
    public var note: String?
    /// A written link's evidence and basis, seen from either end.
    public var evidence: Evidence?
    public var basis: Basis

    public init(id: RecordID, relation: Relation, direction: LinkDirection, title: String? = nil, note: String? = nil,
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.id = id
        self.relation = relation
        self.direction = direction
        self.title = title
        self.note = note
        self.evidence = evidence
        self.basis = basis
    }
}

/// Neighbours that share a relation and a direction, as the detail pane groups them.
public struct NeighbourGroup: Hashable, Sendable {
    public var relation: Relation
    public var direction: LinkDirection
    public var neighbours: [Neighbour]

    public func label(_ language: Language) -> String { relation.label(direction)(language) }
}
