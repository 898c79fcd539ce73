import BrowserCore
import ESSDirectory
import Foundation

/// Tells the browser whether an import is writing its directory (its ``ImportMarker`` names a
/// live process), or has written it since the browser loaded it (SQLite's data version moved).
public final class ImportWatch: @unchecked Sendable {
    private let database: DirectoryDatabase
    /// The data version the browser's lists were read at: guarded by `lock`.
    private var baseline: Int?
    private let lock = NSLock()

    public init(database: DirectoryDatabase) {
        self.database = database
        baseline = try? database.dataVersion()
    }

    /// Reads the marker and the data version: a few microseconds, on the worker.
    public func activity() -> ImportActivity {
        if ImportMarker.isImportRunning(database.path) { return .running }
        guard let version = try? database.dataVersion() else { return .idle }
        return lock.withLock {
            if baseline == nil { baseline = version }
            return version == baseline ? .idle : .finished
        }
    }

    /// The directory as it is now is what the browser shows: after a reload.
    public func takeCurrentVersion() {
        let version = try? database.dataVersion()
        lock.withLock { baseline = version }
    }
}
