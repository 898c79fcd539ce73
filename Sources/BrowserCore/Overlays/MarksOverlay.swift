import ESSModel

/// The `'` overlay: the marked records, newest last; Enter opens one, `d` removes its mark.
public struct MarksOverlay: Hashable, Sendable {
    /// The marks listed, as they were when the list was opened or last changed.
    public internal(set) var entries: [Mark]
    var cursor = ListCursor()

    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    init(_ marks: [Mark]) {
        entries = marks
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        switch command {
        case .openResult:
            guard entries.indices.contains(cursor.selection) else { return .stay }
            return .open(RecordID(entries[cursor.selection].id))
        case .deleteMark:
            guard entries.indices.contains(cursor.selection) else { return .stay }
            return .removeMark(entries.remove(at: cursor.selection))
        default:
            cursor.move(command, count: entries.count, page: page)
            return .stay
        }
    }
}
