/// The records of a catalogue, as the loader read and validated them, without what the
/// catalogue derives from them (indexes, reverse links, regions, search text).
///
/// This is what the build compiles into the binary (`CompiledCatalogue`): written through the
/// records' `Encodable` conformances, read back by one reader per type (CompactRecords.swift),
/// which refuses a field it does not read, so a field added to a record fails the build until
/// its reader takes it.
public struct CatalogueContents: Codable, Hashable, Sendable {
    public var programmes: [Programme]
    public var actors: [Actor]
    public var people: [Person]
    public var events: [Event]
    public var territories: [Territory]
    public var sources: [Source]

    public init(programmes: [Programme] = [], actors: [Actor] = [], people: [Person] = [], events: [Event] = [],
                territories: [Territory] = [], sources: [Source] = []) {
        self.programmes = programmes
        self.actors = actors
        self.people = people
        self.events = events
        self.territories = territories
        self.sources = sources
    }
}

extension Catalogue {
    /// The records this catalogue was built from, in display order.
    public var contents: CatalogueContents {
        CatalogueContents(programmes: programmes, actors: actors, people: people, events: events,
                          territories: territories, sources: sources)
    }

    /// Builds the catalogue of records already validated (compiled at build time, or just loaded).
    public init(_ contents: CatalogueContents) {
        self.init(programmes: contents.programmes, actors: contents.actors, people: contents.people,
                  events: contents.events, territories: contents.territories, sources: contents.sources)
    }

    /// Builds the catalogue of a catalogue's own `contents`, which are in display order already
    /// (the compiled form is written from them): sorting them again would fold every name.
    public init(ordered contents: CatalogueContents) {
        self.init(ordered: contents.programmes, actors: contents.actors, people: contents.people,
                  events: contents.events, territories: contents.territories, sources: contents.sources)
    }
}
