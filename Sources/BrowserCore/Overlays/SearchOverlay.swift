import ESSModel

/// The `s` overlay: a query over every record, results grouped by type, then the imported actors
/// the directory matched.
public struct SearchOverlay: Hashable, Sendable {
    var field = TextField()
    /// Type headings and hits (derived from the query).
    public internal(set) var rows: [ListRow] = []
    public internal(set) var hitCount = 0
    /// Every match found, of which the first `hitCount` are listed; more when the search was cut.
    public internal(set) var matchCount = 0
    /// True when the directory's matches stopped at its limit: there may be more of them.
    public internal(set) var importedCapped = false
    var cursor = ListCursor()
    /// The query the imported actors' matches were added for; they are asked again when it differs.
    public internal(set) var importedQuery: String?
    /// Rows and hits from the catalogue, before the imported ones.
    var catalogueRows = 0
    var catalogueHits = 0
    var catalogueMatches = 0

    public var query: String { field.text }
    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    /// Whether the query holds something to search for.
    var hasQuery: Bool { !query.allSatisfy(\.isWhitespace) }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        if command == .openResult {
            guard rows.indices.contains(cursor.selection), let id = rows[cursor.selection].id else { return .stay }
            return .open(id)
        }
        if let target = ListCursor.target(of: command, from: cursor.selection, in: rows, page: page) {
            cursor.selection = target
        }
        return .stay
    }

    /// Selects row `row` of those shown, if it is a result.
    mutating func select(shownRow row: Int) -> Bool {
        let index = cursor.scroll + row
        guard rows.indices.contains(index), !rows[index].isHeading else { return false }
        cursor.selection = index
        return true
    }

    /// Back to the catalogue's hits, the imported ones to be read again.
    mutating func dropImported() {
        rows.removeLast(rows.count - catalogueRows)
        hitCount = catalogueHits
        matchCount = catalogueMatches
        importedCapped = false
        importedQuery = nil
    }
}
