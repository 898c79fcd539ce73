/// Records' fields as bytes, end to end in one buffer, as the reader scanned them (quotes taken
/// off, `""` made one quote): the import maps records from these bytes and makes a string only
/// of what it stores, where an array of strings per record was most of the scanning's cost
/// (docs/performance.md).
struct CSVFields: Sendable {
    /// A scanned record: its line and its fields' positions in ``ends``.
    struct Record: Sendable {
        var line: Int
        var fields: Range<Int>
    }

    /// Where a record began, to take it back (a record that is not valid UTF-8, or cut by the
    /// end of the buffer and scanned again).
    struct Mark {
        var bytes: Int
        var fields: Int
    }

    var bytes: [UInt8] = []
    /// Each field's end in `bytes`; a field starts where the previous one ends.
    private(set) var ends: [Int] = []
    private(set) var records: [Record] = []

    init() {}

    init(capacity records: Int, bytes: Int) {
        self.bytes.reserveCapacity(bytes)
        ends.reserveCapacity(records * 8)
        self.records.reserveCapacity(records)
    }

    /// One record of these fields (the mapper's entry from strings: tests, the fuzz harness).
    init(_ fields: [String]) {
        for field in fields {
            bytes.appendUTF8(field)
            endField()
        }
        records.append(Record(line: 0, fields: 0..<ends.count))
    }

    var mark: Mark { Mark(bytes: bytes.count, fields: ends.count) }

    mutating func endField() { ends.append(bytes.count) }

    mutating func endRecord(line: Int, from mark: Mark) { records.append(Record(line: line, fields: mark.fields..<ends.count)) }

    mutating func rollBack(to mark: Mark) {
        bytes.removeSubrange(mark.bytes...)
        ends.removeSubrange(mark.fields...)
    }

    mutating func removeAll() {
        bytes.removeAll(keepingCapacity: true)
        ends.removeAll(keepingCapacity: true)
        records.removeAll(keepingCapacity: true)
    }

    /// Record `index`, read through `body` (its fields as byte buffers, valid during the call).
    func withRecord<Result>(_ index: Int, _ body: (CSVRecordView) -> Result) -> Result {
        withRecords { body($0(index)) }
    }

    /// Calls `body` with a function from record number to its view, valid during the call.
    func withRecords<Result>(_ body: ((Int) -> CSVRecordView) -> Result) -> Result {
        bytes.withUnsafeBufferPointer { bytes in
            ends.withUnsafeBufferPointer { ends in
                body { CSVRecordView(bytes: bytes, ends: ends, fields: records[$0].fields) }
            }
        }
    }

    /// Record `index`'s fields as strings.
    func record(_ index: Int) -> (line: Int, strings: [String]) {
        (records[index].line, withRecord(index) { record in (0..<record.count).map { String(decoding: record[$0], as: UTF8.self) } })
    }
}

/// One record's fields, over the buffers of ``CSVFields`` (valid while they are).
struct CSVRecordView {
    let bytes: UnsafeBufferPointer<UInt8>
    let ends: UnsafeBufferPointer<Int>
    let fields: Range<Int>

    var count: Int { fields.count }

    /// The bytes of field `column`, as written (spaces kept).
    subscript(column: Int) -> UnsafeBufferPointer<UInt8> {
        let field = fields.lowerBound + column
        let start = field == 0 ? 0 : ends[field - 1]
        return UnsafeBufferPointer(rebasing: bytes[start..<ends[field]])
    }
}

/// UTF-8 validity of bytes, as Swift's decoding judges it (no overlong forms, surrogates or
/// code points past U+10FFFF), without making a string.
enum UTF8Check {
    static func isValid(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        let count = bytes.count
        while index < count {
            // Eight ASCII bytes at a time, most of a French record.
            if index + 8 <= count, let base = bytes.baseAddress,
               UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                index += 8
                continue
            }
            let byte = bytes[index]
            if byte < 0x80 { index += 1; continue }
            let length: Int
            var low: UInt8 = 0x80, high: UInt8 = 0xBF
            switch byte {
            case 0xC2...0xDF: length = 2
            case 0xE0: length = 3; low = 0xA0
            case 0xE1...0xEC, 0xEE...0xEF: length = 3
            case 0xED: length = 3; high = 0x9F
            case 0xF0: length = 4; low = 0x90
            case 0xF1...0xF3: length = 4
            case 0xF4: length = 4; high = 0x8F
            default: return false
            }
            guard index + length <= count else { return false }
            let second = bytes[index + 1]
            guard second >= low && second <= high else { return false }
            for next in (index + 2)..<(index + length) where bytes[next] & 0xC0 != 0x80 { return false }
            index += length
        }
        return true
    }
}
