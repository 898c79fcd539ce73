import ArgumentParser
import ESSModel
import Foundation

/// `ess export`: the whole catalogue at once.
struct Export: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        _superCommandName: "ess",
        abstract: "Print the whole catalogue: JSON (default) for programs, or every record page as text.",
        discussion: "The JSON shape is documented in docs/json.md.")

    @Option(name: .long, help: "Output format: json or text (CSV is for lists: ess list TYPE --format csv).")
    var format: PageFormat = .json

    @Option(name: .long, help: "Language of labels in text output: fr or en.")
    var lang: Language?

    @OptionGroup var catalogueOptions: CatalogueOptions

    func run() throws {
        let catalogue = try catalogueOptions.loadCatalogue()
        if format == .json {
            Console.printRaw(JSONOutput.encode(catalogue.json()))
            return
        }
        // Not `OutputOptions().language`: a parsable type built by hand has no values and traps when read.
        let language = lang ?? ProcessEnvironment.language
        let renderer = PageTextRenderer(width: Console.width, language: language)
        for id in catalogue.allIDs {
            guard let page = catalogue.page(for: id, language: language) else { continue }
            for line in renderer.render(page) { Console.print(line) }
            Console.print("")
        }
    }
}
