import ESSModel

/// The `t` overlay: the headings of the page shown; Enter scrolls the page to the chosen one.
public struct TableOfContents: Hashable, Sendable {
    /// The page's title, for the overlay's title.
    public let title: String
    public let headings: [DetailDocument.Heading]
    var cursor = ListCursor()

    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    /// The contents of `document`, the heading at or above `topLine` (where the page is
    /// scrolled) selected, so Enter alone leaves the page where it is.
    init(_ document: DetailDocument, topLine: Int) {
        title = document.title
        headings = document.headings
        cursor.selection = headings.lastIndex { $0.line <= topLine } ?? 0
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        guard command == .jumpToHeading else {
            cursor.move(command, count: headings.count, page: page)
            return .stay
        }
        guard headings.indices.contains(cursor.selection) else { return .stay }
        return .jumpToLine(headings[cursor.selection].line)
    }
}
