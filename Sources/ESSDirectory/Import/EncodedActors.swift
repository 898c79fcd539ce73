import GRDB
import GRDBSQLite

/// A batch of actors laid out for the insert: the bytes of every text column end to end in one
/// buffer, bound in place (`SQLITE_STATIC`). A mapping thread builds it; the writing thread
/// binds pointers into it, with no string to copy, retain or release: those took two thirds of
/// the writer's time in a million-row import, the insertion itself one third.
struct EncodedActors: Sendable {
    /// The text columns of ``DirectorySchema/insert``: parameters 1…17, then 20 and 21.
    static let textColumns = 19

    private var bytes: [UInt8] = []
    /// Per actor and text column: start in `bytes` and length, -1 for NULL.
    private var slots: [Int32] = []
    /// Per actor: 1 active, 0 ceased, -1 unknown.
    private var active: [Int8] = []
    private var guessed: [Bool] = []
    private var ordinals: [Int64] = []

    var count: Int { ordinals.count }

    init(capacity: Int) {
        bytes.reserveCapacity(capacity * 160)
        slots.reserveCapacity(capacity * Self.textColumns * 2)
        active.reserveCapacity(capacity)
        guessed.reserveCapacity(capacity)
        ordinals.reserveCapacity(capacity)
    }

    /// The text columns of ``DirectorySchema/insert`` in order (parameters 1…17, 20, 21), as
    /// ``RowMapper`` writes an actor: straight from the record's bytes, or from a value the
    /// mapping made. Column 11, `active`, is an integer (``endActor(guessed:active:)``).
    enum Column: Int {
        case key, siren, name, sortName, acronym, legalFamily, legalCategory, naf, nafSection, headcount, created
        case active, postcode, commune, departement, region, formerRegion, communeCode, arrondissement
    }

    /// The next text column of the actor being written, from bytes; nil for NULL.
    mutating func add(_ text: UnsafeBufferPointer<UInt8>?) {
        guard let text else { slots.append(-1); slots.append(-1); return }
        slots.append(Int32(bytes.count))
        bytes.append(contentsOf: text)
        slots.append(Int32(text.count))
    }

    /// The next text column, from a string; nil for NULL.
    mutating func add(_ text: String?) {
        guard let text else { slots.append(-1); slots.append(-1); return }
        let start = bytes.count
        slots.append(Int32(start))
        bytes.appendUTF8(text)
        slots.append(Int32(bytes.count - start))
    }

    /// `sort_name`: the name folded straight into the buffer.
    mutating func addSortName(of name: UnsafeBufferPointer<UInt8>) {
        let start = bytes.count
        slots.append(Int32(start))
        NameFolding.fold(name, into: &bytes)
        slots.append(Int32(bytes.count - start))
    }

    /// Ends the actor whose text columns were all added.
    mutating func endActor(guessed: Bool, active: Bool?) {
        assert(slots.count == (count + 1) * Self.textColumns * 2)
        self.guessed.append(guessed)
        self.active.append(active.map { $0 ? 1 : 0 } ?? -1)
        ordinals.append(0)
    }

    /// Text column `column` of actor `index`, nil for NULL.
    func text(_ index: Int, _ column: Column) -> String? {
        let slot = (index * Self.textColumns + column.rawValue) * 2
        let start = Int(slots[slot]), length = Int(slots[slot + 1])
        return start < 0 ? nil : String(decoding: bytes[start..<(start + length)], as: UTF8.self)
    }

    /// Actor `index` as a row (a record mapped alone, for tests and the fuzz harness).
    func row(_ index: Int, places: PlaceIndex) -> ActorRow {
        ActorRow(key: text(index, .key)!, siren: text(index, .siren), name: text(index, .name)!, acronym: text(index, .acronym),
                 legalFamily: text(index, .legalFamily), legalCategory: text(index, .legalCategory), naf: text(index, .naf),
                 headcount: text(index, .headcount), created: text(index, .created),
                 active: active[index] < 0 ? nil : active[index] == 1, postcode: text(index, .postcode),
                 commune: text(index, .commune), communeCode: text(index, .communeCode), arrondissement: text(index, .arrondissement),
                 placeGuessed: guessed[index], place: text(index, .departement).flatMap { places.place(departementCode: $0) })
    }

    /// The last actor's folded name, as the batch holds it.
    var lastSortName: ArraySlice<UInt8> {
        let slot = ((count - 1) * Self.textColumns + Column.sortName.rawValue) * 2
        let start = Int(slots[slot]), length = Int(slots[slot + 1])
        return start < 0 ? [] : bytes[start..<(start + length)]
    }

    /// The last actor's key, as the batch holds it.
    var lastKey: ArraySlice<UInt8> {
        let slot = (count - 1) * Self.textColumns * 2
        let start = Int(slots[slot]), length = Int(slots[slot + 1])
        return bytes[start..<(start + length)]
    }

    /// Numbers the actors from `previous + 1` on, in order: their row ids in a fresh import.
    mutating func number(from previous: Int64) {
        for index in ordinals.indices { ordinals[index] = previous + Int64(index) + 1 }
    }

    /// Adds actor `index` (numbered) to the search index: rowid, name and acronym.
    func index(_ index: Int, into statement: OpaquePointer, connection: OpaquePointer?) throws {
        sqlite3_reset(statement)
        try bytes.withUnsafeBufferPointer { bytes in
            sqlite3_bind_int64(statement, 1, ordinals[index])
            bindText(index, column: 2, bytes, to: statement, at: 2)
            bindText(index, column: 4, bytes, to: statement, at: 3)
            try SQLiteStep.run(statement, connection)
        }
    }

    /// Binds actors `indexes` to one statement of ``DirectorySchema/insert(rows:)`` (or the upsert,
    /// one actor) and runs it: actor number `row` of the range to parameters `row * 22 +` 1…17, 19
    /// (`id` when `numbered`), 20…22. The source, parameter 18 of each row, is bound once for the statement.
    func insert(_ indexes: Range<Int>, into statement: OpaquePointer, numbered: Bool, connection: OpaquePointer?) throws {
        sqlite3_reset(statement)
        try bytes.withUnsafeBufferPointer { bytes in
            for (row, index) in indexes.enumerated() {
                let base = Int32(row * DirectorySchema.insertParameters)
                for column in 0..<Self.textColumns where column != Column.active.rawValue {
                    bindText(index, column: column, bytes, to: statement, at: base + Int32(column < 17 ? column + 1 : column + 3))
                }
                sqlite3_bind_int(statement, base + 22, guessed[index] ? 1 : 0)
                if active[index] < 0 { sqlite3_bind_null(statement, base + 12) } else { sqlite3_bind_int(statement, base + 12, Int32(active[index])) }
                if numbered { sqlite3_bind_int64(statement, base + 19, ordinals[index]) } else { sqlite3_bind_null(statement, base + 19) }
            }
            try SQLiteStep.run(statement, connection)
        }
    }

    /// Binds text column `column` of actor `index`, in place (the buffer outlives the statement's step).
    private func bindText(_ index: Int, column: Int, _ bytes: UnsafeBufferPointer<UInt8>, to statement: OpaquePointer, at parameter: Int32) {
        let slot = (index * Self.textColumns + column) * 2
        let start = slots[slot], length = slots[slot + 1]
        guard start >= 0 else { sqlite3_bind_null(statement, parameter); return }
        // A zero-length text still needs a non-null pointer.
        let base = UnsafeRawPointer(bytes.baseAddress ?? UnsafePointer(bitPattern: 1)!)
        sqlite3_bind_text(statement, parameter, (base + Int(start)).assumingMemoryBound(to: CChar.self), length, nil)
    }
}
