/// What an import did to the values of one column: how many it rewrote, left empty or could not
/// place, with the first one as an example.
public struct ColumnNote: Equatable, Sendable {
    public var field: ActorField
    /// The column's name in the file's header.
    public var column: String
    public var kind: ValueNote.Kind
    public var count: Int
    /// The first such value: its line, as written, what it became (nil: left empty), and why.
    public var line: Int
    public var original: String
    public var result: String?
    public var reason: String?
}

/// The column notes of one import, in the order they first occurred; kept by the reading thread.
public struct ValueTally: Sendable {
    public private(set) var notes: [ColumnNote] = []
    /// Actors placed at a commune, and those whose commune is a best guess.
    public internal(set) var communesFound = 0
    public internal(set) var placesGuessed = 0

    public init() {}

    mutating func add(_ field: ActorField, column: String, _ kind: ValueNote.Kind, line: Int, original: String,
                      result: String? = nil, reason: String? = nil) {
        if let index = notes.firstIndex(where: { $0.field == field && $0.kind == kind }) {
            notes[index].count += 1
        } else {
            notes.append(ColumnNote(field: field, column: column, kind: kind, count: 1, line: line, original: original,
                                    result: result, reason: reason))
        }
    }

    /// Adds another tally's notes (the establishment file's, after the unit file's).
    mutating func merge(_ other: ValueTally) {
        for note in other.notes {
            if let index = notes.firstIndex(where: { $0.field == note.field && $0.kind == note.kind }) {
                notes[index].count += note.count
            } else {
                notes.append(note)
            }
        }
        communesFound += other.communesFound
        placesGuessed += other.placesGuessed
    }
}
