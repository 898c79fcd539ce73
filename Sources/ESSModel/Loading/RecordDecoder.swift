import Yams

/// A record as decoded from a file, with what validation needs: where it is, the ids it defines
/// (its own, its axes' and objectives') and the references it makes.
struct DecodedRecord {
    /// The record, or nil when an error dropped it; its id and type are still known, so duplicates and
    /// references to it are checked without a cascade of "unknown reference" errors.
    var record: (any CatalogueRecord)?
    var id: RecordID
    var type: RecordType
    var location: SourceLocation
    var definedIDs: [(id: RecordID, location: SourceLocation)]
    var references: [Reference]
}

/// Turns the YAML mapping of one record into a model value. Problems go to the context; a record
/// with an error in a required field is dropped (the whole load fails anyway).
struct RecordDecoder {
    let context: DecodeContext

    private static let linkFields = ["target", "role", "title", "note"] + FieldReader.evidenceFields
    private static let territoryTargets: Set<RecordType> = [.territory]
    private static let sourceTargets: Set<RecordType> = [.source]

    func decode(_ mapping: Node.Mapping, as type: RecordType) -> DecodedRecord? {
        var references: [Reference] = []
        var nested: [(RecordID, SourceLocation)] = []
        let record: (any CatalogueRecord)?
        let reader: FieldReader
        switch type {
        case .source:
            reader = FieldReader(mapping, what: "source", allowed: ["id", "title", "publisher", "date", "url", "file"], context: context)
            record = source(reader, &references)
        case .territory:
            reader = FieldReader(mapping, what: "territory",
                                 allowed: ["id", "name", "level", "code", "parent", "aliases", "current", "departements", "communes"],
                                 context: context)
            record = territory(reader, &references)
        case .actor:
            reader = FieldReader(mapping, what: "actor",
                                 allowed: ["id", "name", "kind", "acronym", "aliases", "territories", "summary", "founded",
                                           "website", "links", "sources"], context: context)
            record = actor(reader, &references)
        case .person:
            reader = FieldReader(mapping, what: "person", allowed: ["id", "name", "summary", "territories", "links", "sources"],
                                 context: context)
            record = person(reader, &references)
        case .programme:
            reader = FieldReader(mapping, what: "programme",
                                 allowed: ["id", "name", "acronym", "full_name", "kind", "territories", "period", "summary",
                                           "axes", "governance", "figures", "links", "sources"], context: context)
            record = programme(reader, &references, &nested)
        case .event:
            reader = FieldReader(mapping, what: "event",
                                 allowed: ["id", "title", "date", "date_note", "territories", "summary", "figures", "links",
                                           "sources"] + FieldReader.evidenceFields, context: context)
            record = event(reader, &references)
        }
        let location = context.location(reader.node("id")?.mark ?? mapping.mark)
        guard let record else {
            // The error is already reported; keep a well-formed id so other checks still see it.
            guard let text = reader.node("id")?.scalar?.string, case let id = RecordID(text), id.isWellFormed else { return nil }
            return DecodedRecord(record: nil, id: id, type: type, location: location, definedIDs: [(id, location)] + nested,
                                 references: references)
        }
        if type != .source && type != .territory && record.sources.isEmpty {
            context.error("\(type.rawValue) '\(record.id)' cites no source", at: mapping.mark,
                          hint: "add `sources: [source-id]` naming the document(s) it comes from")
        }
        return DecodedRecord(record: record, id: record.id, type: type, location: location,
                             definedIDs: [(record.id, location)] + nested,
                             references: references)
    }

    // MARK: - Record types

    private func source(_ r: FieldReader, _ refs: inout [Reference]) -> Source? {
        let id = r.ownID(), title = r.string("title", required: "Titre du document"), file = r.string("file", required: "000_x.txt")
        let publisher = r.id("publisher", expected: [.actor], into: &refs)
        guard let id, let title, let file else { return nil }
        return Source(id: id, title: title, publisher: publisher, date: r.date("date"), url: r.string("url"), file: file)
    }

    private func territory(_ r: FieldReader, _ refs: inout [Reference]) -> Territory? {
        let id = r.ownID(), name = r.string("name", required: "Nom"), level = r.enumeration("level", TerritoryLevel.self, what: "territory level")
        let parent = r.id("parent", expected: Self.territoryTargets, into: &refs)
        let current = r.id("current", expected: Self.territoryTargets, into: &refs)
        let departements = r.ids("departements", expected: Self.territoryTargets, into: &refs)
        guard let id, let name, let level else { return nil }
        if level == .ancienneRegion && current == nil {
            r.context.error("former region '\(id)' has no current region", at: r.mark,
                            hint: "add `current: region-…` naming the region it merged into in 2016")
        }
        return Territory(id: id, name: name, level: level, code: r.string("code"), parent: parent,
                         aliases: r.strings("aliases"), current: current, departements: departements,
                         communes: communes(r, level: level))
    }

    /// The `communes` of an EPCI or a pays: COG commune codes, each checked for its shape (the
    /// table of communes is not loaded to read the catalogue; a test checks that they exist).
    private func communes(_ r: FieldReader, level: TerritoryLevel) -> [String] {
        guard let node = r.node("communes") else { return [] }
        guard level == .epci || level == .pays else {
            r.context.error("'communes' is for an EPCI or a pays, not a territory of level \(level.rawValue)", at: node.mark,
                            hint: "a \(level.rawValue)'s perimeter comes from its INSEE code")
            return []
        }
        var codes: [String] = []
        for item in r.items("communes") {
            guard let code = item.scalar?.string, Territory.isCommuneCode(code) else {
                r.context.error("'\(item.scalar?.string ?? shapeName(item))' is not an INSEE commune code", at: item.mark,
                                hint: "write the five characters of the COG, quoted: \"42187\", \"2A004\"")
                continue
            }
            codes.append(code)
        }
        return codes
    }

    private func actor(_ r: FieldReader, _ refs: inout [Reference]) -> Actor? {
        let id = r.ownID(), name = r.string("name", required: "Nom"), kind = r.enumeration("kind", ActorKind.self, what: "actor kind")
        let territories = r.ids("territories", expected: Self.territoryTargets, into: &refs)
        let sources = r.ids("sources", expected: Self.sourceTargets, into: &refs)
        let links = self.links(r, &refs, citing: sources)
        let founded = foundedRange(r)
        guard let id, let name, let kind else { return nil }
        return Actor(id: id, name: name, kind: kind, acronym: r.string("acronym"), aliases: r.strings("aliases"),
                     territories: territories, summary: r.string("summary"), founded: founded,
                     website: r.string("website"), links: links, sources: sources)
    }

    private func foundedRange(_ r: FieldReader) -> DateRange? {
        guard let node = r.node("founded") else { return nil }
        guard let mapping = node.mapping else { return r.range("founded") }
        let inner = FieldReader(mapping, what: "founded", allowed: ["date", "date_note"], context: r.context)
        return inner.range("date", note: inner.string("date_note"))
    }

    private func person(_ r: FieldReader, _ refs: inout [Reference]) -> Person? {
        let id = r.ownID(), name = r.string("name", required: "Prénom Nom")
        let territories = r.ids("territories", expected: Self.territoryTargets, into: &refs)
        let sources = r.ids("sources", expected: Self.sourceTargets, into: &refs)
        let links = self.links(r, &refs, citing: sources)
        guard let id, let name else { return nil }
        return Person(id: id, name: name, summary: r.string("summary"), territories: territories, links: links, sources: sources)
    }

    private func event(_ r: FieldReader, _ refs: inout [Reference]) -> Event? {
        let id = r.ownID(), title = r.string("title", required: "Titre")
        let date = r.range("date", note: r.string("date_note"))
        let territories = r.ids("territories", expected: Self.territoryTargets, into: &refs)
        let sources = r.ids("sources", expected: Self.sourceTargets, into: &refs)
        let links = self.links(r, &refs, citing: sources)
        let figures = figures(r, citing: sources)
        let (evidence, basis) = r.attestation(citing: sources)
        guard let id, let title else { return nil }
        return Event(id: id, title: title, date: date, territories: territories, summary: r.string("summary"),
                     figures: figures, links: links, sources: sources, evidence: evidence, basis: basis)
    }

    private func programme(_ r: FieldReader, _ refs: inout [Reference], _ nested: inout [(RecordID, SourceLocation)]) -> Programme? {
        let id = r.ownID(), name = r.string("name", required: "Nom"), kind = r.enumeration("kind", ProgrammeKind.self, what: "programme kind")
        let territories = r.ids("territories", expected: Self.territoryTargets, into: &refs)
        let sources = r.ids("sources", expected: Self.sourceTargets, into: &refs)
        let links = self.links(r, &refs, citing: sources)
        let axes = r.mappings("axes", what: "axis", allowed: ["id", "title", "summary", "objectives"] + FieldReader.evidenceFields)
            .compactMap { axis -> Axis? in
                let axisID = axis.ownID(), title = axis.string("title", required: "Titre de l'axe")
                let objectives = axis.mappings("objectives", what: "objective", allowed: ["id", "title", "summary"] + FieldReader.evidenceFields)
                    .compactMap { objective -> Objective? in
                        let (evidence, basis) = objective.attestation(citing: sources)
                        guard let objectiveID = objective.ownID(), let title = objective.string("title", required: "Titre de l'objectif")
                        else { return nil }
                        nested.append((objectiveID, r.context.location(objective.node("id")?.mark)))
                        return Objective(id: objectiveID, title: title, summary: objective.string("summary"),
                                         evidence: evidence, basis: basis)
                    }
                let (evidence, basis) = axis.attestation(citing: sources)
                guard let axisID, let title else { return nil }
                nested.append((axisID, r.context.location(axis.node("id")?.mark)))
                return Axis(id: axisID, title: title, summary: axis.string("summary"), objectives: objectives,
                            evidence: evidence, basis: basis)
            }
        let governance = r.mappings("governance", what: "governance body",
                                    allowed: ["name", "role", "cadence", "members"] + FieldReader.evidenceFields)
            .compactMap { body -> GovernanceBody? in
                let members = self.links(body, &refs, key: "members", citing: sources)
                let (evidence, basis) = body.attestation(citing: sources)
                guard let name = body.string("name", required: "Comité de pilotage") else { return nil }
                return GovernanceBody(name: name, role: body.string("role"), cadence: body.string("cadence"), members: members,
                                      evidence: evidence, basis: basis)
            }
        let period = r.range("period", citing: sources)
        let figures = figures(r, citing: sources)
        guard let id, let name, let kind else { return nil }
        return Programme(id: id, name: name, acronym: r.string("acronym"), fullName: r.string("full_name"), kind: kind,
                         territories: territories, period: period, summary: r.string("summary"), axes: axes,
                         governance: governance, figures: figures, links: links, sources: sources)
    }

    // MARK: - Parts

    private func links(_ r: FieldReader, _ refs: inout [Reference], key: String = "links", citing sources: [RecordID]) -> [Link] {
        r.mappings(key, what: "link", allowed: Self.linkFields).compactMap { link -> Link? in
            let target = link.id("target", required: true, into: &refs)
            let role = link.enumeration("role", LinkRole.self, what: "link role")
            let (evidence, basis) = link.attestation(citing: sources)
            guard let target, let role else { return nil }
            return Link(target: target, role: role, title: link.string("title"), note: link.string("note"),
                        evidence: evidence, basis: basis)
        }
    }

    private func figures(_ r: FieldReader, citing sources: [RecordID]) -> [KeyFigure] {
        r.mappings("figures", what: "figure", allowed: ["value", "unit", "label", "date", "approximate"] + FieldReader.evidenceFields)
            .compactMap { figure in
                let value = figure.number("value", required: true), label = figure.string("label", required: "ce que le nombre compte")
                let approximate = figure.flag("approximate")
                let (evidence, basis) = figure.attestation(citing: sources)
                guard let value, let label else { return nil }
                return KeyFigure(value: value, unit: figure.string("unit"), label: label, date: figure.date("date"),
                                 approximate: approximate, evidence: evidence, basis: basis)
            }
    }
}
