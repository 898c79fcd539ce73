import ArgumentParser
import ESSDirectory
import ESSModel

/// `ess search QUERY`: every record whose names, acronyms, aliases or summary match, best first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Search all records, ignoring case, accents and punctuation.",
        discussion: """
            Examples:
              ess search "saint etienne"
              ess search economie --type programmes
            """)

    @Argument(help: ArgumentHelp("Words to find.", valueName: "query"))
    var query: [String]

    @Option(name: .long, help: ArgumentHelp("Only this type of record (programmes, actors, people, events, territories, sources).", valueName: "type"))
    var type: ListedType?

    @Option(name: .long, help: "At most this many results.")
    var limit: Int = 50

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        try output.validate(allowingCSV: true)
        guard limit > 0 else { throw ValidationError("--limit must be at least 1") }
        guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give words to search for") }
    }

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        let types = type.map { Set([$0.recordType]) } ?? Set(RecordType.allCases)
        let hits = catalogue.search(query.joined(separator: " "), types: types, limit: limit)
        let records = hits.compactMap { catalogue.record($0.id) }
        let places = PlaceIndex(catalogue: catalogue)
        let imported = try importedHits(places: places, limit: limit - records.count)
        if !imported.isEmpty {
            try ActorListPrinter(catalogue: catalogue, places: places, language: output.language, directory: directory.openForReading()!,
                                 filter: ActorFilter(), limit: nil, offset: 0)
                .printSearch(curated: records, imported: imported, format: output.format)
            return
        }
        if output.format != .text || records.isEmpty {
            RecordListPrinter(catalogue: catalogue, language: output.language).print(records, format: output.format)
            return
        }
        let language = output.language
        let table = TextTable(
            headers: language == .fr ? ["TYPE", "ID", "NOM", "DESCRIPTION"] : ["TYPE", "ID", "NAME", "DESCRIPTION"],
            rows: records.map { [SectionNames.name(of: Swift.type(of: $0).recordType, language), $0.id.rawValue, $0.displayName,
                                 catalogue.subtitle(of: $0, language)] })
        for line in table.render(width: Console.colour ? Console.width : nil, colour: Console.colour) { Console.print(line) }
    }
}

extension Search {
    /// Imported actors whose names match, after the curated records, when actors are searched.
    func importedHits(places: PlaceIndex, limit: Int) throws -> [ImportedActor] {
        guard limit > 0, type == nil || type == .actors, let database = try directory.openForReading() else { return [] }
        do {
            return try database.search(query.joined(separator: " "), limit: limit)
        } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }
}

/// Record type names as the interface shows them.
enum SectionNames {
    static func name(of type: RecordType, _ language: Language) -> String {
        switch type {
        case .programme: language == .fr ? "programme" : "programme"
        case .actor: language == .fr ? "acteur" : "actor"
        case .person: language == .fr ? "personne" : "person"
        case .event: language == .fr ? "événement" : "event"
        case .territory: language == .fr ? "territoire" : "territory"
        case .source: "source"
        }
    }
}
