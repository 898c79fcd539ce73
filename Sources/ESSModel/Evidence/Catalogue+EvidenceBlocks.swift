/// Page blocks that show evidence: the facts of a record with their locators (`ess show --evidence`)
/// and a source document in full with its cited passages marked (the browser's document reader).
extension Catalogue {
    /// "000_….txt § 4 « Grâce à une convention… »": where a fact's passage is.
    public func locatorText(_ evidence: Evidence) -> String {
        let file = source(evidence.source)?.file ?? evidence.source.rawValue
        return "\(file) § \(evidence.paragraph) « \(evidence.opening)… »"
    }

    /// The facts of a record, each with its basis mark and locator; with `documents`, the sentence
    /// each locator finds.
    public func evidenceBlocks(of id: RecordID, language: Language, documents: SourceDocuments? = nil) -> [PageBlock] {
        let facts = facts(of: id, language: language)
        guard !facts.isEmpty else { return [] }
        var blocks: [PageBlock] = [.heading(EvidenceStrings.heading(language))]
        for fact in facts {
            let text = [fact.text, Formatting.basisMark(fact.basis, language)].compactMap { $0 }.joined(separator: " ")
            guard let evidence = fact.evidence else {
                blocks.append(.item(text: text, detail: EvidenceStrings.noLocator(language)))
                continue
            }
            blocks.append(.item(text: text, detail: locatorText(evidence)))
            if let documents, let sentence = sentence(for: evidence, in: documents) {
                blocks.append(.paragraph("    « " + sentence + " »"))
            }
        }
        return blocks
    }

    /// The sentence a locator finds in the documents, if it does.
    public func sentence(for evidence: Evidence, in documents: SourceDocuments) -> String? {
        guard let file = source(evidence.source)?.file, let paragraphs = documents.paragraphs(of: file),
              paragraphs.indices.contains(evidence.paragraph - 1) else { return nil }
        return LocatorText.sentence(in: paragraphs[evidence.paragraph - 1], startingWith: evidence.opening)
    }

    /// A source's document in full, paragraph by paragraph, each cited sentence marked `[n]` and
    /// followed by links to the records that cite it. Nil when the folder lacks the document.
    public func documentBlocks(of sourceID: RecordID, language: Language, documents: SourceDocuments) -> [PageBlock]? {
        guard let source = source(sourceID), let paragraphs = documents.paragraphs(of: source.file) else { return nil }
        let passages = documentPassages(in: sourceID, language: language, documents: documents)
        var blocks: [PageBlock] = [.heading(EvidenceStrings.document(language, cited: passages.count))]
        var number = 0
        for (index, paragraph) in paragraphs.enumerated() {
            let here = passages.filter { $0.evidence.paragraph == index + 1 }
            var text = paragraph
            var links: [PageBlock] = []
            for passage in here {
                number += 1
                if let sentence = LocatorText.sentence(in: paragraph, startingWith: passage.evidence.opening),
                   let range = text.range(of: sentence) {
                    text.insert(contentsOf: "[\(number)] ", at: range.lowerBound)
                }
                let detail = [passage.fact, Formatting.basisMark(passage.basis, language)].compactMap { $0 }.joined(separator: " ")
                links.append(.link(target: passage.record, text: "[\(number)] " + name(of: passage.record), detail: detail))
            }
            blocks.append(.paragraph("§ \(index + 1)  " + text))
            blocks += links
        }
        return blocks
    }
}

extension Catalogue {
    /// The passages of a source in the order its document reader numbers them: by paragraph, then
    /// by where the sentence stands in it (a locator that finds none last).
    public func documentPassages(in sourceID: RecordID, language: Language, documents: SourceDocuments) -> [Passage] {
        let paragraphs = source(sourceID).flatMap { documents.paragraphs(of: $0.file) } ?? []
        func position(_ passage: Passage) -> Int {
            guard paragraphs.indices.contains(passage.evidence.paragraph - 1) else { return .max }
            let paragraph = paragraphs[passage.evidence.paragraph - 1]
            guard let sentence = LocatorText.sentence(in: paragraph, startingWith: passage.evidence.opening),
                  let range = paragraph.range(of: sentence) else { return .max }
            return paragraph.distance(from: paragraph.startIndex, to: range.lowerBound)
        }
        return passages(in: sourceID, language: language).enumerated()
            .map { (key: ($0.element.evidence.paragraph, position($0.element), $0.offset), passage: $0.element) }
            .sorted { $0.key < $1.key }
            .map(\.passage)
    }
}

/// The labels of evidence blocks, in both interface languages.
enum EvidenceStrings {
    static let heading = Localized(fr: "Sources des faits", en: "Evidence")
    static let noLocator = Localized(fr: "passage non localisé", en: "passage not located")

    static func document(_ language: Language, cited: Int) -> String {
        language == .fr ? "Document (\(cited) passage\(cited > 1 ? "s" : "") cité\(cited > 1 ? "s" : ""))"
            : "Document (\(cited) cited passage\(cited == 1 ? "" : "s"))"
    }
}
