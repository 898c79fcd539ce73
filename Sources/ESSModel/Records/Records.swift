/// What every record of the catalogue shares, so lists, search and navigation treat them alike.
public protocol CatalogueRecord: Sendable {
    static var recordType: RecordType { get }
    var id: RecordID { get }
    /// The name shown in lists and titles.
    var displayName: String { get }
    /// Other spellings a search or a region filter should match.
    var searchableNames: [String] { get }
    var summary: String? { get }
    var links: [Link] { get }
    var territories: [RecordID] { get }
    var sources: [RecordID] { get }
}

/// One of the documents the catalogue is built from.
public struct Source: CatalogueRecord, Hashable, Codable {
    public static let recordType = RecordType.source
    public var id: RecordID
    public var title: String
    public var publisher: RecordID?
    public var date: PartialDate?
    public var url: String?
    public var file: String

    public init(id: RecordID, title: String, publisher: RecordID? = nil, date: PartialDate? = nil,
                url: String? = nil, file: String) {
        self.id = id
        self.title = title
        self.publisher = publisher
        self.date = date
        self.url = url
        self.file = file
    }

    public var displayName: String { title }
    public var searchableNames: [String] { [title, file] }
    public var summary: String? { nil }
    public var links: [Link] { publisher.map { [Link(target: $0, role: .publiePar)] } ?? [] }
    public var territories: [RecordID] { [] }
    public var sources: [RecordID] { [] }
}

/// A commune, an EPCI or pays, an arrondissement, a département, a region (current or former), France.
public struct Territory: CatalogueRecord, Hashable, Codable {
    public static let recordType = RecordType.territory
    public var id: RecordID
    public var name: String
    public var level: TerritoryLevel
    public var code: String?
    public var parent: RecordID?
    public var aliases: [String]
    /// For a former region: the region it merged into on 1 January 2016.
    public var current: RecordID?
    /// For a former region: the départements it held.
    public var departements: [RecordID]
    /// For an EPCI or a pays: the INSEE codes of the communes it is made of, where the documents
    /// name them (see ``perimeter``).
    public var communes: [String]

    public init(id: RecordID, name: String, level: TerritoryLevel, code: String? = nil, parent: RecordID? = nil,
                aliases: [String] = [], current: RecordID? = nil, departements: [RecordID] = [], communes: [String] = []) {
        self.id = id
        self.name = name
        self.level = level
        self.code = code
        self.parent = parent
        self.aliases = aliases
        self.current = current
        self.departements = departements
        self.communes = communes
    }

    public var displayName: String { name }
    public var searchableNames: [String] { [name] + aliases + (code.map { [$0] } ?? []) }
    public var summary: String? { nil }
    public var links: [Link] { [] }
    public var territories: [RecordID] { [] }
    public var sources: [RecordID] { [] }
}

/// An organisation taking part in ESS policy.
public struct Actor: CatalogueRecord, Hashable, Codable {
    public static let recordType = RecordType.actor
    public var id: RecordID
    public var name: String
    public var kind: ActorKind
    public var acronym: String?
    public var aliases: [String]
    public var territories: [RecordID]
    public var summary: String?
    public var founded: DateRange?
    public var website: String?
    public var links: [Link]
    public var sources: [RecordID]

    public init(id: RecordID, name: String, kind: ActorKind, acronym: String? = nil, aliases: [String] = [],
                territories: [RecordID] = [], summary: String? = nil, founded: DateRange? = nil,
                website: String? = nil, links: [Link] = [], sources: [RecordID] = []) {
        self.id = id
        self.name = name
        self.kind = kind
        self.acronym = acronym
        self.aliases = aliases
        self.territories = territories
        self.summary = summary
        self.founded = founded
        self.website = website
        self.links = links
        self.sources = sources
    }

    public var displayName: String { name }
    public var searchableNames: [String] { [name] + (acronym.map { [$0] } ?? []) + aliases }
}

/// A named person, with the organisations and events the sources tie them to.
public struct Person: CatalogueRecord, Hashable, Codable {
    public static let recordType = RecordType.person
    public var id: RecordID
    public var name: String
    public var summary: String?
    public var territories: [RecordID]
    public var links: [Link]
    public var sources: [RecordID]

    public init(id: RecordID, name: String, summary: String? = nil, territories: [RecordID] = [],
                links: [Link] = [], sources: [RecordID] = []) {
        self.id = id
        self.name = name
        self.summary = summary
        self.territories = territories
        self.links = links
        self.sources = sources
    }

    public var displayName: String { name }
    public var searchableNames: [String] { [name] }
    /// The first function the sources give, e.g. "Président de Saint-Étienne Métropole".
    public var mainTitle: String? { links.lazy.compactMap(\.title).first }
}

/// A figure the sources give: 120 participants, 6,5 % du budget, 16 actions.
public struct KeyFigure: Hashable, Sendable, Codable, Attested {
    public var value: Double
    public var unit: String?
    public var label: String
    public var date: PartialDate?
    /// The text gives an order of magnitude (« près de », « une quinzaine », « un millier »).
    public var approximate: Bool
    public var evidence: Evidence?
    public var basis: Basis

    public init(value: Double, unit: String? = nil, label: String, date: PartialDate? = nil, approximate: Bool = false,
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.value = value
        self.unit = unit
        self.label = label
        self.date = date
        self.approximate = approximate
        self.evidence = evidence
        self.basis = basis
    }
}

/// Something that happened: an adoption, a launch, a conference, a creation.
public struct Event: CatalogueRecord, Hashable, Codable, Attested {
    public static let recordType = RecordType.event
    public var id: RecordID
    public var title: String
    public var date: DateRange?
    public var territories: [RecordID]
    public var summary: String?
    public var figures: [KeyFigure]
    public var links: [Link]
    public var sources: [RecordID]
    /// The passage telling that the event happened (or was announced).
    public var evidence: Evidence?
    public var basis: Basis

    public init(id: RecordID, title: String, date: DateRange? = nil, territories: [RecordID] = [],
                summary: String? = nil, figures: [KeyFigure] = [], links: [Link] = [], sources: [RecordID] = [],
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.evidence = evidence
        self.basis = basis
        self.id = id
        self.title = title
        self.date = date
        self.territories = territories
        self.summary = summary
        self.figures = figures
        self.links = links
        self.sources = sources
    }

    public var displayName: String { title }
    public var searchableNames: [String] { [title] }
}
