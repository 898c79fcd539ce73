import ESSModel
import TerminalGrid

/// A record page laid out for the detail pane: wrapped, styled lines, and the links and axes the
/// cursor moves through.
///
/// Built in `update` whenever the record, the pane's width, the language or the folded axes
/// change, and kept in the state: moving the cursor, following a link by mouse and drawing a
/// frame all read the same lines without wrapping the page again.
public struct DetailDocument: Hashable, Sendable {
    /// What the layout depends on; a document is rebuilt when this changes.
    public struct Inputs: Hashable, Sendable {
        public var record: RecordID?
        public var width: Int
        public var language: Language
        public var folded: Set<RecordID>
        public var unicode: Bool
        /// What the directory told of the record: the page of an imported actor, the counts of
        /// a programme's territories; `isReading` while the page is asked.
        public var importedPage: RecordPage?
        public var importedCounts: [PageBlock] = []
        public var isReading = false
    }

    /// Something the cursor can stop on.
    public enum Target: Hashable, Sendable {
        /// A line leading to another record: Enter follows it.
        case link(RecordID)
        /// An axis with objectives: Enter or Space folds it.
        case axis(RecordID)
        /// A web or e-mail address shown on the page: Enter or `o` opens it.
        case address(String)
    }

    /// One line of the pane, without the cursor mark, which the view adds.
    public struct Line: Hashable, Sendable {
        public var spans: [Span]
        /// Index in ``targets`` of the link or axis this line belongs to.
        public var target: Int?

        public var text: String { spans.map(\.text).joined() }
    }

    public internal(set) var inputs: Inputs
    public internal(set) var title: String
    public internal(set) var lines: [Line]
    public internal(set) var targets: [Target]
    /// The lines each target covers (a long link wraps over several).
    public internal(set) var targetLines: [Range<Int>]
    /// The page's title and section headings, in order: what `[`, `]` and the table of contents
    /// move between.
    public internal(set) var headings: [Heading] = []

    /// A heading of the page and the line it is laid out on.
    public struct Heading: Hashable, Sendable {
        public var title: String
        public var line: Int
    }

    /// The document for no record.
    static func empty(_ inputs: Inputs) -> DetailDocument {
        DetailDocument(inputs: inputs, title: "", lines: [], targets: [], targetLines: [])
    }

    /// An imported actor's page while the directory is read: a placeholder line.
    static func reading(_ inputs: Inputs) -> DetailDocument {
        DetailDocument(inputs: inputs, title: "…", lines: [Line(spans: [Span(UIStrings.reading(inputs.language), .muted)], target: nil)],
                       targets: [], targetLines: [])
    }

    /// The record a link target leads to.
    public func linkTarget(_ index: Int) -> RecordID? {
        guard targets.indices.contains(index), case .link(let id) = targets[index] else { return nil }
        return id
    }
}
