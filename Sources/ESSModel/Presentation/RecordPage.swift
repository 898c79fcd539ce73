/// What a record's detail shows, as structured blocks, so the browser's detail pane and the CLI's
/// `ess show` format the same content (each wraps and styles it its own way).
public struct RecordPage: Hashable, Sendable {
    public var id: RecordID
    public var type: RecordType
    public var title: String
    /// Kind and place in a line: "Programme territorial · Arrondissement de Roanne".
    public var subtitle: String
    public var blocks: [PageBlock]

    public init(id: RecordID, type: RecordType, title: String, subtitle: String, blocks: [PageBlock]) {
        self.id = id
        self.type = type
        self.title = title
        self.subtitle = subtitle
        self.blocks = blocks
    }
}

/// One block of a record page.
public enum PageBlock: Hashable, Sendable {
    /// A section title: "Axes et objectifs", "Liens".
    case heading(String)
    /// A labelled value on one line: "Période : 2017 – 2021".
    case field(label: String, value: String)
    /// Running text, wrapped by the renderer.
    case paragraph(String)
    /// An axis of a programme with its objectives: a tree the browser folds.
    case axis(id: RecordID, number: Int, title: String, objectives: [String])
    /// A plain bullet line, with an optional muted detail after it.
    case item(text: String, detail: String?)
    /// A group label inside the links section: "Porteur", "Membres de".
    case group(String)
    /// A line that leads to another record: following it opens that record.
    case link(target: RecordID, text: String, detail: String?)
}

extension RecordPage {
    /// The targets of the page's links, in order: what the browser moves through with ↑/↓.
    public var linkTargets: [RecordID] {
        blocks.compactMap { if case .link(let target, _, _) = $0 { target } else { nil } }
    }
}
