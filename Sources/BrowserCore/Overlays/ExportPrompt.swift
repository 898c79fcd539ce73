import ESSModel

/// The `E` overlay: the path to write the current list to, as CSV, prefilled with a default
/// in the current folder.
public struct ExportPrompt: Hashable, Sendable {
    var field: TextField
    /// The records that will be written.
    public let rowCount: Int
    /// True when the list also holds imported actors, which are not written.
    public let leavesImportedOut: Bool

    public var path: String { field.text }

    init(path: String, rowCount: Int, leavesImportedOut: Bool) {
        field = TextField(path)
        self.rowCount = rowCount
        self.leavesImportedOut = leavesImportedOut
    }
}
