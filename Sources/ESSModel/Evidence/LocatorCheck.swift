/// Checks that every locator finds, in its paragraph of its document, a sentence starting with its
/// opening words; each one that does not is an error at the locator, with the closest sentence.
public enum LocatorCheck {
    /// The longest quotation of a document a hint shows.
    static let hintLength = 120

    public static func check(_ locators: [WrittenLocator], sources: [RecordID: Source],
                             documents: SourceDocuments) -> [Diagnostic] {
        var missingFiles: Set<String> = []
        var diagnostics: [Diagnostic] = []
        for locator in locators {
            guard let source = sources[locator.evidence.source] else { continue }
            guard let paragraphs = documents.paragraphs(of: source.file) else {
                if missingFiles.insert(source.file).inserted {
                    diagnostics.append(Diagnostic(locator.location,
                        "the document '\(source.file)' of source '\(source.id)' is not in \(documents.folder)",
                        hint: "give the folder holding the source documents (--sources DIR or ESS_SOURCES)"))
                }
                continue
            }
            if let problem = problem(with: locator.evidence, file: source.file, paragraphs: paragraphs) {
                diagnostics.append(Diagnostic(locator.location, problem.message, hint: problem.hint))
            }
        }
        return diagnostics
    }

    /// Checks the locators of a catalogue already built (the compiled built-in one), whose files'
    /// lines are no longer known: each error names the record holding the locator instead.
    public static func check(_ catalogue: Catalogue, documents: SourceDocuments) -> [Diagnostic] {
        let locators = catalogue.writtenEvidence.map { record, evidence in
            WrittenLocator(evidence: evidence, location: SourceLocation(file: "built-in catalogue: \(record)", line: 1, column: 1))
        }
        let sources = Dictionary(catalogue.sources.map { ($0.id, $0) }, uniquingKeysWith: { a, _ in a })
        return check(locators, sources: sources, documents: documents).map { diagnostic in
            var located = diagnostic
            located.hint = (diagnostic.hint ?? "") + " (ess validate seeds --sources DIR gives the file, line and column)"
            return located
        }
    }

    /// What is wrong with one locator, or nil when its sentence is found.
    static func problem(with evidence: Evidence, file: String, paragraphs: [String]) -> (message: String, hint: String)? {
        let number = evidence.paragraph
        if paragraphs.indices.contains(number - 1),
           LocatorText.paragraph(paragraphs[number - 1], hasSentenceStartingWith: evidence.opening) {
            return nil
        }
        let elsewhere = paragraphs.indices.first { LocatorText.paragraph(paragraphs[$0], hasSentenceStartingWith: evidence.opening) }
        let hint: String
        if let elsewhere {
            hint = "this sentence is in paragraph \(elsewhere + 1): write `paragraph: \(elsewhere + 1)`"
        } else {
            let pool = paragraphs.indices.contains(number - 1) ? LocatorText.sentences(paragraphs[number - 1])
                                                              : paragraphs.flatMap(LocatorText.sentences)
            let closest = LocatorText.closestSentence(to: evidence.opening, among: pool).map(quoted) ?? "none"
            hint = "the closest sentence " + (paragraphs.indices.contains(number - 1) ? "of the paragraph" : "of the document")
                + " starts: \(closest)"
        }
        guard paragraphs.indices.contains(number - 1) else {
            return ("paragraph \(number) does not exist: \(file) has \(paragraphs.count) paragraphs", hint)
        }
        return ("no sentence of paragraph \(number) of \(file) starts with \"\(evidence.opening)\"", hint)
    }

    private static func quoted(_ sentence: String) -> String {
        let words = sentence.split(separator: " ", omittingEmptySubsequences: true)
        let opening = words.prefix(Evidence.maximumWords + 4).joined(separator: " ")
        let shown = opening.count > hintLength ? String(opening.prefix(hintLength)) : opening
        return "\"\(shown)\(words.count > Evidence.maximumWords + 4 || shown.count < opening.count ? "…" : "")\""
    }
}
