import ArgumentParser
import ESSModel
import ESSSeeds
import Foundation

/// `ess validate [DIR]`: runs the catalogue checks alone.
struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "validate",
        _superCommandName: "ess",
        abstract: "Check a catalogue folder and report every problem as file:line:column.",
        discussion: """
            With no folder, checks --data / ESS_DATA, or else the built-in catalogue. With --sources DIR (or \
            ESS_SOURCES), also checks that every evidence locator finds its sentence in its paragraph of \
            the document. Exits 1 when there is any problem.
            """)

    @Argument(help: ArgumentHelp("The folder of YAML files to check.", valueName: "dir"))
    var directory: String?

    @Option(name: .long, help: "Output format: text or json.")
    var format: PageFormat = .text

    @OptionGroup var catalogueOptions: CatalogueOptions
    @OptionGroup var sourcesOptions: SourcesOptions

    func run() throws {
        let folder = directory.map { URL(fileURLWithPath: $0) } ?? catalogueOptions.dataDirectory
        let name = folder?.path ?? "built-in catalogue"
        let documents = try sourcesOptions.loadDocuments()
        let result = folder.map { CatalogueLoader.load(directory: $0, documents: documents) }
            ?? BuiltInCatalogue.load().flatMap { catalogue in
                // The compiled catalogue no longer knows the lines of its files: errors name the record.
                let problems = documents.map { LocatorCheck.check(catalogue, documents: $0) } ?? []
                return problems.isEmpty ? .success(catalogue) : .failure(CatalogueErrors(problems))
            }
        switch (result, format) {
        case (.success(let catalogue), .json):
            Console.printRaw(JSONOutput.encode(ValidationJSON(ok: true, catalogue: name, counts: counts(catalogue), errors: [])))
        case (.success(let catalogue), _):
            let summary = counts(catalogue).sorted { $0.key < $1.key }.map { "\($0.value) \($0.key)" }.joined(separator: ", ")
            Console.print("ok: \(Console.safe(name)): \(catalogue.recordCount) records (\(summary))"
                + (documents.map { "; \(catalogue.locatorCount) locators checked against \(Console.safe($0.folder))" } ?? ""))
        case (.failure(let errors), .json):
            Console.printRaw(JSONOutput.encode(ValidationJSON(ok: false, catalogue: name, counts: [:], errors: errors.diagnostics.map {
                ValidationJSON.ErrorJSON(file: $0.location.file, line: $0.location.line, column: $0.location.column,
                                         message: $0.message, hint: $0.hint)
            })))
            throw ExitCode(1)
        case (.failure(let errors), _):
            Console.error(errors.description)
            throw ExitCode(1)
        }
    }

    private func counts(_ catalogue: Catalogue) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: RecordType.allCases.map { ($0.collectionKey, catalogue.records(of: $0).count) })
    }
}

/// `ess validate --format json`.
struct ValidationJSON: Encodable {
    struct ErrorJSON: Encodable {
        var file: String
        var line: Int
        var column: Int
        var message: String
        var hint: String?
    }

    var ok: Bool
    var catalogue: String
    var counts: [String: Int]
    var errors: [ErrorJSON]
}
