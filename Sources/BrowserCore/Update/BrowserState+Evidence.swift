import ESSModel

/// `e`: the evidence of the fact under the cursor, or of every fact of the page.
///
/// With the documents loaded, `e` on a link opens the source's page at the passage (a step of
/// the trail like following a link); otherwise, or for a whole page, it opens the evidence
/// overlay with each fact's locator and the source's reference.
extension BrowserState {
    mutating func showEvidence() {
        guard let record = current.displayedID, catalogue.contains(record) else {
            setStatus(UIStrings.noFacts)
            return
        }
        var facts = catalogue.facts(of: record, language: language)
        var onLink = false
        if focus == .detail, let cursor = visibleCursor, case .link(let target) = detail.targets[cursor] {
            let linked = facts.filter { $0.target == target }
            if !linked.isEmpty {
                facts = linked
                onLink = true
            }
        }
        guard !facts.isEmpty else {
            setStatus(UIStrings.noFacts)
            return
        }
        let located = facts.compactMap(\.evidence)
        if onLink, located.count == 1, data.documents != nil, openPassage(located[0], on: record) { return }
        overlay = .evidence(EvidenceOverlay(title: catalogue.name(of: record), facts: facts, catalogue: catalogue,
                                            documents: data.documents, language: language))
    }

    /// Opens the source's page at the passage, the cursor on its link; false when the folder
    /// lacks the document.
    mutating func openPassage(_ evidence: Evidence, on record: RecordID) -> Bool {
        guard let documents = data.documents, let source = catalogue.source(evidence.source),
              documents.paragraphs(of: source.file) != nil else { return false }
        let passages = catalogue.documentPassages(in: evidence.source, language: language, documents: documents)
        guard let number = passages.firstIndex(where: { $0.evidence == evidence }).map({ $0 + 1 }) else { return false }
        open(evidence.source)
        settle()
        let marker = "[\(number)] "
        if let paragraph = detail.lines.firstIndex(where: { $0.text.hasPrefix("§ \(evidence.paragraph) ") }) {
            current.detailScroll = paragraph
        }
        if let target = detail.targetLines.indices.first(where: { index in
            detail.targetLines[index].contains { detail.lines[$0].text.contains(marker) }
        }) {
            current.detailCursor = target
            let lines = detail.targetLines[target]
            current.detailScroll = Self.scroll(revealing: lines, from: current.detailScroll, height: detailHeight)
        }
        return true
    }
}
