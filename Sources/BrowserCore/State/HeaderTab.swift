import ESSModel
import TerminalGrid

/// A section tab of the header and the columns it covers: laid out with the rest of the screen,
/// so a click hits the tab where it was drawn.
public struct HeaderTab: Hashable, Sendable {
    public var section: Section
    public var text: String
    public var columns: Range<Int>

    /// The tabs, from column 1: every name when they fit beside the count and filters, else
    /// digits for the sections not shown.
    static func tabs(_ state: BrowserState, width: Int) -> [HeaderTab] {
        let language = state.language
        let filters = HeaderContent.filterSpans(state).reduce(0) { $0 + TerminalText.sanitize($1.text).displayWidth }
        func layout(names: Bool) -> [HeaderTab] {
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
        let full = layout(names: true)
        return (full.last?.columns.upperBound ?? 0) + filters <= width ? full : layout(names: false)
    }
}
