import ArgumentParser
import ESSDirectory
import ESSModel

/// `ess show ID`: one record with everything linked to it.
struct Show: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        _superCommandName: "ess",
        abstract: "Show one record: its details, axes, figures, links, events and sources.",
        discussion: """
            ID is a record id (sress-pays-de-la-loire) or an exact name or acronym (PROGRESS); a name several \
            records bear (CRESS) lists them and exits 1. A source's page lists the records citing it. \
            --evidence adds every fact with the passage it rests on (document, paragraph, opening words), \
            and the sentence itself when --sources DIR (or ESS_SOURCES) gives the documents.
            """)

    @Argument(help: ArgumentHelp("The record's id, name or acronym.", valueName: "id"))
    var id: String

    @Flag(name: .long, help: "Also print each fact with its locator and basis (and its sentence with --sources).")
    var evidence = false

    @OptionGroup var sourcesOptions: SourcesOptions

    @OptionGroup var output: OutputOptions
    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var directory: DirectoryOptions


    func run() throws {
        let documents = try sourcesOptions.loadDocuments()
        let catalogue = try catalogueOptions.loadCatalogue()
        let record: any CatalogueRecord
        switch catalogue.lookup(id) {
        case .success(let found): record = found
        case .failure(let error):
            if error.candidates.isEmpty, try showImported(catalogue) { return }
            throw fail(error)
        }
        switch output.format {
        case .json:
            Console.printRaw(JSONOutput.encode(catalogue.json(for: record)))
        default:
            guard var page = catalogue.page(for: record.id, language: output.language) else { return }
            try addImportedCount(to: &page, record: record, catalogue: catalogue)
            if evidence {
                page.blocks += catalogue.evidenceBlocks(of: record.id, language: output.language, documents: documents)
            }
            Console.print(lines: PageTextRenderer(width: Console.width, language: output.language).render(page))
        }
    }
}

extension Show {
    /// Shows an imported actor for `siren:SIREN`, `key:KEY` or a bare key; false when there is none.
    func showImported(_ catalogue: Catalogue) throws -> Bool {
        let key = ImportedActor.key(fromRecordID: id) ?? id
        guard let database = try directory.openForReading() else { return false }
        let actor: ImportedActor?
        do { actor = try database.actor(key: key) } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
        // `siren:` names an actor keyed by its SIREN only; `key:` any actor; a bare key, any.
        guard let actor, ImportedActor.key(fromRecordID: id) == nil || actor.recordID == id || id.hasPrefix(ImportedActor.keyPrefix)
        else { return false }
        let places = PlaceIndex(catalogue: catalogue)
        switch output.format {
        case .json:
            Console.printRaw(JSONOutput.encode(ImportedActorJSON(actor, catalogue: catalogue, places: places)))
        default:
            let page = actor.page(in: catalogue, places: places, language: output.language)
            PageTextRenderer(width: Console.width, language: output.language).render(page).forEach(Console.print)
        }
        return true
    }

    /// A programme's page gains the number of imported actors in its territory, with the command
    /// that lists them.
    func addImportedCount(to page: inout RecordPage, record: any CatalogueRecord, catalogue: Catalogue) throws {
        guard record is Programme, let database = try directory.openForReading() else { return }
        do {
            page.blocks += try database.territoryBlocks(for: record, in: catalogue, places: PlaceIndex(catalogue: catalogue),
                                                        language: output.language)
        } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }
}
