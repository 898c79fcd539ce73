/// A territorial programme, regional strategy, metropolitan scheme, policy, network or contract.
public struct Programme: CatalogueRecord, Hashable, Codable {
    public static let recordType = RecordType.programme
    public var id: RecordID
    public var name: String
    public var acronym: String?
    public var fullName: String?
    public var kind: ProgrammeKind
    public var territories: [RecordID]
    public var period: DateRange?
    public var summary: String?
    public var axes: [Axis]
    public var governance: [GovernanceBody]
    public var figures: [KeyFigure]
    /// Participants and other links written on the programme itself.
    public var links: [Link]
    public var sources: [RecordID]

    public init(id: RecordID, name: String, acronym: String? = nil, fullName: String? = nil, kind: ProgrammeKind,
                territories: [RecordID] = [], period: DateRange? = nil, summary: String? = nil, axes: [Axis] = [],
                governance: [GovernanceBody] = [], figures: [KeyFigure] = [], links: [Link] = [],
                sources: [RecordID] = []) {
        self.id = id
        self.name = name
        self.acronym = acronym
        self.fullName = fullName
        self.kind = kind
        self.territories = territories
        self.period = period
        self.summary = summary
        self.axes = axes
        self.governance = governance
        self.figures = figures
        self.links = links
        self.sources = sources
    }

    public var displayName: String { name }
    public var searchableNames: [String] {
        [name] + [acronym, fullName].compactMap { $0 } + axes.flatMap { [$0.title] + $0.objectives.map(\.title) }
    }

    /// Links of the programme and of its governance bodies' members, each member link noting its body.
    public var allLinks: [Link] {
        links + governance.flatMap { body in
            body.members.map { member in
                var link = member
                link.note = body.name
                return link
            }
        }
    }

    public var objectiveCount: Int { axes.reduce(0) { $0 + $1.objectives.count } }
}

/// A stake (enjeu) or axis of a programme, holding its objectives or actions.
public struct Axis: Hashable, Sendable, Codable, Attested {
    public var id: RecordID
    public var title: String
    public var summary: String?
    public var objectives: [Objective]
    /// `interpreted` when the title is our wording for what the document describes.
    public var evidence: Evidence?
    public var basis: Basis

    public init(id: RecordID, title: String, summary: String? = nil, objectives: [Objective] = [],
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.evidence = evidence
        self.basis = basis
        self.id = id
        self.title = title
        self.summary = summary
        self.objectives = objectives
    }
}

/// An operational objective or an action under an axis.
public struct Objective: Hashable, Sendable, Codable, Attested {
    public var id: RecordID
    public var title: String
    public var summary: String?
    public var evidence: Evidence?
    public var basis: Basis

    public init(id: RecordID, title: String, summary: String? = nil, evidence: Evidence? = nil, basis: Basis = .stated) {
        self.evidence = evidence
        self.basis = basis
        self.id = id
        self.title = title
        self.summary = summary
    }
}

/// A governance body of a programme (comité de pilotage, conférence régionale ...).
public struct GovernanceBody: Hashable, Sendable, Codable, Attested {
    public var name: String
    public var role: String?
    public var cadence: String?
    public var members: [Link]
    public var evidence: Evidence?
    public var basis: Basis

    public init(name: String, role: String? = nil, cadence: String? = nil, members: [Link] = [],
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.evidence = evidence
        self.basis = basis
        self.name = name
        self.role = role
        self.cadence = cadence
        self.members = members
    }
}
