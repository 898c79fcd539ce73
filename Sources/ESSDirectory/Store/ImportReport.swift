/// What an import did.
public struct ImportReport: Equatable, Sendable {
    /// Records read (header excluded), good or bad.
    public var records = 0
    /// Actors written (new or replacing one with the same key).
    public var imported = 0
    /// New keys.
    public var added = 0
    /// Keys that were already in the directory (from an earlier import or earlier in the file).
    public var replaced = 0
    /// SIRENE units skipped because they are not flagged ESS.
    public var skipped = 0
    /// Actors with no place (no département, commune or postcode).
    public var unplaced = 0
    public var badRecords = 0
    /// The first bad records, line and message.
    public var problems: [(line: Int, message: String)] = []
    /// Per column, values rewritten into the code they meant, left empty, or not found; and how
    /// many actors were placed at a commune, by a guess or not.
    public var values = ValueTally()
    /// The file's columns read, and how many it has.
    public var columnsRead: [ColumnUse] = []
    public var columnCount = 0
    /// How many columns `--preset generic` would read, when another preset was used.
    public var columnsReadByGeneric: Int?
    /// Head offices read from an establishment file and matched to an imported unit.
    public var headOffices = 0
    /// Actors in the whole directory after the import.
    public var total = 0
    public var seconds: Double = 0
    /// Seconds per phase: reading, head offices, search index, list indexes, counts.
    public var phases: [(name: String, seconds: Double)] = []

    public static let problemsKept = 20

    public init() {}

    public static func == (lhs: ImportReport, rhs: ImportReport) -> Bool {
        lhs.records == rhs.records && lhs.imported == rhs.imported && lhs.added == rhs.added
            && lhs.replaced == rhs.replaced && lhs.skipped == rhs.skipped && lhs.badRecords == rhs.badRecords
            && lhs.problems.map(\.line) == rhs.problems.map(\.line) && lhs.total == rhs.total
    }
}

/// Progress of an import, reported every few thousand records.
public struct ImportProgress: Sendable {
    public var bytesRead: Int
    public var totalBytes: Int
    public var records: Int
    /// "reading", "indexing" …
    public var phase: String
}
