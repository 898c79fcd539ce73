import GRDB
import GRDBSQLite

/// Binds an actor to the prepared upsert with SQLite's C API directly: a million rows go through
/// here, and building GRDB `StatementArguments` for each costs more than the insertion itself.
struct BulkInsert {
    private let statement: OpaquePointer
    private let db: OpaquePointer?
    private static let transient = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

    init(_ statement: OpaquePointer, db: OpaquePointer?) {
        self.statement = statement
        self.db = db
    }

    func run(_ prepared: PreparedActor, source: String) throws {
        let actor = prepared.row
        sqlite3_reset(statement)
        bind(1, actor.key)
        bind(2, actor.siren)
        bind(3, actor.name)
        bind(4, prepared.sortName)
        bind(5, actor.acronym)
        bind(6, actor.legalFamily)
        bind(7, actor.legalCategory)
        bind(8, actor.naf)
        bind(9, prepared.nafSection)
        bind(10, actor.headcount)
        bind(11, actor.created)
        if let active = actor.active { sqlite3_bind_int(statement, 12, active ? 1 : 0) } else { sqlite3_bind_null(statement, 12) }
        bind(13, actor.postcode)
        bind(14, actor.commune)
        bind(15, actor.place?.departementCode)
        bind(16, actor.place?.regionCode)
        bind(17, actor.place?.formerRegionCode)
        bind(18, source)
        let code = sqlite3_step(statement)
        guard code == SQLITE_DONE else {
            throw DatabaseError(resultCode: ResultCode(rawValue: code), message: String(cString: sqlite3_errmsg(db)))
        }
    }

    private func bind(_ index: Int32, _ text: String?) {
        guard var text else { sqlite3_bind_null(statement, index); return }
        text.withUTF8 { bytes in
            guard bytes.count > 0 else { sqlite3_bind_text(statement, index, "", 0, Self.transient); return }
            _ = sqlite3_bind_text(statement, index, UnsafeRawPointer(bytes.baseAddress!).assumingMemoryBound(to: CChar.self),
                                  Int32(bytes.count), Self.transient)
        }
    }
}
