extension Catalogue {
    /// The detail page of any record, in the interface language; nil for an unknown id.
    public func page(for id: RecordID, language: Language) -> RecordPage? {
        guard let record = record(id) else { return nil }
        var blocks: [PageBlock] = []
        switch record {
        case let programme as Programme: blocks = programmeBlocks(programme, language)
        case let actor as Actor: blocks = actorBlocks(actor, language)
        case let person as Person: blocks = personBlocks(person, language)
        case let event as Event: blocks = eventBlocks(event, language)
        case let territory as Territory: blocks = territoryBlocks(territory, language)
        case let source as Source: blocks = sourceBlocks(source, language)
        default: break
        }
        blocks += linkBlocks(of: id, language)
        return RecordPage(id: id, type: Swift.type(of: record).recordType, title: record.displayName,
                          subtitle: subtitle(of: record, language), blocks: blocks)
    }

    /// "Programme territorial · Arrondissement de Roanne" — what a list's second column shows too.
    public func subtitle(of record: any CatalogueRecord, _ language: Language) -> String {
        let place = record.territories.first.map { name(of: $0) }
        switch record {
        case let programme as Programme: return join(programme.kind.label(language), place)
        case let actor as Actor: return join(actor.kind.label(language), place)
        case let person as Person: return person.mainTitle ?? PageStrings.person(language)
        case let event as Event:
            return join(event.date.map { Formatting.range($0, language) } ?? PageStrings.dateUnknown(language), place)
        case let territory as Territory: return join(territory.level.label(language), territory.code)
        case let source as Source: return join(source.file, source.date.map { Formatting.date($0, language) })
        default: return ""
        }
    }

    /// A territory with the larger ones it lies in: "Roanne · Loire · Auvergne-Rhône-Alpes".
    public func placeDescription(_ id: RecordID) -> String {
        var names: [String] = []
        var seen: Set<RecordID> = []
        var cursor: RecordID? = id
        while let current = cursor, let territory = territory(current), seen.insert(current).inserted,
              territory.level != .france {
            names.append(territory.name)
            cursor = territory.level == .ancienneRegion ? territory.current : territory.parent
        }
        return names.isEmpty ? name(of: id) : names.joined(separator: " · ")
    }

    // MARK: - Per type

    private func programmeBlocks(_ programme: Programme, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = [.field(label: PageStrings.type(language), value: programme.kind.label(language))]
        if let fullName = programme.fullName { blocks.append(.field(label: PageStrings.fullName(language), value: fullName)) }
        if let acronym = programme.acronym, acronym != programme.name {
            blocks.append(.field(label: PageStrings.acronym(language), value: acronym))
        }
        blocks += placeFields(programme.territories, language)
        if let period = programme.period {
            blocks.append(.field(label: PageStrings.period(language),
                                 value: Formatting.marked(Formatting.range(period, language), period.basis, language)))
        }
        blocks += summaryBlocks(programme.summary, language)
        if !programme.axes.isEmpty {
            blocks.append(.heading(PageStrings.axes(language) + " (" + PageStrings.axesCount(programme.axes.count, programme.objectiveCount, language) + ")"))
            for (i, axis) in programme.axes.enumerated() {
                blocks.append(.axis(id: axis.id, number: i + 1, title: Formatting.marked(axis.title, axis.basis, language),
                                    objectives: axis.objectives.map { Formatting.marked($0.title, $0.basis, language) }))
            }
        }
        blocks += figureBlocks(programme.figures, language)
        if !programme.governance.isEmpty {
            blocks.append(.heading(PageStrings.governance(language)))
            for body in programme.governance {
                blocks.append(.item(text: body.name, detail: join(body.role, body.cadence, Formatting.basisMark(body.basis, language))))
            }
        }
        return blocks
    }

    private func actorBlocks(_ actor: Actor, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = [.field(label: PageStrings.type(language), value: actor.kind.label(language))]
        if let acronym = actor.acronym, acronym != actor.name { blocks.append(.field(label: PageStrings.acronym(language), value: acronym)) }
        if !actor.aliases.isEmpty { blocks.append(.field(label: PageStrings.aliases(language), value: actor.aliases.joined(separator: ", "))) }
        blocks += placeFields(actor.territories, language)
        if let founded = actor.founded { blocks.append(.field(label: PageStrings.founded(language), value: Formatting.range(founded, language))) }
        if let website = actor.website { blocks.append(.field(label: PageStrings.website(language), value: website)) }
        return blocks + summaryBlocks(actor.summary, language)
    }

    private func personBlocks(_ person: Person, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = []
        for link in person.links where link.title != nil {
            blocks.append(.field(label: PageStrings.function(language), value: "\(link.title!), \(name(of: link.target))"))
        }
        return blocks + placeFields(person.territories, language) + summaryBlocks(person.summary, language)
    }

    private func eventBlocks(_ event: Event, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = [.field(label: PageStrings.date(language),
                                          value: event.date.map { Formatting.range($0, language) } ?? PageStrings.dateUnknown(language))]
        blocks += placeFields(event.territories, language)
        return blocks + summaryBlocks(event.summary, language) + figureBlocks(event.figures, language)
    }

    private func territoryBlocks(_ territory: Territory, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = [.field(label: PageStrings.level(language), value: territory.level.label(language))]
        if let code = territory.code { blocks.append(.field(label: PageStrings.code(language), value: code)) }
        if !territory.aliases.isEmpty { blocks.append(.field(label: PageStrings.aliases(language), value: territory.aliases.joined(separator: ", "))) }
        if territory.level != .france && territory.level != .region {
            let regions = regions(of: territory.id).map { name(of: $0) }
            if !regions.isEmpty { blocks.append(.field(label: PageStrings.regionsLabel(language), value: regions.joined(separator: ", "))) }
        }
        if territory.level == .region {
            let former = formerRegions(of: territory.id).map(\.name)
            if !former.isEmpty { blocks.append(.field(label: PageStrings.formerRegions(language), value: former.joined(separator: ", "))) }
        }
        return blocks
    }

    private func sourceBlocks(_ source: Source, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = [.field(label: PageStrings.file(language), value: source.file)]
        if let date = source.date { blocks.append(.field(label: PageStrings.date(language), value: Formatting.date(date, language))) }
        if let url = source.url { blocks.append(.field(label: PageStrings.url(language), value: url)) }
        return blocks
    }

    // MARK: - Shared parts

    private func placeFields(_ territories: [RecordID], _ language: Language) -> [PageBlock] {
        territories.isEmpty ? [] : [.field(label: PageStrings.territory(language),
                                           value: territories.map(placeDescription).joined(separator: " ; "))]
    }

    private func summaryBlocks(_ summary: String?, _ language: Language) -> [PageBlock] {
        guard let summary, !summary.isEmpty else { return [] }
        return [.heading(PageStrings.summary(language)), .paragraph(summary)]
    }

    private func figureBlocks(_ figures: [KeyFigure], _ language: Language) -> [PageBlock] {
        guard !figures.isEmpty else { return [] }
        return [.heading(PageStrings.figures(language))] + figures.map { figure in
            .item(text: Formatting.figure(figure, language),
                  detail: join(figure.label + (figure.date.map { " (\(Formatting.date($0, language)))" } ?? ""),
                               Formatting.basisMark(figure.basis, language)))
        }
    }

    /// Linked records grouped by role, then events, then sources.
    private func linkBlocks(of id: RecordID, _ language: Language) -> [PageBlock] {
        var blocks: [PageBlock] = []
        let groups = neighbourGroups(of: id)
        let linkGroups = groups.compactMap { group -> NeighbourGroup? in
            if group.relation == .source && group.direction == .outgoing { return nil }
            var group = group
            group.neighbours.removeAll { type(of: $0.id) == .event && type(of: id) != .event }
            return group.neighbours.isEmpty ? nil : group
        }
        if !linkGroups.isEmpty {
            blocks.append(.heading(PageStrings.links(language)))
            for group in linkGroups {
                blocks.append(.group(group.label(language)))
                blocks += group.neighbours.map { linkBlock($0, language, on: id) }
            }
        }
        let events = events(of: id)
        if !events.isEmpty && type(of: id) != .event {
            blocks.append(.heading(PageStrings.events(language)))
            blocks += events.map { event in
                .link(target: event.id, text: event.title,
                      detail: join(event.date.map { Formatting.range($0, language) } ?? PageStrings.dateUnknown(language),
                                   Formatting.basisMark(event.basis, language)))
            }
        }
        let sources = groups.first { $0.relation == .source && $0.direction == .outgoing }?.neighbours ?? []
        if !sources.isEmpty {
            blocks.append(.heading(PageStrings.source(language) + (sources.count > 1 ? "s" : "")))
            blocks += sources.map { linkBlock($0, language, on: id) }
        }
        return blocks
    }

    private func linkBlock(_ neighbour: Neighbour, _ language: Language, on page: RecordID) -> PageBlock {
        var details: [String] = []
        if let title = neighbour.title { details.append(title) }
        if let note = neighbour.note { details.append(note) }
        if let mark = Formatting.basisMark(neighbour.basis, language) { details.append(mark) }
        if details.isEmpty, let record = record(neighbour.id) {
            switch record {
            case let territory as Territory: details.append(territory.level.label(language))
            case let source as Source: details.append(source.file)
            default: details.append(subtitle(of: record, language))
            }
        }
        if type(of: page) == .programme, type(of: neighbour.id) == .actor {
            let others = programmes(linkedTo: neighbour.id).filter { $0 != page }
            if !others.isEmpty {
                details.append(PageStrings.alsoIn(language) + others.map { shortName(of: $0) }.joined(separator: ", "))
            }
        }
        return .link(target: neighbour.id, text: name(of: neighbour.id), detail: details.joined(separator: " · "))
    }

    private func join(_ parts: String?...) -> String {
        parts.compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " · ")
    }
}
