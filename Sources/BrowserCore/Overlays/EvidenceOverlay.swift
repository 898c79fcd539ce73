import ESSModel

/// The `e` overlay: the facts of a page (or of the link under the cursor) with where each one's
/// passage is, its basis, and the source's reference; with the documents, the sentence itself.
public struct EvidenceOverlay: Hashable, Sendable {
    /// The record whose facts are shown.
    public internal(set) var title: String
    public internal(set) var entries: [Entry]
    public internal(set) var scroll = 0

    /// One fact and its evidence, as lines of text the panel wraps.
    public struct Entry: Hashable, Sendable {
        /// The fact, with its basis mark: "Porteur : Grand Roanne Agglomération [interprété]".
        public var fact: String
        /// "Document : PROGRESS, un programme… (000_….txt), § 4", or that the passage is not located.
        public var locator: String
        /// The opening words: « Grâce à une convention… ».
        public var opening: String?
        /// The source's reference: publisher, date, address.
        public var reference: String?
        /// The sentence the locator finds, when the documents are loaded.
        public var sentence: String?
    }

    init(title: String, facts: [Fact], catalogue: Catalogue, documents: SourceDocuments?, language: Language) {
        self.title = title
        entries = facts.map { fact in
            let text = [fact.text, Formatting.basisMark(fact.basis, language)].compactMap { $0 }.joined(separator: " ")
            guard let evidence = fact.evidence else {
                return Entry(fact: text, locator: UIStrings.passageNotLocated(language))
            }
            let source = catalogue.source(evidence.source)
            let document = source.map { "\($0.title) (\($0.file))" } ?? evidence.source.rawValue
            let reference = source.map { source in
                [source.publisher.map { catalogue.name(of: $0) }, source.date.map { Formatting.date($0, language) }, source.url]
                    .compactMap { $0 }.joined(separator: " · ")
            }
            return Entry(fact: text,
                         locator: UIStrings.documentLabel(language) + document + ", § \(evidence.paragraph)",
                         opening: "« " + evidence.opening + "… »",
                         reference: reference?.isEmpty == false ? reference : nil,
                         sentence: documents.flatMap { catalogue.sentence(for: evidence, in: $0) })
        }
    }

    /// Scrolls; settling clamps it to the text.
    mutating func perform(_ command: Command, page: Int) {
        scroll = overlayScroll(scroll, after: command, page: page)
    }
}
