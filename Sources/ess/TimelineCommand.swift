import ArgumentParser
import ESSModel

/// `ess timeline`: events in date order, grouped by year, with the programmes' periods.
struct Timeline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "timeline",
        _superCommandName: "ess",
        abstract: "Events in date order, grouped by year, and the periods of the programmes.")

    @Option(name: .long, help: ArgumentHelp("Only this region (current or former name, or INSEE code).", valueName: "region"))
    var region: String?

    @Option(name: .long, help: ArgumentHelp("Only these years (2016 or 2015-2017).", valueName: "year"))
    var year: String?

    @OptionGroup var output: ListOutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions


    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        let filters = try FilterOptions.parse((region.map { ["--region", $0] } ?? []) + (year.map { ["--year", $0] } ?? []))
        let events = catalogue.list(try filters.query(.event, in: catalogue)).compactMap { $0 as? Event }
        let programmes = catalogue.list(try filters.query(.programme, in: catalogue)).compactMap { $0 as? Programme }
        let dated = programmes.filter { $0.period?.sortKey != nil }.sorted { ($0.period!.sortKey!, $0.name) < ($1.period!.sortKey!, $1.name) }
        guard output.format == .text else {
            // The same records as the text: the programmes' periods, then the events.
            RecordListPrinter(catalogue: catalogue, language: output.language).print(dated + events, format: output.format)
            return
        }
        let language = output.language
        if !dated.isEmpty {
            Console.print(Console.styled(language == .fr ? "Programmes" : "Programmes", .heading))
            let rows = dated.map { [Formatting.range($0.period!, language), $0.name, $0.id.rawValue] }
            for line in TextTable(headers: [language == .fr ? "PÉRIODE" : "PERIOD", language == .fr ? "NOM" : "NAME", "ID"], rows: rows)
                .render(width: Console.tableWidth.map { $0 - 2 }, colour: Console.colour) {
                Console.print("  " + line)
            }
            Console.print("")
        }
        // The bare date in its column, as wide as the longest one (nothing is cut); the date's
        // note, often a sentence, goes after the title.
        let dates = events.map { event -> String in
            guard var date = event.date else { return "—" }
            date.note = nil
            return Console.safe(Formatting.range(date, language))
        }
        let dateWidth = dates.map(\.displayWidth).max() ?? 0
        var currentYear: Int?? = .none
        for (event, date) in zip(events, dates) {
            let year = event.date?.sortKey?.year
            if currentYear != .some(year) {
                currentYear = .some(year)
                let heading = year.map(String.init) ?? (language == .fr ? "Date non précisée" : "Date not given")
                Console.print(Console.styled(heading, .heading))
            }
            // A note with parentheses of its own goes after a dash, never nested in more.
            let note = event.date?.note.map { $0.contains("(") ? " — " + Console.safe($0) : " (" + Console.safe($0) + ")" } ?? ""
            // Fitting the width as tables do: the title and note are cut, the id kept whole; an id
            // too long to leave the title room goes on its own line, under the title.
            let id = "[\(event.id)]"
            let title = Console.safe(event.title) + note
            let lead = "  " + date.padded(toWidth: dateWidth) + "  "
            guard let width = Console.tableWidth else {
                Console.print(lead + title + Console.styled("  " + id, .dim))
                continue
            }
            let room = width - lead.displayWidth - 2 - id.displayWidth
            if room >= TextTable.minimumColumn {
                Console.print(lead + title.truncated(toWidth: room) + Console.styled("  " + id, .dim))
            } else {
                Console.print(lead + title.truncated(toWidth: max(TextTable.minimumColumn, width - lead.displayWidth)))
                let indent = lead.displayWidth + id.displayWidth <= width ? lead.displayWidth : 4
                Console.print(String(repeating: " ", count: indent) + Console.styled(id, .dim))
            }
        }
        if events.isEmpty { Console.print(language == .fr ? "Aucun événement." : "No events.") }
    }
}
