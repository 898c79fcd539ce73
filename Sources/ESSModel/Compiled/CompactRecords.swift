// One reader per record type for the compact form, which the records' `Encodable` conformances
// write at build time. Reading through `Decodable` instead cost a fresh process most of the
// catalogue's load: the first decode of each generic container type made the runtime scan every
// protocol conformance of the binary (docs/DECISIONS.md, "The compiled catalogue").
//
// Each reader takes every field its type's conformance writes, by the property's name; a field
// left unread is refused (`CompactFields.finish`), the build reads back what it compiled, and
// CompactRecordsTests round-trips a record of each type with every field set.

extension CatalogueContents {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        programmes = try fields.required("programmes").list(Programme.init(compact:))
        actors = try fields.required("actors").list(Actor.init(compact:))
        people = try fields.required("people").list(Person.init(compact:))
        events = try fields.required("events").list(Event.init(compact:))
        territories = try fields.required("territories").list(Territory.init(compact:))
        sources = try fields.required("sources").list(Source.init(compact:))
        try fields.finish()
    }
}

// MARK: - Records

extension Programme {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        name = try fields.required("name").string()
        acronym = try fields.optional("acronym")?.string()
        fullName = try fields.optional("fullName")?.string()
        kind = try fields.required("kind").raw()
        territories = try fields.required("territories").list { try $0.recordID() }
        period = try fields.optional("period").map(DateRange.init(compact:))
        summary = try fields.optional("summary")?.string()
        axes = try fields.required("axes").list(Axis.init(compact:))
        governance = try fields.required("governance").list(GovernanceBody.init(compact:))
        figures = try fields.required("figures").list(KeyFigure.init(compact:))
        links = try fields.required("links").list(Link.init(compact:))
        sources = try fields.required("sources").list { try $0.recordID() }
        try fields.finish()
    }
}

extension Actor {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        name = try fields.required("name").string()
        kind = try fields.required("kind").raw()
        acronym = try fields.optional("acronym")?.string()
        aliases = try fields.required("aliases").list { try $0.string() }
        territories = try fields.required("territories").list { try $0.recordID() }
        summary = try fields.optional("summary")?.string()
        founded = try fields.optional("founded").map(DateRange.init(compact:))
        website = try fields.optional("website")?.string()
        links = try fields.required("links").list(Link.init(compact:))
        sources = try fields.required("sources").list { try $0.recordID() }
        try fields.finish()
    }
}

extension Person {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        name = try fields.required("name").string()
        summary = try fields.optional("summary")?.string()
        territories = try fields.required("territories").list { try $0.recordID() }
        links = try fields.required("links").list(Link.init(compact:))
        sources = try fields.required("sources").list { try $0.recordID() }
        try fields.finish()
    }
}

extension Event {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        title = try fields.required("title").string()
        date = try fields.optional("date").map(DateRange.init(compact:))
        territories = try fields.required("territories").list { try $0.recordID() }
        summary = try fields.optional("summary")?.string()
        figures = try fields.required("figures").list(KeyFigure.init(compact:))
        links = try fields.required("links").list(Link.init(compact:))
        sources = try fields.required("sources").list { try $0.recordID() }
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension Territory {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        name = try fields.required("name").string()
        level = try fields.required("level").raw()
        code = try fields.optional("code")?.string()
        parent = try fields.optional("parent")?.recordID()
        aliases = try fields.required("aliases").list { try $0.string() }
        current = try fields.optional("current")?.recordID()
        departements = try fields.required("departements").list { try $0.recordID() }
        communes = try fields.required("communes").list { try $0.string() }
        try fields.finish()
    }
}

extension Source {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        title = try fields.required("title").string()
        publisher = try fields.optional("publisher")?.recordID()
        date = try fields.optional("date").map(PartialDate.init(compact:))
        url = try fields.optional("url")?.string()
        file = try fields.required("file").string()
        try fields.finish()
    }
}

// MARK: - Parts of records

extension Axis {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        title = try fields.required("title").string()
        summary = try fields.optional("summary")?.string()
        objectives = try fields.required("objectives").list(Objective.init(compact:))
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension Objective {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        id = try fields.required("id").recordID()
        title = try fields.required("title").string()
        summary = try fields.optional("summary")?.string()
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension GovernanceBody {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        name = try fields.required("name").string()
        role = try fields.optional("role")?.string()
        cadence = try fields.optional("cadence")?.string()
        members = try fields.required("members").list(Link.init(compact:))
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension KeyFigure {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        self.value = try fields.required("value").double()
        unit = try fields.optional("unit")?.string()
        label = try fields.required("label").string()
        date = try fields.optional("date").map(PartialDate.init(compact:))
        approximate = try fields.required("approximate").bool()
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension Link {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        target = try fields.required("target").recordID()
        role = try fields.required("role").raw()
        title = try fields.optional("title")?.string()
        note = try fields.optional("note")?.string()
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension Evidence {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        source = try fields.required("source").recordID()
        paragraph = try fields.required("paragraph").int()
        opening = try fields.required("opening").string()
        try fields.finish()
    }
}

extension DateRange {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        start = try fields.optional("start").map(PartialDate.init(compact:))
        end = try fields.optional("end").map(PartialDate.init(compact:))
        note = try fields.optional("note")?.string()
        evidence = try fields.optional("evidence").map(Evidence.init(compact:))
        basis = try fields.required("basis").raw()
        try fields.finish()
    }
}

extension PartialDate {
    init(compact value: CompactValue) throws {
        var fields = try value.fields(of: Self.self)
        year = try fields.required("year").int()
        month = try fields.optional("month")?.int()
        day = try fields.optional("day")?.int()
        try fields.finish()
    }
}
