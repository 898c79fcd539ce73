import Foundation

/// The JSON shape of one record in `ess export`, `ess list --format json` and `ess show --format json`
/// (documented in docs/json.md). Absent values are left out.
public struct RecordJSON: Codable, Equatable, Sendable {
    /// Where a fact's passage is: `source` (a source id), `paragraph`, `opening` (its first words).
    public struct EvidenceJSON: Codable, Equatable, Sendable {
        public var source: String
        public var paragraph: Int
        public var opening: String
    }

    public struct LinkJSON: Codable, Equatable, Sendable {
        public var target: String
        public var role: String
        public var title: String?
        public var note: String?
        public var evidence: EvidenceJSON?
        public var basis: String
    }

    public struct BacklinkJSON: Codable, Equatable, Sendable {
        public var source: String
        public var role: String
        public var title: String?
        public var note: String?
    }

    public struct RangeJSON: Codable, Equatable, Sendable {
        public var start: String?
        public var end: String?
        public var note: String?
        /// A programme's period only.
        public var evidence: EvidenceJSON?
        public var basis: String?
    }

    public struct RegionJSON: Codable, Equatable, Sendable {
        public var id: String
        public var name: String
        public var code: String?
    }

    public struct ObjectiveJSON: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var evidence: EvidenceJSON?
        public var basis: String
    }

    public struct AxisJSON: Codable, Equatable, Sendable {
        public var id: String
        public var title: String
        public var summary: String?
        public var objectives: [ObjectiveJSON]
        public var evidence: EvidenceJSON?
        public var basis: String
    }

    public struct GovernanceJSON: Codable, Equatable, Sendable {
        public var name: String
        public var role: String?
        public var cadence: String?
        public var members: [LinkJSON]
        public var evidence: EvidenceJSON?
        public var basis: String
    }

    public struct FigureJSON: Codable, Equatable, Sendable {
        public var value: Double
        public var unit: String?
        public var label: String
        public var date: String?
        public var approximate: Bool?
        public var evidence: EvidenceJSON?
        public var basis: String
    }

    public var id: String
    public var type: String
    public var name: String
    public var kind: String?
    public var acronym: String?
    public var full_name: String?
    public var aliases: [String]?
    public var summary: String?
    public var territories: [String]?
    public var regions: [RegionJSON]
    public var period: RangeJSON?
    public var date: RangeJSON?
    public var founded: RangeJSON?
    public var website: String?
    public var axes: [AxisJSON]?
    public var governance: [GovernanceJSON]?
    public var figures: [FigureJSON]?
    public var level: String?
    public var code: String?
    public var parent: String?
    public var current: String?
    public var departements: [String]?
    /// An EPCI's or a pays' communes (INSEE codes), where the catalogue names them.
    public var communes: [String]?
    public var title: String?
    public var publisher: String?
    public var url: String?
    public var file: String?
    /// An event's own evidence and basis.
    public var evidence: EvidenceJSON?
    public var basis: String?
    public var links: [LinkJSON]
    public var backlinks: [BacklinkJSON]
    public var sources: [String]
}

/// The whole catalogue as one JSON object: `ess export --format json`.
public struct CatalogueJSON: Codable, Equatable, Sendable {
    public var programmes: [RecordJSON]
    public var actors: [RecordJSON]
    public var people: [RecordJSON]
    public var events: [RecordJSON]
    public var territories: [RecordJSON]
    public var sources: [RecordJSON]
}

extension Catalogue {
    /// The whole catalogue in its JSON shape.
    public func json() -> CatalogueJSON {
        func all(_ type: RecordType) -> [RecordJSON] { records(of: type).map { json(for: $0) } }
        return CatalogueJSON(programmes: all(.programme), actors: all(.actor), people: all(.person),
                             events: all(.event), territories: all(.territory), sources: all(.source))
    }

    /// One record in its JSON shape.
    public func json(for record: any CatalogueRecord) -> RecordJSON {
        let written = (record as? Programme)?.allLinks ?? record.links
        var json = RecordJSON(
            id: record.id.rawValue, type: Swift.type(of: record).recordType.rawValue, name: record.displayName,
            summary: record.summary, territories: record.territories.isEmpty ? nil : record.territories.map(\.rawValue),
            regions: regions(of: record.id).map { RecordJSON.RegionJSON(id: $0.rawValue, name: name(of: $0), code: territory($0)?.code) },
            links: written.map(Self.linkJSON),
            backlinks: neighbours(of: record.id).compactMap { neighbour in
                guard neighbour.direction == .incoming, case .link(let role) = neighbour.relation else { return nil }
                return RecordJSON.BacklinkJSON(source: neighbour.id.rawValue, role: role.rawValue, title: neighbour.title, note: neighbour.note)
            },
            sources: record.sources.map(\.rawValue))
        switch record {
        case let programme as Programme:
            json.kind = programme.kind.rawValue
            json.acronym = programme.acronym
            json.full_name = programme.fullName
            json.period = programme.period.map { period in
                var range = Self.rangeJSON(period)
                range.evidence = period.evidence.map(Self.evidenceJSON)
                range.basis = period.basis.rawValue
                return range
            }
            json.axes = programme.axes.map { axis in
                RecordJSON.AxisJSON(id: axis.id.rawValue, title: axis.title, summary: axis.summary,
                                    objectives: axis.objectives.map {
                                        RecordJSON.ObjectiveJSON(id: $0.id.rawValue, title: $0.title,
                                                                 evidence: $0.evidence.map(Self.evidenceJSON), basis: $0.basis.rawValue)
                                    },
                                    evidence: axis.evidence.map(Self.evidenceJSON), basis: axis.basis.rawValue)
            }
            json.governance = programme.governance.map { body in
                RecordJSON.GovernanceJSON(name: body.name, role: body.role, cadence: body.cadence, members: body.members.map(Self.linkJSON),
                                          evidence: body.evidence.map(Self.evidenceJSON), basis: body.basis.rawValue)
            }
            json.figures = programme.figures.map(Self.figureJSON)
            json.links = programme.links.map(Self.linkJSON)
        case let actor as Actor:
            json.kind = actor.kind.rawValue
            json.acronym = actor.acronym
            json.aliases = actor.aliases
            json.founded = actor.founded.map(Self.rangeJSON)
            json.website = actor.website
        case let event as Event:
            json.date = event.date.map(Self.rangeJSON)
            json.figures = event.figures.map(Self.figureJSON)
            json.evidence = event.evidence.map(Self.evidenceJSON)
            json.basis = event.basis.rawValue
        case let territory as Territory:
            json.level = territory.level.rawValue
            json.code = territory.code
            json.parent = territory.parent?.rawValue
            json.current = territory.current?.rawValue
            json.departements = territory.departements.isEmpty ? nil : territory.departements.map(\.rawValue)
            json.communes = territory.communes.isEmpty ? nil : territory.communes
            json.aliases = territory.aliases
        case let source as Source:
            json.title = source.title
            json.publisher = source.publisher?.rawValue
            json.date = source.date.map { RecordJSON.RangeJSON(start: $0.description, end: $0.description) }
            json.url = source.url
            json.file = source.file
        default:
            break
        }
        return json
    }

    static func linkJSON(_ link: Link) -> RecordJSON.LinkJSON {
        RecordJSON.LinkJSON(target: link.target.rawValue, role: link.role.rawValue, title: link.title, note: link.note,
                            evidence: link.evidence.map(evidenceJSON), basis: link.basis.rawValue)
    }

    static func evidenceJSON(_ evidence: Evidence) -> RecordJSON.EvidenceJSON {
        RecordJSON.EvidenceJSON(source: evidence.source.rawValue, paragraph: evidence.paragraph, opening: evidence.opening)
    }

    static func rangeJSON(_ range: DateRange) -> RecordJSON.RangeJSON {
        RecordJSON.RangeJSON(start: range.start?.description, end: range.end?.description, note: range.note)
    }

    static func figureJSON(_ figure: KeyFigure) -> RecordJSON.FigureJSON {
        RecordJSON.FigureJSON(value: figure.value, unit: figure.unit, label: figure.label, date: figure.date?.description,
                              approximate: figure.approximate ? true : nil, evidence: figure.evidence.map(evidenceJSON),
                              basis: figure.basis.rawValue)
    }
}

/// Encodes JSON output: stable key order, readable, with non-ASCII text kept as it is.
public enum JSONOutput {
    public static func encode(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        guard let data = try? encoder.encode(value), let text = String(data: data, encoding: .utf8) else { return "null" }
        return text + "\n"
    }
}
