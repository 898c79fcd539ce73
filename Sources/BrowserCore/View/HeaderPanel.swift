import ESSModel
import TerminalGrid

/// The top bar: the section tabs, the count, and the active filters.
///
/// `[1 Programmes] 2 Acteurs  3 Personnes  4 Territoires  5 Chronologie`
/// `[1 Programmes] 2 3 4 5 │ 3/11 │ Région : Pays de la Loire │ Filtre : « loire »`
/// `1 [2 Acteurs] 3 4 5 │ 412/1 073 │ Importés : Rhône (69) · Associations`
/// The list's title already gives its size: the header counts only when a filter hides rows.
/// The other tabs shrink to their digits when the filters need the room; the current section
/// always keeps its name, in brackets, so it shows without colour.
enum HeaderPanel: Panel {
    /// A section tab and the columns it covers, for drawing and for mouse clicks.
    struct Tab: Hashable {
        var section: Section
        var text: String
        var columns: Range<Int>
    }

    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area, role: .header)
        let tabs = tabs(state, width: area.width)
        for tab in tabs {
            let role: StyleRole = tab.section == state.section ? .headerAccent : .header
            grid.put(tab.text, at: Point(x: area.x + tab.columns.lowerBound, y: area.y), role: role,
                     maxWidth: area.maxX - tab.columns.lowerBound)
        }
        var x = area.x + (tabs.last?.columns.upperBound ?? 1)
        for span in filterSpans(state) {
            let room = area.maxX - x
            guard room > 0 else { break }
            let text = TerminalText.sanitize(span.text)
            x += grid.put(text.truncated(toWidth: room), at: Point(x: x, y: area.y), role: span.role, maxWidth: room)
        }
    }

    /// The tabs, from column 1: every name when they fit beside the count and filters, else
    /// digits for the sections not shown.
    static func tabs(_ state: BrowserState, width: Int) -> [Tab] {
        let language = state.language
        let filters = filterSpans(state).reduce(0) { $0 + TerminalText.sanitize($1.text).displayWidth }
        func layout(names: Bool) -> [Tab] {
            var x = 1
            return Section.allCases.map { section in
                let title = "\(section.rawValue) \(section.title(language))"
                let text: String
                if names {
                    text = section == state.section ? "[\(title)]" : " \(title) "
                } else {
                    // Digits only: one space between tabs, none wasted at the ends.
                    let gap = section.rawValue == 1 ? "" : " "
                    text = section == state.section ? gap + "[\(title)]" : gap + "\(section.rawValue)"
                }
                defer { x += text.displayWidth }
                return Tab(section: section, text: text, columns: x..<(x + text.displayWidth))
            }
        }
        let full = layout(names: true)
        return (full.last?.columns.upperBound ?? 0) + filters <= width ? full : layout(names: false)
    }

    /// What the filters leave shown, the region and the text filter, each after a bar.
    static func filterSpans(_ state: BrowserState) -> [Span] {
        let language = state.language
        let bar = state.unicode ? " │ " : " | "
        var spans: [Span] = []
        let count = count(state)
        // Only a filter hides rows, and it is named right after: "3/11 │ Région : Pays de la Loire".
        if count.contains("/") { spans.append(Span(bar + count, .header)) }
        if let region = state.region {
            spans.append(Span(bar + UIStrings.region(language) + separator(language), .header))
            spans.append(Span(state.catalogue.describe(region), .headerAccent))
        }
        if state.section == .actors, let actors = state.sections[.actors], !actors.importFilter.isEmpty {
            spans.append(Span(bar + UIStrings.importedFilters(language) + separator(language), .header))
            spans.append(Span(actors.importFilter.labels.joined(separator: " · "), .headerAccent))
        }
        let filter = state.current.filter
        if !filter.isEmpty {
            let quoted = language == .fr && state.unicode ? "« \(filter) »" : "\"\(filter)\""
            spans.append(Span(bar + UIStrings.filter(language) + separator(language) + quoted, .header))
        }
        return spans
    }

    /// "11" when nothing is filtered out, "3/11" otherwise.
    static func count(_ state: BrowserState) -> String {
        let total = state.catalogue.records(of: state.section.recordType).count
            + (state.section == .actors ? state.data.importedActorTotal : 0)
        let shown = state.current.rows.matchingCount
        return shown == total ? "\(total)" : "\(shown)/\(total)"
    }

    static func separator(_ language: Language) -> String { language == .fr ? " : " : ": " }
}
