import ESSDirectory
import ESSModel
import Foundation

/// An imported actor in JSON: the stored fields, `imported: true`, names of its département and regions.
struct ImportedActorJSON: Encodable {
    var id: String
    var type = "actor"
    var imported = true
    var key: String
    var siren: String?
    var name: String
    var acronym: String?
    var legalFamily: String?
    var legalCategory: String?
    var naf: String?
    var nafSection: String?
    var headcount: String?
    var created: String?
    var active: Bool?
    var postcode: String?
    var commune: String?
    var departement: String?
    var region: String?
    var formerRegion: String?
    var source: String

    init(_ actor: ImportedActor, catalogue: Catalogue, places: PlaceIndex) {
        id = actor.recordID
        key = actor.key
        siren = actor.siren
        name = actor.name
        acronym = actor.acronym
        legalFamily = actor.legalFamily
        legalCategory = actor.legalCategory
        naf = actor.naf
        nafSection = actor.nafSection
        headcount = actor.headcount
        created = actor.created
        active = actor.active
        postcode = actor.postcode
        commune = actor.commune
        let place = actor.departement.flatMap { places.place(departementCode: $0) }
        departement = actor.departement
        region = place.map { catalogue.name(of: $0.region) }
        formerRegion = place?.formerRegion.map { catalogue.name(of: $0) }
        source = actor.source
    }

    /// The object as `ess` prints JSON elsewhere (pretty, sorted keys), indented to sit in an array.
    func encodedInArray() -> String { jsonInArray(self) }
}

/// A value as `ess` prints JSON elsewhere, indented by two spaces to sit in an array written piece
/// by piece (a million imported actors are never encoded as one array).
func jsonInArray(_ value: some Encodable) -> String {
    JSONOutput.encode(value).trimmingCharacters(in: .newlines)
        .split(separator: "\n", omittingEmptySubsequences: false).map { "  " + $0 }.joined(separator: "\n")
}

/// Prints curated and imported actors together: the curated ones first, then the imported ones
/// page by page (a million never sit in memory), in text, JSON or CSV.
struct ActorListPrinter {
    let catalogue: Catalogue
    let places: PlaceIndex
    let language: Language
    let directory: DirectoryDatabase
    let filter: ActorFilter
    /// At most this many imported actors; nil for all.
    let limit: Int?
    let offset: Int

    static let pageSize = 2000

    func print(curated: [any CatalogueRecord], format: OutputFormat) throws {
        let total = try directory.count(filter)
        switch format {
        case .json:
            var first = true
            Console.printRaw("[\n")
            for record in curated {
                Console.printRaw((first ? "" : ",\n") + jsonInArray(catalogue.json(for: record)))
                first = false
            }
            try forEachPage { page in
                var text = ""
                for actor in page {
                    text += (first ? "" : ",\n") + ImportedActorJSON(actor, catalogue: catalogue, places: places).encodedInArray()
                    first = false
                }
                Console.printRaw(text)
            }
            Console.printRaw(first ? "]\n" : "\n]\n")
        case .csv:
            let curatedText = CSVOutput.encode(headers: RecordListPrinter.csvHeaders,
                                               rows: curated.map(RecordListPrinter(catalogue: catalogue, language: language).csvRow))
            Console.printRaw(curatedText)
            try forEachPage { page in
                let text = CSVOutput.encode(headers: [], rows: page.map(csvRow))
                Console.printRaw(String(text.drop { $0 == "\r\n" }))
            }
        case .text:
            var shown = 0
            var headerPrinted = false
            let headers = language == .fr ? ["ID", "NOM", "DESCRIPTION"] : ["ID", "NAME", "DESCRIPTION"]
            var rows = curated.map { [$0.id.rawValue, $0.displayName, catalogue.subtitle(of: $0, language)] }
            try forEachPage { page in
                rows += page.map { [$0.recordID, $0.name, $0.subtitle(language)] }
                shown += page.count
                guard !rows.isEmpty else { return }
                var lines = TextTable(headers: headers, rows: rows).render(width: Console.colour ? Console.width : nil, colour: Console.colour)
                if headerPrinted { lines.removeFirst() }
                headerPrinted = true
                lines.forEach(Console.print)
                rows.removeAll()
            }
            if !rows.isEmpty || !headerPrinted {
                if rows.isEmpty {
                    Console.print(language == .fr ? "Aucun résultat." : "No results.")
                } else {
                    TextTable(headers: headers, rows: rows).render(width: Console.colour ? Console.width : nil, colour: Console.colour)
                        .forEach(Console.print)
                }
            }
            let count = curated.count + shown
            var summary = language == .fr ? "\(count) résultat\(count > 1 ? "s" : "")" : "\(count) result\(count > 1 ? "s" : "")"
            summary += language == .fr ? " (\(curated.count) du catalogue, \(shown) importés sur \(total))"
                : " (\(curated.count) curated, \(shown) imported of \(total))"
            if offset + shown < total {
                summary += language == .fr ? "; --limit N ou --limit 0 pour en voir plus" : "; --limit N or --limit 0 shows more"
            }
            Console.print(Console.styled(summary, .dim))
        }
    }

    /// The imported actors of the filter, from `offset`, `limit` at most, page by page.
    private func forEachPage(_ body: ([ImportedActor]) throws -> Void) throws {
        var remaining = limit ?? Int.max
        guard remaining > 0 else { return }
        var page = try directory.page(filter, offset: offset, limit: min(remaining, Self.pageSize))
        while !page.isEmpty {
            try body(page)
            remaining -= page.count
            guard remaining > 0, page.count == Self.pageSize, let cursor = page.last?.cursor else { return }
            page = try directory.page(filter, after: cursor, limit: min(remaining, Self.pageSize))
        }
    }

    func csvRow(_ actor: ImportedActor) -> [String] {
        let place = actor.departement.flatMap { places.place(departementCode: $0) }
        return [actor.recordID, "actor", actor.name, actor.legalFamily ?? "", place?.departement.rawValue ?? "",
                place.map { catalogue.name(of: $0.region) } ?? "", actor.created ?? "", "", actor.source]
    }

    /// Search results: curated records, then imported actors, in one table (or JSON, CSV).
    func printSearch(curated: [any CatalogueRecord], imported: [ImportedActor], format: OutputFormat) {
        switch format {
        case .json:
            let items = curated.map { jsonInArray(catalogue.json(for: $0)) } + imported.map { ImportedActorJSON($0, catalogue: catalogue, places: places).encodedInArray() }
            Console.printRaw("[\n" + items.joined(separator: ",\n") + "\n]\n")
        case .csv:
            let printer = RecordListPrinter(catalogue: catalogue, language: language)
            Console.printRaw(CSVOutput.encode(headers: RecordListPrinter.csvHeaders, rows: curated.map(printer.csvRow) + imported.map(csvRow)))
        case .text:
            let headers = language == .fr ? ["TYPE", "ID", "NOM", "DESCRIPTION"] : ["TYPE", "ID", "NAME", "DESCRIPTION"]
            let label = language == .fr ? "acteur importé" : "imported actor"
            let rows = curated.map { [SectionNames.name(of: Swift.type(of: $0).recordType, language), $0.id.rawValue, $0.displayName,
                                      catalogue.subtitle(of: $0, language)] }
                + imported.map { [label, $0.recordID, $0.name, $0.subtitle(language)] }
            TextTable(headers: headers, rows: rows).render(width: Console.colour ? Console.width : nil, colour: Console.colour)
                .forEach(Console.print)
        }
    }
}
