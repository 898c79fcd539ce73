/// One fact of a record's page with where it comes from: a link, a figure, an event, a period,
/// a governance entry.
public struct Fact: Hashable, Sendable {
    /// How the fact reads: "Porteur : Grand Roanne Agglomération", "env. 200 acteurs".
    public var text: String
    public var evidence: Evidence?
    public var basis: Basis
    /// The record the fact leads to (a link's other end, an event), so the browser can find the
    /// fact of the line under its cursor.
    public var target: RecordID?

    public init(text: String, evidence: Evidence?, basis: Basis, target: RecordID? = nil) {
        self.text = text
        self.evidence = evidence
        self.basis = basis
        self.target = target
    }
}

extension Catalogue {
    /// The facts of a record's page that can carry evidence, in page order: its period, governance
    /// entries, figures and own event, then its written links seen from either end, then its events.
    public func facts(of id: RecordID, language: Language) -> [Fact] {
        guard let record = record(id) else { return [] }
        var facts: [Fact] = []
        let separator = language == .fr ? " : " : ": "
        if let programme = record as? Programme {
            if let period = programme.period {
                facts.append(Fact(text: PageStrings.period(language) + separator + Formatting.range(period, language),
                                  evidence: period.evidence, basis: period.basis))
            }
            facts += programme.governance.map { Fact(text: $0.name, evidence: $0.evidence, basis: $0.basis) }
        }
        if let event = record as? Event {
            facts.append(Fact(text: PageStrings.event(language) + separator + event.title, evidence: event.evidence,
                              basis: event.basis, target: event.id))
        }
        let figures = (record as? Programme)?.figures ?? (record as? Event)?.figures ?? []
        facts += figures.map { figure in
            Fact(text: Formatting.figure(figure, language) + " · " + figure.label, evidence: figure.evidence, basis: figure.basis)
        }
        for neighbour in neighbours(of: id) {
            guard case .link = neighbour.relation, type(of: neighbour.id) != .event || type(of: id) == .event else { continue }
            let label = neighbour.relation.label(neighbour.direction)(language)
            facts.append(Fact(text: label + separator + name(of: neighbour.id)
                                + (neighbour.note.map { " (\($0))" } ?? ""),
                              evidence: neighbour.evidence, basis: neighbour.basis, target: neighbour.id))
        }
        if type(of: id) != .event {
            facts += events(of: id).map { event in
                Fact(text: PageStrings.event(language) + separator + event.title, evidence: event.evidence,
                     basis: event.basis, target: event.id)
            }
        }
        return facts
    }

    /// Every locator of the catalogue that points into `source`'s document, with the record that
    /// holds it and how the fact reads, in paragraph order: what the document reader marks.
    public func passages(in source: RecordID, language: Language) -> [Passage] {
        var passages: [Passage] = []
        // A link is a fact of both its ends; the reader lists it once, under the first end met.
        var seen: Set<String> = []
        for type in [RecordType.programme, .actor, .person, .event] {
            for record in records(of: type) {
                for fact in facts(of: record.id, language: language) {
                    guard let evidence = fact.evidence, evidence.source == source else { continue }
                    // An event listed on another record's page is the event's own fact.
                    if let target = fact.target, target != record.id, self.type(of: target) == .event,
                       self.type(of: record.id) != .event { continue }
                    let ends = [record.id.rawValue, fact.target?.rawValue ?? fact.text].sorted()
                    guard seen.insert(ends.joined(separator: "|") + "|\(evidence.paragraph)|\(evidence.opening)").inserted
                    else { continue }
                    passages.append(Passage(record: record.id, fact: fact.text, evidence: evidence, basis: fact.basis))
                }
            }
        }
        return passages.enumerated().sorted { ($0.element.evidence.paragraph, $0.offset) < ($1.element.evidence.paragraph, $1.offset) }
            .map(\.element)
    }
}

/// A passage of a document some record points to.
public struct Passage: Hashable, Sendable {
    public var record: RecordID
    public var fact: String
    public var evidence: Evidence
    public var basis: Basis
}

extension Catalogue {
    /// Every evidence locator written in the catalogue, once each, with the record holding it.
    public var writtenEvidence: [(record: RecordID, evidence: Evidence)] {
        func located(_ id: RecordID, _ items: [any Attested]) -> [(record: RecordID, evidence: Evidence)] {
            items.compactMap { item in item.evidence.map { (id, $0) } }
        }
        var all: [(record: RecordID, evidence: Evidence)] = []
        for programme in programmes {
            all += located(programme.id, [programme.period].compactMap { $0 } + programme.governance + programme.figures + programme.allLinks)
        }
        for event in events { all += located(event.id, [event] + event.figures + event.links) }
        for actor in actors { all += located(actor.id, actor.links) }
        for person in people { all += located(person.id, person.links) }
        return all
    }

    /// How many evidence locators the catalogue holds.
    public var locatorCount: Int { writtenEvidence.count }
}
