import Foundation
import Yams

/// Loads a catalogue from YAML files: all or nothing. Every problem of every file is reported at
/// once; a catalogue with any problem is not built.
public enum CatalogueLoader {
    /// Loads the `*.yaml` files of a folder; with `documents`, also checks every evidence locator
    /// against the source documents.
    public static func load(directory: URL, documents: SourceDocuments? = nil) -> Result<Catalogue, CatalogueErrors> {
        CatalogueFolder.read(directory).flatMap { load(files: $0, documents: documents) }
    }

    /// Loads files already in memory (the built-in catalogue, tests).
    public static func load(files: [CatalogueFile], documents: SourceDocuments? = nil) -> Result<Catalogue, CatalogueErrors> {
        var diagnostics: [Diagnostic] = []
        var decoded: [DecodedRecord] = []
        var locators: [WrittenLocator] = []
        for file in files {
            let (records, problems, written) = decode(file)
            decoded += records
            diagnostics += problems
            locators += written
        }
        diagnostics += CatalogueValidator.validate(decoded)
        let records = decoded.compactMap(\.record)
        if let documents, diagnostics.isEmpty {
            let sources = Dictionary(records.compactMap { $0 as? Source }.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
            diagnostics += LocatorCheck.check(locators, sources: sources, documents: documents)
        }
        guard diagnostics.isEmpty else { return .failure(CatalogueErrors(diagnostics)) }
        return .success(build(records))
    }

    /// The records of one file, the problems found while reading it and its evidence locators.
    static func decode(_ file: CatalogueFile) -> ([DecodedRecord], [Diagnostic], [WrittenLocator]) {
        let text: String
        switch file.text() {
        case .success(let value): text = value
        case .failure(let diagnostic): return ([], [diagnostic], [])
        }
        let context = DecodeContext(file: file.path)
        let root: Node?
        do {
            // Every field is read as text and checked by FieldReader, so YAML's implicit typing
            // (bool, int, float, timestamp: one regular expression per scalar, and again for each
            // key hashed by the duplicate-key check) would only cost time: half the load.
            root = try Yams.compose(yaml: text, .basic)
        } catch {
            return ([], [YAMLErrorReport.diagnostic(for: error, file: file.path)], [])
        }
        // An empty file, or one with only an empty document (`---`), holds no records.
        guard let root, !isNull(root) else { return ([], [], []) }
        guard let top = root.mapping else {
            context.error("a catalogue file must be a mapping of lists, not \(withArticle(shapeName(root)))", at: root.mark,
                          hint: "start with a key such as `programmes:` or `actors:`")
            return ([], context.diagnostics, [])
        }
        var records: [DecodedRecord] = []
        let decoder = RecordDecoder(context: context)
        for (keyNode, value) in top {
            let key = keyNode.scalar?.string ?? ""
            guard let type = RecordType(collectionKey: key) else {
                let keys = RecordType.allCases.map(\.collectionKey)
                context.error("unknown section '\(key)'", at: keyNode.mark,
                              hint: Suggestions.closest(to: key, among: keys, limit: 1).first.map { "did you mean '\($0)'?" }
                                  ?? "sections are: \(keys.joined(separator: ", "))")
                continue
            }
            if isNull(value) { continue }
            guard let items = value.sequence else {
                context.error("'\(key)' must be a list of records", at: value.mark, hint: "write one `- id: …` item per record")
                continue
            }
            for item in items {
                guard let mapping = item.mapping else {
                    context.error("each item of '\(key)' must be a mapping of fields, not \(withArticle(shapeName(item)))", at: item.mark)
                    continue
                }
                if let record = decoder.decode(mapping, as: type) { records.append(record) }
            }
        }
        return (records, context.diagnostics, context.locators)
    }

    static func build(_ records: [any CatalogueRecord]) -> Catalogue {
        Catalogue(programmes: records.compactMap { $0 as? Programme },
                  actors: records.compactMap { $0 as? Actor },
                  people: records.compactMap { $0 as? Person },
                  events: records.compactMap { $0 as? Event },
                  territories: records.compactMap { $0 as? Territory },
                  sources: records.compactMap { $0 as? Source })
    }
}

/// Turns the YAML parser's errors into diagnostics with a place and a hint.
enum YAMLErrorReport {
    /// libyaml's default limit, which stops runaway nesting before it exhausts the stack.
    static let maximumNesting = 1000
    static let nestingProblem = "Maximum nesting level reached"

    static func diagnostic(for error: Error, file: String) -> Diagnostic {
        guard let yamlError = error as? YamlError else {
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "cannot read YAML: \(error)")
        }
        let hint = "check the indentation and quoting around this place; quote text that contains ': ' or starts with '*', '&', '!' or '['"
        switch yamlError {
        case let .scanner(_, problem, mark, _) where problem.hasPrefix(nestingProblem),
             let .parser(_, problem, mark, _) where problem.hasPrefix(nestingProblem):
            return Diagnostic(SourceLocation(file: file, line: mark.line, column: mark.column),
                              "YAML nested more than \(maximumNesting) levels deep",
                              hint: "a catalogue needs a handful of levels; look for runaway '[', '{' or '- ' here")
        case let .scanner(context, problem, mark, _), let .parser(context, problem, mark, _),
             let .composer(context, problem, mark, _):
            let detail = context.map { "\(problem) (\($0.text))" } ?? problem
            return Diagnostic(SourceLocation(file: file, line: mark.line, column: mark.column), "YAML syntax error: \(detail)", hint: hint)
        case let .duplicatedKeysInMapping(duplicates, context):
            return Diagnostic(SourceLocation(file: file, line: context.mark.line, column: context.mark.column),
                              "duplicate key '\(duplicates.first ?? "")' in the same mapping",
                              hint: "keep one of them; a later key would silently win")
        case let .reader(problem, offset, _, _):
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1),
                              "cannot read text: \(problem)" + (offset.map { " at byte offset \($0)" } ?? ""),
                              hint: "save the file as UTF-8 text")
        default:
            return Diagnostic(SourceLocation(file: file, line: 1, column: 1), "YAML error: \(yamlError)", hint: hint)
        }
    }
}
