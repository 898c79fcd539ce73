import ArgumentParser
import ESSDirectory
import ESSModel

/// `ess list TYPE`: the records of one type, filtered by region, kind and year.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        _superCommandName: "ess",
        abstract: "List programmes, actors, people, events, territories or sources.",
        discussion: """
            Examples:
              ess list programmes --region "Pays de la Loire"
              ess list actors --region rhone-alpes --kind ptce
              ess list events --year 2016 --format csv
              ess list actors --in progress --in sress-pays-de-la-loire
              ess list actors --shared
            """)

    @Argument(help: ArgumentHelp("programmes, actors, people, events, territories or sources.", valueName: "type"))
    var type: ListedType

    @OptionGroup var filters: FilterOptions
    @OptionGroup var directoryFilters: DirectoryFilterOptions

    @Option(name: .customLong("in"), help: ArgumentHelp(
        "actors: only those linked to this programme (id, name or acronym); repeat for those linked to all of them.",
        valueName: "programme"))
    var programmes: [String] = []

    @Flag(name: .long, help: "actors: only those linked to two programmes or more.")
    var shared = false

    // Unconditional parsing: `--limit -1` reaches `validate` (and a clear message) instead of
    // being read as an unknown option.
    @Option(name: .long, parsing: .unconditional,
            help: "actors: at most this many imported actors (0 for all; default 100 in text, all in json and csv).")
    var limit: Int?

    @Option(name: .long, parsing: .unconditional, help: "actors: skip this many imported actors first.")
    var offset: Int = 0

    @OptionGroup var output: ListOutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions

    func validate() throws {
        if let limit, limit < 0 { throw ValidationError("--limit takes a number of actors, 0 for all (not \(limit))") }
        guard offset >= 0 else { throw ValidationError("--offset takes a number of actors to skip, 0 or more (not \(offset))") }
        if type != .actors && (!programmes.isEmpty || shared) {
            throw ValidationError("--in and --shared select actors by the programmes they take part in: use them with ess list actors")
        }
        if type != .actors && !directoryFilters.isEmpty {
            throw ValidationError("--departement, --commune, --arrondissement, --territory, --legal-family and --naf filter imported actors: use them with ess list actors")
        }
        if directoryFilters.territory != nil && filters.region != nil {
            throw ValidationError("--territory and --region cannot be combined: the territory already says where")
        }
    }

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        var records = catalogue.list(try filters.query(type.recordType, in: catalogue))
        if !programmes.isEmpty || shared {
            let wanted = Set(try sharedActors(in: catalogue).map(\.id))
            records = records.filter { wanted.contains($0.id) }
            // Imported actors take part in no programme of the catalogue.
            RecordListPrinter(catalogue: catalogue, language: output.language).print(records, format: output.format)
            return
        }
        guard type == .actors, let directory = try directory.openForReading() else {
            RecordListPrinter(catalogue: catalogue, language: output.language).print(records, format: output.format)
            return
        }
        let places = PlaceIndex(catalogue: catalogue)
        var filter = try filters.regionFilter(in: catalogue).map(places.filter(for:)) ?? ActorFilter()
        try directoryFilters.apply(to: &filter, places: places)
        try directoryFilters.applyTerritory(to: &filter, catalogue: catalogue, places: places)
        filter.createdYears = try filters.years()
        // Curated actors carry no département, legal family or NAF code.
        if !directoryFilters.isEmpty { records = [] }
        do {
            try ActorListPrinter(catalogue: catalogue, places: places, language: output.language, directory: directory,
                                 filter: filter, limit: importedLimit, offset: offset)
                .print(curated: records, format: output.format)
        } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }
}

extension ListCommand {
    /// At most this many imported actors, nil for all: `--limit` (0 for all), else 100 in a text
    /// table (which says how many it left out) and all in JSON and CSV, which a program reads whole.
    var importedLimit: Int? {
        switch limit {
        case 0?: nil
        case let limit?: limit
        case nil: output.format == .text ? 100 : nil
        }
    }

    /// The actors `--in` and `--shared` select, or exit 1 for a name that is not one programme.
    func sharedActors(in catalogue: Catalogue) throws -> [Actor] {
        var ids: [RecordID] = []
        for text in programmes {
            switch catalogue.lookup(text) {
            case .success(let record as Programme): ids.append(record.id)
            case .success(let record):
                Console.error("ess: '\(text)' is \(record.displayName) (\(record.id)), not a programme")
                throw ExitCode(1)
            case .failure(let error):
                let names = catalogue.programmes.map(\.id.rawValue)
                throw fail(error.candidates.isEmpty
                    ? LookupError(what: "programme", value: text, suggestions: Suggestions.closest(to: text, among: names))
                    : error)
            }
        }
        let actors = ids.isEmpty ? catalogue.actors : catalogue.actors(linkedToAll: ids)
        let shared = Set(catalogue.sharedActors().map(\.id))
        return self.shared ? actors.filter { shared.contains($0.id) } : actors
    }
}

/// Prints a list of records as an aligned table, JSON or CSV — shared by list, search and timeline.
struct RecordListPrinter {
    let catalogue: Catalogue
    let language: Language

    func print(_ records: [any CatalogueRecord], format: OutputFormat) {
        switch format {
        case .json:
            Console.printRaw(JSONOutput.encode(records.map { catalogue.json(for: $0) }))
        case .csv:
            Console.printRaw(CSVOutput.encode(headers: Self.csvHeaders, rows: records.map(csvRow)))
        case .text:
            guard !records.isEmpty else {
                Console.print(language == .fr ? "Aucun résultat." : "No results.")
                return
            }
            let table = TextTable(headers: language == .fr ? ["ID", "NOM", "DESCRIPTION"] : ["ID", "NAME", "DESCRIPTION"],
                                  rows: records.map { [$0.id.rawValue, $0.displayName, catalogue.subtitle(of: $0, language)] })
            for line in table.render(width: Console.tableWidth, colour: Console.colour) { Console.print(line) }
            let count = records.count
            Console.print(Console.styled(language == .fr ? "\(count) résultat\(count > 1 ? "s" : "")" : "\(count) result\(count > 1 ? "s" : "")", .dim))
        }
    }

    static let csvHeaders = RecordCSV.headers

    func csvRow(_ record: any CatalogueRecord) -> [String] {
        RecordCSV.row(record, in: catalogue, language: language)
    }
}
