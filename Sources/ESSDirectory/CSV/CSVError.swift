/// A problem in a CSV file, at the line where the record starts.
public struct CSVError: Error, Equatable, Sendable, CustomStringConvertible {
    public let line: Int
    public let message: String
    /// Whether reading can go on with the next record (an invalid record) or must stop (the file
    /// structure is broken, e.g. a quoted field never closed).
    public let isFatal: Bool

    public init(line: Int, message: String, isFatal: Bool) {
        self.line = line
        self.message = message
        self.isFatal = isFatal
    }

    public var description: String { "line \(line): \(message)" }
}

/// One record of a CSV file: its fields and the line it starts on (1 is the first line).
public struct CSVRow: Equatable, Sendable {
    public var line: Int
    public var fields: [String]

    public init(line: Int, fields: [String]) {
        self.line = line
        self.fields = fields
    }
}
