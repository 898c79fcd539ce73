import ESSModel

/// The `p` overlay: a target chosen as the user types, then the chain of links from the current
/// record to it, each step followable.
///
/// The chain is the model's ``Catalogue/shortestPath(from:to:)``, the one `ess path` prints.
public struct PathOverlay: Hashable, Sendable {
    /// What the overlay shows after the query.
    public enum Phase: Hashable, Sendable {
        /// Results of the query, to choose the target from.
        case choosing
        /// The chain to `target`: one step per link.
        case found(target: RecordID, steps: [PathStep])
        /// No chain reaches `target`; `imported` when one end is an imported actor, which has
        /// no written link at all.
        case none(target: RecordID, imported: Bool)
    }

    /// Where the chain starts: the record shown when `p` was pressed.
    public let start: RecordID
    var field = TextField()
    public internal(set) var phase: Phase = .choosing
    /// Type headings and hits of the query (derived from it), the imported matches last.
    public internal(set) var rows: [ListRow] = []
    /// Rows from the catalogue, before the imported ones.
    var catalogueRows = 0
    /// The query the imported actors' matches were added for; they are asked again when it differs.
    public internal(set) var importedQuery: String?
    /// The selected result, or the selected step once a chain is shown.
    var cursor = ListCursor()

    public var query: String { field.text }
    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }
    var hasQuery: Bool { !query.allSatisfy(\.isWhitespace) }

    /// The chain's steps; empty unless one is shown.
    public var steps: [PathStep] {
        if case .found(_, let steps) = phase { return steps }
        return []
    }

    init(start: RecordID) {
        self.start = start
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        switch phase {
        case .choosing:
            if command == .openResult {
                guard rows.indices.contains(cursor.selection), let id = rows[cursor.selection].id else { return .stay }
                return .choosePathTarget(id)
            }
            if let target = ListCursor.target(of: command, from: cursor.selection, in: rows, page: page) {
                cursor.selection = target
            }
        case .found(_, let steps):
            if command == .openResult {
                guard steps.indices.contains(cursor.selection) else { return .stay }
                return .followPathStep(self)
            }
            cursor.move(command, count: steps.count, page: page)
        case .none:
            break
        }
        return .stay
    }

    /// A click on row `row` of the list area: the result or step there, as Enter would take it.
    mutating func click(row: Int) -> OverlayOutcome {
        switch phase {
        case .choosing:
            let index = cursor.scroll + row
            guard rows.indices.contains(index), !rows[index].isHeading else { return .stay }
            cursor.selection = index
        case .found(_, let steps):
            // The start stands on the first row, above the steps.
            guard cursor.select(shownRow: row - 1, count: steps.count) else { return .stay }
        case .none:
            return .stay
        }
        return perform(.openResult, page: 1)
    }

    /// Shows the chain to `target` (nil steps: there is none).
    mutating func show(_ steps: [PathStep]?, to target: RecordID, imported: Bool) {
        phase = steps.map { .found(target: target, steps: $0) } ?? .none(target: target, imported: imported)
        cursor = ListCursor()
    }

    /// A new query's catalogue results: back to choosing.
    mutating func setResults(_ rows: [ListRow], selecting best: RecordID?) {
        self.rows = rows
        catalogueRows = rows.count
        importedQuery = nil
        phase = .choosing
        cursor = ListCursor(selection: best.flatMap { id in rows.firstIndex { $0.id == id } } ?? 0)
    }

    /// The imported actors matching `query`, added after the catalogue's results.
    mutating func addImported(_ found: [ListRow], heading: String, for query: String) {
        guard self.query == query, importedQuery != query else { return }
        importedQuery = query
        guard !found.isEmpty else { return }
        rows.removeLast(rows.count - catalogueRows)
        rows.append(.heading(heading))
        rows += found
    }

    /// Keeps the selection on a result or a step, scrolled into `height` rows.
    mutating func settle(height: Int) {
        switch phase {
        case .choosing: cursor.settle(rows: rows, height: height)
        case .found(_, let steps): cursor.settle(count: steps.count, height: max(1, height - 1))
        case .none: cursor = ListCursor()
        }
    }
}
