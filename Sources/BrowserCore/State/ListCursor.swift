import ESSModel

/// The selection and scroll of a list whose headings are never selected: a section's list, the
/// search results, the region and facet pickers (which have no headings). Moves, clamping and
/// keeping the selection in view are written here once.
public struct ListCursor: Hashable, Sendable {
    public internal(set) var selection = 0
    public internal(set) var scroll = 0

    public init(selection: Int = 0, scroll: Int = 0) {
        self.selection = selection
        self.scroll = scroll
    }

    /// Where `command` takes the selection among `rows` with pages of `page` rows; nil when it
    /// is no move or there is nowhere to go.
    static func target<Rows: RandomAccessCollection<ListRow>>(of command: Command, from selection: Int, in rows: Rows,
                                                              page: Int) -> Int? where Rows.Index == Int {
        guard !rows.isEmpty else { return nil }
        let selection = min(max(0, selection), rows.count - 1)
        switch command {
        case .moveDown: return rows[(selection + 1)...].firstIndex { !$0.isHeading }
        case .moveUp: return rows[..<selection].lastIndex { !$0.isHeading }
        case .pageDown: return recordRow(near: min(rows.count - 1, selection + max(1, page)), in: rows)
        case .pageUp: return recordRow(near: max(0, selection - max(1, page)), in: rows)
        case .moveFirst: return rows.firstIndex { !$0.isHeading }
        case .moveLast: return rows.lastIndex { !$0.isHeading }
        default: return nil
        }
    }

    /// Moves among `count` rows without headings (a picker's choices).
    mutating func move(_ command: Command, count: Int, page: Int) {
        let last = max(0, count - 1)
        switch command {
        case .moveDown: selection = min(last, selection + 1)
        case .moveUp: selection = max(0, selection - 1)
        case .pageDown: selection = min(last, selection + max(1, page))
        case .pageUp: selection = max(0, selection - max(1, page))
        case .moveFirst: selection = 0
        case .moveLast: selection = last
        default: break
        }
    }

    /// Keeps the selection on a record row inside `rows` and scrolled into a pane of `height`.
    mutating func settle<Rows: RandomAccessCollection<ListRow>>(rows: Rows, height: Int) where Rows.Index == Int {
        guard !rows.isEmpty else {
            (selection, scroll) = (0, 0)
            return
        }
        selection = min(max(0, selection), rows.count - 1)
        if rows[selection].isHeading { selection = Self.recordRow(near: selection, in: rows) ?? selection }
        scroll = Self.scroll(showing: selection, from: scroll, height: height, rows: rows)
    }

    /// Keeps the selection inside `count` rows without headings, scrolled into view.
    mutating func settle(count: Int, height: Int) {
        selection = min(max(0, selection), max(0, count - 1))
        scroll = Self.scroll(showing: selection, from: scroll, height: height, count: count)
    }

    // MARK: - Scrolling

    /// The scroll offset closest to `scroll` that shows row `selection`, and the heading just
    /// above it when there is room, so a year or a type never scrolls away from its first row.
    static func scroll<Rows: RandomAccessCollection<ListRow>>(showing selection: Int, from scroll: Int, height: Int,
                                                              rows: Rows) -> Int where Rows.Index == Int {
        var top = Self.scroll(showing: selection, from: scroll, height: height, count: rows.count)
        if top == selection, selection > 0, rows[selection - 1].isHeading, height > 1 { top = selection - 1 }
        return top
    }

    static func scroll(showing selection: Int, from scroll: Int, height: Int, count: Int) -> Int {
        var top = scroll
        if selection < top { top = selection }
        if selection >= top + height { top = selection - height + 1 }
        return min(max(0, top), max(0, count - height))
    }

    /// The record row nearest to `index`, looking down first: headings are never selected.
    static func recordRow<Rows: RandomAccessCollection<ListRow>>(near index: Int, in rows: Rows) -> Int? where Rows.Index == Int {
        rows[index...].firstIndex { !$0.isHeading } ?? rows[..<index].lastIndex { !$0.isHeading }
    }
}

extension ListCursor {
    /// Selects row `row` of those shown (counted from the scroll) among `count` rows without
    /// headings; false when there is none there.
    mutating func select(shownRow row: Int, count: Int) -> Bool {
        let index = scroll + row
        guard (0..<count).contains(index) else { return false }
        selection = index
        return true
    }
}
