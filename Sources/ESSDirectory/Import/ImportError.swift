/// Why an import stopped; the directory is left as it was.
public enum ImportError: Error, Equatable, Sendable, CustomStringConvertible {
    case emptyFile(String)
    case unknownColumn(String, header: [String])
    case missingColumns([ActorField], preset: ImportPreset, header: [String])
    /// A structural error of the CSV (the record's line and what is wrong).
    case unreadable(file: String, line: Int, message: String)
    /// `--strict` and a bad record.
    case badRow(file: String, line: Int, message: String)
    case interrupted
    /// The directory's file failed (read-only, full disk …), told in plain words.
    case database(String)

    public var description: String {
        switch self {
        case .emptyFile(let file):
            return "\(file): the file is empty (a header line is expected)"
        case .unknownColumn(let column, let header):
            return "--map: no column '\(column)' in the header; its columns are: \(header.joined(separator: ", "))"
        case .missingColumns(let fields, let preset, let header):
            let names = fields.map(\.rawValue).joined(separator: ", ")
            return "no column for \(names) in the header (preset \(preset.rawValue)); its columns are: "
                + header.joined(separator: ", ") + "\nhint: choose another --preset, or name columns with --map COLUMN=FIELD"
        case .unreadable(let file, let line, let message):
            return "\(file):\(line): error: \(message)"
        case .badRow(let file, let line, let message):
            return "\(file):\(line): error: \(message)\nhint: --strict stops at the first bad record; without it, bad records are skipped and counted"
        case .interrupted:
            return "import interrupted; the directory is unchanged"
        case .database(let message):
            return message
        }
    }
}
