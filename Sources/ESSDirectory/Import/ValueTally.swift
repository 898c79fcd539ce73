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

/// The column notes of one import, in the order they first occurred; kept by each mapping thread (see ``inFileOrder(_:)``).
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

    /// The tallies of parts of one file mapped on several threads, as the tally of the whole file
    /// read in order: each note's count is the sum, its example the first in the file, and notes
    /// come in the order of their examples' lines. Each part's tally is in line order, and a line
    /// belongs to one part, so notes of the same line keep their part's order.
    static func inFileOrder(_ tallies: [ValueTally]) -> ValueTally {
        var result = ValueTally()
        var firsts: [(note: ColumnNote, part: Int, position: Int)] = []
        for (part, tally) in tallies.enumerated() {
            result.communesFound += tally.communesFound
            result.placesGuessed += tally.placesGuessed
            for (position, note) in tally.notes.enumerated() {
                guard let index = firsts.firstIndex(where: { $0.note.field == note.field && $0.note.kind == note.kind }) else {
                    firsts.append((note, part, position))
                    continue
                }
                let count = firsts[index].note.count + note.count
                if note.line < firsts[index].note.line { firsts[index] = (note, part, position) }
                firsts[index].note.count = count
            }
        }
        result.notes = firsts.sorted { ($0.note.line, $0.part, $0.position) < ($1.note.line, $1.part, $1.position) }.map(\.note)
        return result
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
