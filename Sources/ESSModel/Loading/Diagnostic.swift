/// A place in a catalogue file, 1-based, as editors count.
public struct SourceLocation: Hashable, Sendable, Comparable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    public var description: String { "\(file):\(line):\(column)" }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}

/// One problem found in a catalogue, with where it is and how to fix it.
public struct Diagnostic: Error, Hashable, Sendable, CustomStringConvertible {
    public var location: SourceLocation
    public var message: String
    public var hint: String?

    public init(_ location: SourceLocation, _ message: String, hint: String? = nil) {
        self.location = location
        self.message = message
        self.hint = hint
    }

    /// `file:line:column: error: message`, then the hint on its own indented line.
    public var description: String {
        var text = "\(location): error: \(message)"
        if let hint { text += "\n    hint: \(hint)" }
        return text
    }
}

/// Every problem a catalogue has. Loading stops with all of them; nothing is half-loaded.
public struct CatalogueErrors: Error, Sendable, CustomStringConvertible {
    public var diagnostics: [Diagnostic]

    /// Sorted by place; a diagnostic repeated word for word (a YAML alias used many times
    /// repeats its node's problems) is kept once.
    public init(_ diagnostics: [Diagnostic]) {
        var seen = Set<Diagnostic>()
        self.diagnostics = diagnostics.filter { seen.insert($0).inserted }.sorted { $0.location < $1.location }
    }

    public var description: String {
        let count = diagnostics.count
        return diagnostics.map(\.description).joined(separator: "\n")
            + "\n\(count) error\(count == 1 ? "" : "s") in the catalogue; nothing was loaded."
    }
}
