import ESSModel
import TerminalGrid

/// The header's text beside the tabs: what the filters leave shown, the filters, the import
/// running. Computed by the layout (the tabs shrink to make room for it) and drawn by the header.
enum HeaderContent {
    /// What the filters leave shown, the region and the text filter, each after a bar. Without
    /// `listEcho`, what the list pane already says is left out: the count (in its title) and the
    /// text filter (on its filter line).
    static func filterSpans(_ state: BrowserState, listEcho: Bool = true) -> [Span] {
        let language = state.language
        let bar = state.unicode ? " │ " : " | "
        var spans: [Span] = []
        let count = count(state)
        // Only a filter hides rows, and it is named right after: "3/11 │ Région : Pays de la Loire".
        if listEcho && count.contains("/") && state.section != .map { spans.append(Span(bar + count, .header)) }
        if let region = state.region {
            spans.append(Span(bar + UIStrings.region(language) + UIStrings.separator(language), .header))
            spans.append(Span(state.catalogue.describe(region), .headerAccent))
        }
        // The map counts the Actors list's imported actors: it names their filters too.
        if state.section == .actors || state.section == .map, let actors = state.sections[.actors], !actors.importFilter.isEmpty {
            spans.append(Span(bar + UIStrings.importedFilters(language) + UIStrings.separator(language), .header))
            spans.append(Span(actors.importFilter.labels.joined(separator: " · "), .headerAccent))
        }
        let filter = state.current.filter
        if listEcho && !filter.isEmpty {
            let quoted = language == .fr && state.unicode ? "« \(filter) »" : "\"\(filter)\""
            spans.append(Span(bar + UIStrings.labelled(UIStrings.filter(language), quoted, language), .header))
        }
        switch state.directory.activity {
        case .running: spans.append(Span(bar + UIStrings.importRunning(language), .headerAccent))
        case .finished: spans.append(Span(bar + UIStrings.importDone(language), .headerAccent))
        case .idle: break
        }
        return spans
    }

    /// "11" when nothing is filtered out, "3/11" otherwise.
    static func count(_ state: BrowserState) -> String {
        let shown = state.current.rows.matchingCount
        // Until the directory is counted, what is listed stands for the whole.
        let imported = state.directory.total ?? max(0, shown - state.current.rows.curated.count(where: { !$0.isHeading }))
        let total = state.catalogue.records(of: state.section.recordType).count + (state.section == .actors ? imported : 0)
        return shown == total ? "\(total)" : "\(shown)/\(total)"
    }
}
