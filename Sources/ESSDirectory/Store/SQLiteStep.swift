import Foundation
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

/// A statement run row after row with values bound through SQLite's C API (copied, as
/// `SQLITE_TRANSIENT`): the order tables and the counts of a first import are some hundred
/// thousand rows, and GRDB's arguments for each were most of their writing, after the reading
/// where nothing else is left to run (docs/performance.md).
struct BulkInsert {
    enum Value {
        case integer(Int64)
        case text(String?)
        case blob(Data)
    }

    /// Kept so that its SQLite statement lives as long as this.
    private let statement: Statement
    private let connection: OpaquePointer?

    init(_ db: Database, sql: String) throws {
        statement = try db.makeStatement(sql: sql)
        connection = db.sqliteConnection
    }

    func run(_ values: Value...) throws {
        let handle = statement.sqliteStatement
        sqlite3_reset(handle)
        for (index, value) in values.enumerated() {
            let parameter = Int32(index + 1)
            switch value {
            case .integer(let number):
                sqlite3_bind_int64(handle, parameter, number)
            case .text(nil):
                sqlite3_bind_null(handle, parameter)
            case .text(let text?):
                sqlite3_bind_text(handle, parameter, text, -1, SQLiteStep.transient)
            case .blob(let data):
                data.withUnsafeBytes { bytes in
                    // An empty blob still needs a pointer, or SQLite binds NULL.
                    if let base = bytes.baseAddress, !bytes.isEmpty {
                        sqlite3_bind_blob(handle, parameter, base, Int32(bytes.count), SQLiteStep.transient)
                    } else {
                        sqlite3_bind_zeroblob(handle, parameter, 0)
                    }
                }
            }
        }
        try SQLiteStep.run(handle, connection)
    }
}
