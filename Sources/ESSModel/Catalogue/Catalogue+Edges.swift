/// One directed tie between two records, before it is indexed both ways.
struct Edge {
    var from: RecordID
    var to: RecordID
    var relation: Relation
    var title: String?
    var note: String?
    var evidence: Evidence?
    var basis: Basis = .stated
}

extension Edge {
    /// The record at the other end, seen from `from` (outgoing) or from `to` (incoming).
    func neighbour(_ direction: LinkDirection) -> Neighbour {
        Neighbour(id: direction == .outgoing ? to : from, relation: relation, direction: direction, title: title,
                  note: note, evidence: evidence, basis: basis)
    }
}

extension Catalogue {
    /// Every tie the data states or implies: written links, governance members, territories,
    /// territory nesting, former regions, cited sources.
    static func edges(programmes: [Programme], actors: [Actor], people: [Person], events: [Event],
                      territories: [Territory], sources: [Source]) -> [Edge] {
        var edges: [Edge] = []
        edges.reserveCapacity(4 * (programmes.count + actors.count + people.count + events.count + territories.count + sources.count))
        func add(_ record: some CatalogueRecord, links: [Link]) {
            for link in links {
                edges.append(Edge(from: record.id, to: link.target, relation: .link(link.role), title: link.title, note: link.note,
                                  evidence: link.evidence, basis: link.basis))
            }
            for territory in record.territories {
                edges.append(Edge(from: record.id, to: territory, relation: .territory))
            }
            for source in record.sources {
                edges.append(Edge(from: record.id, to: source, relation: .source))
            }
        }
        for programme in programmes { add(programme, links: programme.allLinks) }
        for actor in actors { add(actor, links: actor.links) }
        for person in people { add(person, links: person.links) }
        for event in events { add(event, links: event.links) }
        for source in sources { add(source, links: source.links) }
        for territory in territories {
            if let parent = territory.parent {
                edges.append(Edge(from: territory.id, to: parent, relation: .parentTerritory))
            }
            if let current = territory.current {
                edges.append(Edge(from: territory.id, to: current, relation: .currentRegion))
            }
            for departement in territory.departements {
                edges.append(Edge(from: territory.id, to: departement, relation: .formerDepartement))
            }
        }
        return edges
    }
}
