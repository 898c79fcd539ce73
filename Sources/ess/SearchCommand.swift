import ArgumentParser
import ESSDirectory
import ESSModel

/// `ess search QUERY`: every record whose names, acronyms, aliases or summary match, best first.
struct Search: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        _superCommandName: "ess",
        abstract: "Search all records, ignoring case, accents and punctuation.",
        discussion: """
            Examples:
              ess search "saint etienne"
              ess search economie --type programmes
              ess search "jardins partages" --region bretagne --category associations
            """)

    @Argument(help: ArgumentHelp("Words to find.", valueName: "query"))
    var query: [String]

    @Option(name: .long, help: ArgumentHelp("Only this type of record (programmes, actors, people, events, territories, sources).", valueName: "type"))
    var type: ListedType?

    @Option(name: .long, parsing: .unconditional, help: "At most this many results (default 50; 0 for all).")
    var limit: Int = 50

    /// `--limit`, with 0 read as "all", as in `ess list`.
    private var maximum: Int { limit == 0 ? Int(Int32.max) : limit }

    @Option(name: .long, help: ArgumentHelp("Only records in this region (current or former name, or INSEE code).", valueName: "region"))
    var region: String?

    @OptionGroup var directoryFilters: DirectoryFilterOptions

    @OptionGroup var output: ListOutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        guard limit >= 0 else { throw ValidationError("--limit takes a number of results, 0 for all (not \(limit))") }
        guard !query.joined().trimmingCharacters(in: .whitespaces).isEmpty else { throw ValidationError("give words to search for") }
        if directoryFilters.territory != nil && region != nil {
            throw ValidationError("--territory and --region cannot be combined: the territory already says where")
        }
        if !directoryFilters.isEmpty && type != nil && type != .actors {
            throw ValidationError("--departement, --legal-family and --naf filter imported actors: use them with --type actors or no --type")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        let types = type.map { Set([$0.recordType]) } ?? Set(RecordType.allCases)
        let regionFilter: RegionFilter?
        switch region.map(catalogue.resolveRegion) {
        case .success(let filter): regionFilter = filter
        case .failure(let error): throw fail(error)
        case nil: regionFilter = nil
        }
        let places = PlaceIndex(catalogue: catalogue)
        var filter = regionFilter.map(places.filter(for:)) ?? ActorFilter()
        try directoryFilters.apply(to: &filter, places: places)
        try directoryFilters.applyTerritory(to: &filter, catalogue: catalogue, places: places)
        // Curated records carry no département, legal family or NAF code.
        let records = !directoryFilters.isEmpty ? [] : catalogue.search(query.joined(separator: " "), types: types, limit: 10_000)
            .compactMap { catalogue.record($0.id) }
            .filter { catalogue.isInRegion($0.id, regionFilter) }
            .prefix(maximum).map { $0 }
        let imported = try importedHits(filter, limit: maximum - records.count)
        if !imported.isEmpty {
            try ActorListPrinter(catalogue: catalogue, places: places, language: output.language, directory: directory.openForReading()!,
                                 filter: filter, limit: nil, offset: 0)
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
        for line in table.render(width: Console.tableWidth, colour: Console.colour) { Console.print(line) }
    }
}

extension Search {
    /// Imported actors whose names match, after the curated records, when actors are searched.
    func importedHits(_ filter: ActorFilter, limit: Int) throws -> [ImportedActor] {
        guard limit > 0, type == nil || type == .actors, let database = try directory.openForReading() else { return [] }
        do {
            return try database.search(query.joined(separator: " "), filter, limit: limit)
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
