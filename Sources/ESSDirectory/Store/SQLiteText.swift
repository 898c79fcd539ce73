import GRDB
import GRDBSQLite

/// Binding and stepping with SQLite's C API directly, for the bulk writes of an import: a million
/// rows go through here, and building GRDB `StatementArguments` for each costs more than the
/// insertion itself.
enum SQLiteText {
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    static func bind(_ text: String?, to statement: OpaquePointer, at index: Int32) {
        guard var text else { sqlite3_bind_null(statement, index); return }
        text.withUTF8 { bytes in
            guard bytes.count > 0 else { sqlite3_bind_text(statement, index, "", 0, transient); return }
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                  Int32(bytes.count), transient)
        }
    }

    static func step(_ statement: OpaquePointer, _ db: OpaquePointer?) throws {
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db)))
        }
    }
}
