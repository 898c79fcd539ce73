import GRDB
import GRDBSQLite

/// Stepping a statement bound with SQLite's C API directly, for the bulk writes of an import: a
/// million rows go through it, and GRDB's `StatementArguments` for each cost more than the insertion.
enum SQLiteStep {
    /// Makes SQLite copy a bound text (`SQLITE_TRANSIENT`).
    static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func run(_ statement: OpaquePointer, _ db: OpaquePointer?) throws {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db)))
        }
    }
}
