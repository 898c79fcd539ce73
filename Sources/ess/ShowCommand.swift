import ArgumentParser
import ESSModel

/// `ess show ID`: one record with everything linked to it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show one record: its details, axes, figures, links, events and sources.",
        discussion: "ID is a record id (sress-pays-de-la-loire) or an exact name or acronym (PROGRESS).")

    @Argument(help: ArgumentHelp("The record's id, name or acronym.", valueName: "id"))
    var id: String

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws { try output.validate(allowingCSV: false) }

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        let record: any CatalogueRecord
        switch catalogue.lookup(id) {
        case .success(let found): record = found
        case .failure(let error): throw fail(error)
        }
        switch output.format {
        case .json:
            Console.printRaw(JSONOutput.encode(catalogue.json(for: record)))
        default:
            guard let page = catalogue.page(for: record.id, language: output.language) else { return }
            for line in PageTextRenderer(width: Console.width, language: output.language).render(page) {
                Console.print(line)
            }
        }
    }
}
