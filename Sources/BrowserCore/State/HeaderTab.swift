import ESSModel
import TerminalGrid

/// A section tab of the header and the columns it covers: laid out with the rest of the screen,
/// so a click hits the tab where it was drawn.
public struct HeaderTab: Hashable, Sendable {
    public var section: Section
    public var text: String
    public var columns: Range<Int>

    /// The tabs, from column 1, and the text beside them: every name when they fit beside the
    /// count and filters; else every name beside the filters the list pane does not already
    /// show (its title gives the count, its filter line the text filter), so that names are not
    /// given up for a repeat; else digits for the sections not shown, beside everything.
    static func layout(_ state: BrowserState, width: Int) -> (tabs: [HeaderTab], spans: [Span]) {
        let language = state.language
        func tabs(names: Bool) -> [HeaderTab] {
            var x = 1
            // The map's tab shows while it is open: the five record sections keep the room
            // they had (the help and `6` lead to the map).
            return Section.allCases.filter { $0 != .map || state.section == .map }.map { section in
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
                return HeaderTab(section: section, text: text, columns: x..<(x + text.displayWidth))
            }
        }
        func fits(_ tabs: [HeaderTab], _ spans: [Span]) -> Bool {
            (tabs.last?.columns.upperBound ?? 0) + spans.reduce(0) { $0 + TerminalText.sanitize($1.text).displayWidth } <= width
        }
        let named = tabs(names: true)
        let spans = HeaderContent.filterSpans(state)
        if fits(named, spans) { return (named, spans) }
        let withoutEcho = HeaderContent.filterSpans(state, listEcho: false)
        if state.section != .map && fits(named, withoutEcho) { return (named, withoutEcho) }
        return (tabs(names: false), spans)
    }
}
