import ESSModel

/// A section's list: the catalogue's rows, then — in the Actors section with a directory — a
/// heading and the imported actors, of which only a window is held.
///
/// A collection like the array it replaces, so moving, scrolling and hit-testing read it the
/// same way. An imported row outside the window reads as ``ListRow/unfetched``: a record row
/// (never a heading, so moves stop on it) drawn as a placeholder until the window around the
/// scroll and the selection, asked by `update` as an effect, arrives. While the count is not
/// known yet the heading stands over a single placeholder.
public struct ListRows: RandomAccessCollection, Hashable, Sendable {
    /// The catalogue's rows, with their headings.
    public internal(set) var curated: [ListRow]
    /// The imported actors listed after them; nil without a directory or outside Actors.
    public internal(set) var imported: ImportedRows?

    public init(_ curated: [ListRow] = [], imported: ImportedRows? = nil) {
        self.curated = curated
        self.imported = imported
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { curated.count + importedSpan }

    public subscript(position: Int) -> ListRow {
        if position < curated.count { return curated[position] }
        guard let imported else { preconditionFailure("row \(position) of \(curated.count)") }
        return position == curated.count ? .heading(imported.heading) : imported.row(position - curated.count - 1)
    }

    /// The heading and the imported rows (one placeholder while they are counted), or nothing
    /// when there are none.
    private var importedSpan: Int {
        guard let imported else { return 0 }
        guard let count = imported.count else { return 2 }
        return count > 0 ? 1 + count : 0
    }

    /// Index of the first imported actor, if any are listed.
    public var firstImportedIndex: Int? { importedSpan > 0 ? curated.count + 1 : nil }

    /// Records listed (headings not counted), without going through a million rows.
    public var recordCount: Int {
        curated.count(where: { !$0.isHeading }) + Swift.max(0, importedSpan - 1)
    }

    /// Records listed because they pass the filters (not pinned ones).
    public var matchingCount: Int {
        curated.count(where: { !$0.isHeading && !$0.outsideFilter }) + Swift.max(0, importedSpan - 1)
    }

    /// 1-based position of row `index` among the records.
    public func recordPosition(of index: Int) -> Int {
        if index < curated.count { return curated[...index].count(where: { !$0.isHeading }) }
        return curated.count(where: { !$0.isHeading }) + Swift.max(0, index - curated.count)
    }

    /// The index of record `id` among the curated rows and the fetched imported ones.
    public func index(of id: RecordID) -> Int? {
        if let index = curated.firstIndex(where: { $0.id == id }) { return index }
        guard let imported, imported.count ?? 0 > 0, let offset = imported.window.firstIndex(where: { $0.id == id }) else { return nil }
        return curated.count + 1 + imported.windowStart + offset
    }

    /// The rows a pane of `height` rows shows from `scroll`, fetched or not.
    public func visible(from scroll: Int, height: Int) -> [ListRow] {
        let end = Swift.min(endIndex, scroll + height)
        return scroll < end ? (scroll..<end).map { self[$0] } : []
    }
}

/// The imported actors of a list: which ones, how many, and the window of them held.
public struct ImportedRows: Hashable, Sendable {
    /// The territory, facets and list filter they answer.
    public internal(set) var key: ImportedListKey
    /// Nil until the directory answered.
    public internal(set) var count: Int?
    /// With a list filter whose first matches fill the list: how many match in all, nil while
    /// counted.
    public internal(set) var matchCount: ImportedMatchCount?
    /// "Acteurs importés (1 000 000)".
    public internal(set) var heading: String
    /// Position of `window`'s first row among the imported actors.
    public internal(set) var windowStart = 0
    public internal(set) var window: [ImportedActorRow] = []
    /// The second column's first word, "importé": what tells them from curated actors.
    public internal(set) var mark = ""

    /// The imported actor at `offset`, or ``ListRow/unfetched`` outside the window.
    func row(_ offset: Int) -> ListRow {
        let index = offset - windowStart
        guard window.indices.contains(index) else { return .unfetched }
        return ListRow(imported: window[index], mark: mark)
    }

    /// Whether the window holds every imported row of `range`.
    func holds(_ range: Range<Int>) -> Bool {
        range.isEmpty || (range.lowerBound >= windowStart && range.upperBound <= windowStart + window.count)
    }
}

extension ListRow {
    /// An imported actor's row: its name, then "importé · Lyon (69)".
    init(imported actor: ImportedActorRow, mark: String) {
        self.init(id: actor.id, text: actor.name, detail: [mark, actor.place].compactMap { $0 }.joined(separator: " · "),
                  place: actor.place ?? "")
    }

    /// An imported row not fetched yet (see ``ListRows``).
    public static let unfetched = ListRow(id: RecordID(""), text: "…")
}
