import ArgumentParser
import ESSModel
import ESSSeeds
import Foundation
import TerminalGrid

/// `--data DIR`: which catalogue the command reads (the built-in one by default).
struct CatalogueOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "Load the catalogue from this folder of YAML files instead of the built-in one (or set ESS_DATA).",
        valueName: "dir"))
    var data: String?

    var source: CatalogueSource { CatalogueSource(data: data) }

    /// The folder to load, from `--data` or `ESS_DATA`; nil for the built-in catalogue.
    var dataDirectory: URL? { source.dataDirectory }

    /// Loads the catalogue, or prints every problem to standard error and exits 1.
    func loadCatalogue() throws -> Catalogue { try source.load() }
}

/// Which catalogue to read, as a plain value: `ess` alone builds it without the parser.
struct CatalogueSource {
    /// `--data`, as given.
    var data: String?

    /// The folder to load, from `--data` or `ESS_DATA`; nil for the built-in catalogue.
    var dataDirectory: URL? {
        let path = data ?? ProcessEnvironment.nonEmpty("ESS_DATA")
        return path.map { URL(fileURLWithPath: $0) }
    }

    /// Every catalogue loaded, kept until the process ends: freeing each record's strings on the
    /// way out is work nobody waits for (a twentieth of `ess show progress`), and the system takes
    /// the memory back at exit anyway.
    nonisolated(unsafe) private static var kept: [Catalogue] = []

    /// Loads the catalogue, or prints every problem to standard error and exits 1.
    func load() throws -> Catalogue {
        let result = dataDirectory.map { CatalogueLoader.load(directory: $0) } ?? BuiltInCatalogue.load()
        switch result {
        case .success(let catalogue):
            Self.kept.append(catalogue)
            return catalogue
        case .failure(let errors):
            Console.error(errors.description)
            throw ExitCode(1)
        }
    }
}

/// `--format text|json|csv`, for the commands that print lists (list, search, timeline).
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json, csv
}

/// `--format text|json`, for the commands that print pages, a chain or a report (show, path,
/// export, validate): their help lists the two, and `csv` is refused by the parser itself.
enum PageFormat: String, ExpressibleByArgument, CaseIterable {
    case text, json
}

/// `--lang fr|en` for text output (labels of kinds and roles; content stays French).
extension Language: ExpressibleByArgument {}
extension ThemeName: ExpressibleByArgument {}

/// `--format` and `--lang` of the commands that print lists.
struct ListOutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text, json or csv.")
    var format: OutputFormat = .text

    @OptionGroup var labels: LabelLanguageOption

    var language: Language { labels.language }
}

/// `--format` and `--lang` of the commands that print one page or one chain.
struct OutputOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: text or json (CSV is for lists: ess list, ess search, ess timeline).")
    var format: PageFormat = .text

    @OptionGroup var labels: LabelLanguageOption

    var language: Language { labels.language }
}

/// `--lang fr|en`: the language of labels in text output.
struct LabelLanguageOption: ParsableArguments {
    @Option(name: .long, help: "Language of labels in text output: fr or en (default: from LC_ALL, LC_MESSAGES, LANG).")
    var lang: Language?

    var language: Language { lang ?? ProcessEnvironment.language }
}

/// Reports an unknown id, region or kind with the closest known ones, then exits 1.
func fail(_ error: LookupError) -> ExitCode {
    Console.error("ess: \(error)")
    return ExitCode(1)
}

/// `--sources DIR` (or `ESS_SOURCES`): the folder of the source documents, for checking and
/// showing the passages facts rest on.
struct SourcesOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The folder holding the source documents (the .txt files sources.yaml names), or set ESS_SOURCES.",
        valueName: "dir"))
    var sources: String?

    var folder: SourcesFolder { SourcesFolder(sources: sources) }

    /// The documents, nil without a folder, or exit 1 with what is wrong with the folder.
    func loadDocuments(fallback: String? = nil) throws -> SourceDocuments? {
        try folder.loadDocuments(fallback: fallback)
    }
}

/// Where the source documents are, as a plain value: `ess` alone builds it without the parser.
struct SourcesFolder {
    /// `--sources`, as given.
    var sources: String?

    /// The folder from `--sources` or `ESS_SOURCES`; nil when neither is given.
    var folder: URL? {
        let path = sources ?? ProcessEnvironment.nonEmpty("ESS_SOURCES")
        return path.map { URL(fileURLWithPath: $0) }
    }

    /// The documents, nil without a folder, or exit 1 with what is wrong with the folder.
    /// `fallback` (the config file's `set sources`) is used when neither option nor variable is.
    func loadDocuments(fallback: String? = nil) throws -> SourceDocuments? {
        guard let folder = folder ?? fallback.map({ URL(fileURLWithPath: UserConfigFile.expandingHome($0)) }) else { return nil }
        switch SourceDocuments.read(folder: folder) {
        case .success(let documents): return documents
        case .failure(let error):
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }
}
