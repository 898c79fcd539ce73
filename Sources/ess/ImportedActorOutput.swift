import ESSDirectory
import ESSModel
import ESSReference
import Foundation

/// An imported actor in JSON: the stored fields, `imported: true`, the INSEE labels of its codes
/// and the names of its département and regions. Keys in snake_case, as the catalogue's records.
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
    var legalCategoryLabel: String?
    var naf: String?
    var nafLabel: String?
    var nafDivision: String?
    var nafDivisionLabel: String?
    var nafSection: String?
    var nafSectionLabel: String?
    var headcount: String?
    var headcountLabel: String?
    var created: String?
    var active: Bool?
    var postcode: String?
    var commune: String?
    var communeCode: String?
    /// The commune is a best guess from a shared postcode.
    var placeGuessed: Bool?
    var arrondissement: String?
    var arrondissementName: String?
    var departement: String?
    var departementName: String?
    var regionCode: String?
    var region: String?
    var formerRegion: String?
    var source: String

    enum CodingKeys: String, CodingKey {
        case id, type, imported, key, siren, name, acronym, naf, headcount, created, active, postcode, commune, departement, region, source
        case legalFamily = "legal_family", legalCategory = "legal_category", legalCategoryLabel = "legal_category_label"
        case nafLabel = "naf_label", nafDivision = "naf_division", nafDivisionLabel = "naf_division_label"
        case nafSection = "naf_section", nafSectionLabel = "naf_section_label", headcountLabel = "headcount_label"
        case departementName = "departement_name", regionCode = "region_code", formerRegion = "former_region"
        case communeCode = "commune_code", placeGuessed = "place_guessed", arrondissement, arrondissementName = "arrondissement_name"
    }

    init(_ actor: ImportedActor, catalogue: Catalogue, places: PlaceIndex) {
        let labels = ImportedActorLabels(actor, catalogue: catalogue, places: places)
        id = actor.recordID
        key = actor.key
        siren = actor.siren
        name = actor.name
        acronym = actor.acronym
        legalFamily = actor.legalFamily
        legalCategory = actor.legalCategory
        legalCategoryLabel = actor.legalCategoryLabel
        naf = actor.naf
        nafLabel = actor.nafActivity?.label
        nafDivision = actor.nafActivity?.division
        nafDivisionLabel = actor.nafActivity?.divisionLabel
        nafSection = actor.nafSection
        nafSectionLabel = labels.nafSectionLabel
        headcount = actor.headcount
        headcountLabel = actor.headcountLabel
        created = actor.created
        active = actor.active
        postcode = actor.postcode
        commune = actor.commune
        communeCode = actor.communeCode
        placeGuessed = actor.placeGuessed ? true : nil
        arrondissement = actor.arrondissement
        arrondissementName = actor.arrondissement.flatMap { CommuneTable.shared.arrondissementNames[$0] }
        departement = actor.departement
        departementName = labels.departementName
        regionCode = actor.region
        region = labels.regionName
        formerRegion = labels.formerRegionName
        source = actor.source
    }

    /// The object as `ess` prints JSON elsewhere (pretty, sorted keys), indented to sit in an array.
    func encodedInArray() -> String { jsonInArray(self) }
}

/// The names an imported actor's codes stand for, shared by JSON and CSV.
struct ImportedActorLabels {
    var departementName: String?
    var regionName: String?
    var formerRegionName: String?
    var nafSectionLabel: String?

    init(_ actor: ImportedActor, catalogue: Catalogue, places: PlaceIndex) {
        let place = actor.departement.flatMap { places.place(departementCode: $0) }
        departementName = place.map { catalogue.name(of: $0.departement) }
        regionName = place.map { catalogue.name(of: $0.region) }
        formerRegionName = place?.formerRegion.map { catalogue.name(of: $0) }
        nafSectionLabel = actor.nafActivity?.sectionLabel ?? actor.nafSection.flatMap(Nomenclatures.nafSectionLabel)
    }
}

/// The CSV columns of imported actors, after the eight every list has (curated rows leave them empty).
enum ImportedActorCSV {
    static let headers = ["siren", "key", "acronym", "legal_category", "legal_category_label", "naf", "naf_label",
                          "naf_division", "naf_section", "headcount", "headcount_label", "active", "postcode", "commune",
                          "commune_code", "arrondissement", "departement", "departement_name", "region_code", "region"]

    static func row(_ actor: ImportedActor, catalogue: Catalogue, places: PlaceIndex) -> [String] {
        let labels = ImportedActorLabels(actor, catalogue: catalogue, places: places)
        return [actor.siren ?? "", actor.key, actor.acronym ?? "", actor.legalCategory ?? "", actor.legalCategoryLabel ?? "",
                actor.naf ?? "", actor.nafActivity?.label ?? "", actor.nafActivity?.division ?? "", actor.nafSection ?? "",
                actor.headcount ?? "", actor.headcountLabel ?? "", actor.active.map { $0 ? "A" : "C" } ?? "",
                actor.postcode ?? "", actor.commune ?? "", actor.communeCode ?? "", actor.arrondissement ?? "",
                actor.departement ?? "", labels.departementName ?? "",
                actor.region ?? "", labels.regionName ?? ""]
    }
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
            let blank = Array(repeating: "", count: ImportedActorCSV.headers.count)
            let curatedText = CSVOutput.encode(headers: RecordListPrinter.csvHeaders + ImportedActorCSV.headers,
                                               rows: curated.map { RecordListPrinter(catalogue: catalogue, language: language).csvRow($0) + blank })
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
                var lines = TextTable(headers: headers, rows: rows).render(width: Console.tableWidth, colour: Console.colour)
                if headerPrinted { lines.removeFirst() }
                headerPrinted = true
                lines.forEach(Console.print)
                rows.removeAll()
            }
            if !rows.isEmpty || !headerPrinted {
                if rows.isEmpty {
                    Console.print(language == .fr ? "Aucun résultat." : "No results.")
                } else {
                    TextTable(headers: headers, rows: rows).render(width: Console.tableWidth, colour: Console.colour)
                        .forEach(Console.print)
                }
            }
            let count = curated.count + shown
            var summary = language == .fr ? "\(count) résultat\(count > 1 ? "s" : "")" : "\(count) result\(count > 1 ? "s" : "")"
            summary += language == .fr ? " (\(curated.count) du catalogue, \(shown) importés sur \(total))"
                : " (\(curated.count) curated, \(shown) imported of \(total))"
            let left = total - offset - shown
            if left > 0 {
                summary += language == .fr ? "; \(left) non affiché\(left > 1 ? "s" : "") : --limit 0 les liste tous"
                    : "; \(left) left out: --limit 0 lists them all"
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

    /// The eight columns of every list (id, type, name, kind: the legal family, territories: the
    /// département's record, regions, dates: the creation date, sources: the file), then the
    /// imported actors' own.
    func csvRow(_ actor: ImportedActor) -> [String] {
        let place = actor.departement.flatMap { places.place(departementCode: $0) }
        return [actor.recordID, "actor", actor.name, actor.legalFamily ?? "", place?.departement.rawValue ?? "",
                place.map { catalogue.name(of: $0.region) } ?? "", actor.created ?? "", "", actor.source]
            + ImportedActorCSV.row(actor, catalogue: catalogue, places: places)
    }

    /// Search results: curated records, then imported actors, in one table (or JSON, CSV).
    func printSearch(curated: [any CatalogueRecord], imported: [ImportedActor], format: OutputFormat) {
        switch format {
        case .json:
            let items = curated.map { jsonInArray(catalogue.json(for: $0)) } + imported.map { ImportedActorJSON($0, catalogue: catalogue, places: places).encodedInArray() }
            Console.printRaw("[\n" + items.joined(separator: ",\n") + "\n]\n")
        case .csv:
            let printer = RecordListPrinter(catalogue: catalogue, language: language)
            let blank = Array(repeating: "", count: ImportedActorCSV.headers.count)
            Console.printRaw(CSVOutput.encode(headers: RecordListPrinter.csvHeaders + ImportedActorCSV.headers,
                                              rows: curated.map { printer.csvRow($0) + blank } + imported.map(csvRow)))
        case .text:
            let headers = language == .fr ? ["TYPE", "ID", "NOM", "DESCRIPTION"] : ["TYPE", "ID", "NAME", "DESCRIPTION"]
            let label = language == .fr ? "acteur importé" : "imported actor"
            let rows = curated.map { [SectionNames.name(of: Swift.type(of: $0).recordType, language), $0.id.rawValue, $0.displayName,
                                      catalogue.subtitle(of: $0, language)] }
                + imported.map { [label, $0.recordID, $0.name, $0.subtitle(language)] }
            TextTable(headers: headers, rows: rows).render(width: Console.tableWidth, colour: Console.colour)
                .forEach(Console.print)
        }
    }
}
