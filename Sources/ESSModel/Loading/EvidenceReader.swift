import Yams

/// A locator as written in a file, kept with the place of its opening words so that
/// `ess validate --sources` can say where a locator that finds no sentence is.
public struct WrittenLocator: Hashable, Sendable {
    public var evidence: Evidence
    public var location: SourceLocation
}

extension FieldReader {
    static let evidenceFields = ["evidence", "basis"]

    /// The `evidence:` and `basis:` fields of a link, figure, event, period or governance entry.
    /// `sources` are the ones the record cites: the locator's source must be one of them, and may be
    /// left out only when there is exactly one.
    func attestation(citing sources: [RecordID]) -> (evidence: Evidence?, basis: Basis) {
        let basis = enumeration("basis", Basis.self, what: "basis", required: false) ?? .stated
        guard let node = node("evidence") else { return (nil, basis) }
        guard let mapping = node.mapping else {
            context.error("'evidence' must be a mapping", at: node.mark,
                          hint: "write `evidence: {paragraph: 4, opening: \"Les premiers mots de la phrase\"}`")
            return (nil, basis)
        }
        let reader = FieldReader(mapping, what: "evidence", allowed: ["paragraph", "opening", "source"], context: context)
        let paragraph = reader.paragraph()
        let opening = reader.opening()
        let source = reader.locatorSource(citing: sources)
        guard let paragraph, let opening, let source else { return (nil, basis) }
        let evidence = Evidence(source: source, paragraph: paragraph, opening: opening)
        context.locators.append(WrittenLocator(evidence: evidence, location: context.location(reader.node("opening")?.mark)))
        return (evidence, basis)
    }

    private func paragraph() -> Int? {
        guard let text = string("paragraph", required: "4") else { return nil }
        guard let value = Int(text), value >= 1 else {
            context.error("'paragraph' must be a whole number from 1, not '\(text)'", at: node("paragraph")?.mark,
                          hint: "paragraphs are the non-blank lines of the document, counted from 1")
            return nil
        }
        return value
    }

    private func opening() -> String? {
        guard let text = string("opening", required: "\"Les premiers mots de la phrase\"") else { return nil }
        let words = LocatorText.words(text)
        guard words.count <= Evidence.maximumWords else {
            context.error("the locator has \(words.count) words; at most \(Evidence.maximumWords) are kept",
                          at: node("opening")?.mark,
                          hint: "keep the first words: \"\(words.prefix(Evidence.maximumWords).joined(separator: " "))\"")
            return nil
        }
        return text
    }

    private func locatorSource(citing sources: [RecordID]) -> RecordID? {
        let cited = sources.map(\.rawValue).joined(separator: ", ")
        guard let text = string("source") else {
            if sources.count > 1 {
                context.error("the evidence must name its source: this record cites \(sources.count) (\(cited))", at: mark,
                              hint: "add `source: \(sources[0])` (or another of them)")
                return nil
            }
            return sources.first
        }
        guard let id = checkedID(text, at: node("source")?.mark) else { return nil }
        guard sources.contains(id) else {
            let suggestion = Suggestions.closest(to: text, among: sources.map(\.rawValue), limit: 1).first
            context.error("the evidence's source '\(text)' is not one the record cites", at: node("source")?.mark,
                          hint: suggestion.map { "did you mean '\($0)'?" }
                              ?? (sources.isEmpty ? "add the source to the record's `sources`" : "the record cites: \(cited)"))
            return nil
        }
        return id
    }
}
