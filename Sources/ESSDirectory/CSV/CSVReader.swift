import Foundation

/// A streaming RFC 4180 reader: `,` `;` or tab separators (found on the first line), fields quoted
/// or not with `""` for a quote, LF or CRLF line ends, newlines inside quotes, a UTF-8 byte-order
/// mark skipped. It reads the file in blocks, so a file of any size runs in constant memory.
///
/// Lenient where real exports are sloppy: a quote inside an unquoted field, or text after a closing
/// quote, is kept as text. A record that is not valid UTF-8 is an error for that record only; a
/// quoted field still open at the end of the file is fatal.
public struct CSVReader {
    public private(set) var separator: UInt8
    /// The number of bytes consumed so far (for progress).
    public private(set) var bytesRead: Int = 0

    private let source: ByteSource
    private let blockSize: Int
    private var buffer: [UInt8]
    private var start = 0
    private var end = 0
    private var atEOF = false
    private var line = 1
    /// Columns whose text nobody reads: scanned, counted, but not decoded (left empty).
    public var ignoredColumns: Set<Int> = [] {
        didSet { ignored = (0..<(ignoredColumns.max().map { $0 + 1 } ?? 0)).map(ignoredColumns.contains) }
    }
    private var ignored: [Bool] = []

    public static let blockSize = 1 << 20

    /// Reads a file, `blockSize` bytes at first (smaller blocks let the fuzz harness cross block
    /// boundaries on small inputs).
    public init(url: URL, blockSize: Int = CSVReader.blockSize) throws {
        guard let handle = FileHandle(forReadingAtPath: url.path) else {
            throw CSVError(line: 0, message: "cannot open \(url.path)", isFatal: true)
        }
        try self.init(source: .file(handle), blockSize: max(1, blockSize))
    }

    /// Reads bytes in memory (tests, fuzzing).
    public init(bytes: [UInt8]) {
        // A memory source never throws on reading.
        try! self.init(source: .memory(bytes), blockSize: Self.blockSize)
    }

    private init(source: ByteSource, blockSize: Int) throws {
        self.source = source
        self.blockSize = blockSize
        buffer = []
        separator = UInt8(ascii: ",")
        try fill()
        // The separator is found on the whole first line, however many blocks it spans.
        while true {
            if let found = detectSeparator() { separator = found; break }
            try fill()
        }
        if end - start >= 3 && buffer[start] == 0xEF && buffer[start + 1] == 0xBB && buffer[start + 2] == 0xBF {
            start += 3
            bytesRead = 3
        }
    }

    /// The next record, nil at the end of the file. Throws a ``CSVError`` for a bad record; unless
    /// it is fatal, the next call goes on with the following record.
    public mutating func next() throws(CSVError) -> CSVRow? {
        var fields = CSVFields()
        guard let line = try next(into: &fields) else { return nil }
        return CSVRow(line: line, fields: fields.record(0).strings)
    }

    /// Scans the next record's fields onto the end of `fields` (bytes, not strings: the import
    /// makes a string only of what it stores); returns its line, nil at the end of the file.
    /// Throws a ``CSVError`` for a bad record, which adds nothing to `fields`.
    mutating func next(into fields: inout CSVFields) throws(CSVError) -> Int? {
        while true {
            if let line = try scanRecord(into: &fields) { return line }
            // A scan that ran out of buffer read more (or found the end): scan again until the
            // bytes are all consumed.
            if atEOF && start == end { return nil }
        }
    }

    // MARK: - Scanning

    /// Scans one record from the buffer onto `fields` and returns its line; nil (adding nothing)
    /// when the buffer ends before the record does (and more was read), after a blank line, or
    /// when the file is exhausted.
    private mutating func scanRecord(into fields: inout CSVFields) throws(CSVError) -> Int? {
        if start == end {
            if atEOF { return nil }
            do { try fill() } catch { throw CSVError(line: line, message: "read failed: \(error)", isFatal: true) }
            return nil
        }
        let recordLine = line
        let mark = fields.mark
        var invalidUTF8 = false
        var position = start
        var newlines = 0
        var column = 0
        let separator = self.separator
        let outcome: ScanOutcome = buffer.withUnsafeBufferPointer { bytes in
            while true {
                // One field.
                let keep = !isIgnored(column)
                let fieldStart = fields.bytes.count
                if position < end && bytes[position] == UInt8(ascii: "\"") {
                    var index = position + 1
                    var closed = false
                    while index < end {
                        let byte = bytes[index]
                        if byte == UInt8(ascii: "\"") {
                            if index + 1 < end && bytes[index + 1] == UInt8(ascii: "\"") {
                                if keep { fields.bytes.append(byte) }
                                index += 2
                                continue
                            }
                            if index + 1 == end && !atEOF { return .needMore }
                            closed = true
                            index += 1
                            break
                        }
                        if byte == 0x0A { newlines += 1 }
                        if keep { fields.bytes.append(byte) }
                        index += 1
                    }
                    if !closed { return atEOF ? .unterminated : .needMore }
                    // Text after the closing quote, up to the separator, is kept.
                    while index < end && bytes[index] != separator && bytes[index] != 0x0A && bytes[index] != 0x0D {
                        if keep { fields.bytes.append(bytes[index]) }
                        index += 1
                    }
                    if index == end && !atEOF { return .needMore }
                    position = index
                } else {
                    var index = position
                    while index < end {
                        let byte = bytes[index]
                        if byte == separator || byte == 0x0A || byte == 0x0D { break }
                        index += 1
                    }
                    if index == end && !atEOF { return .needMore }
                    if keep { fields.bytes.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[position..<index])) }
                    position = index
                }
                if keep && !invalidUTF8 {
                    invalidUTF8 = fields.bytes.withUnsafeBufferPointer { !UTF8Check.isValid(UnsafeBufferPointer(rebasing: $0[fieldStart...])) }
                }
                fields.endField()
                column += 1
                // What ends the field.
                if position == end { return .record(position) }
                let byte = bytes[position]
                if byte == separator { position += 1; continue }
                if byte == 0x0D {
                    if position + 1 == end && !atEOF { return .needMore }
                    position += (position + 1 < end && bytes[position + 1] == 0x0A) ? 2 : 1
                } else {
                    position += 1
                }
                newlines += 1
                return .record(position)
            }
        }
        switch outcome {
        case .needMore:
            fields.rollBack(to: mark)
            do { try fill() } catch { throw CSVError(line: line, message: "read failed: \(error)", isFatal: true) }
            return nil
        case .unterminated:
            fields.rollBack(to: mark)
            bytesRead += end - start
            start = end
            throw CSVError(line: recordLine, message: "a quoted field is never closed (a \" is missing)", isFatal: true)
        case .record(let next):
            bytesRead += next - start
            start = next
            line += newlines
            if invalidUTF8 {
                fields.rollBack(to: mark)
                throw CSVError(line: recordLine, message: "this record is not valid UTF-8 (convert the file, e.g. iconv -f latin1 -t utf-8)", isFatal: false)
            }
            // A blank line is no record; `next` scans on (a loop, not a recursion that a million
            // blank lines would run off the end of the stack with).
            if column == 1 && fields.bytes.count == mark.bytes {
                fields.rollBack(to: mark)
                return nil
            }
            fields.endRecord(line: recordLine, from: mark)
            return recordLine
        }
    }

    private func isIgnored(_ column: Int) -> Bool { column < ignored.count && ignored[column] }

    private enum ScanOutcome {
        case needMore, unterminated, record(Int)
    }

    /// Moves the unread bytes to the front and reads the next block (doubling the buffer when one
    /// record is longer than it).
    private mutating func fill() throws {
        guard !atEOF else { return }
        if start > 0 {
            buffer.removeSubrange(0..<start)
            end -= start
            start = 0
        }
        switch source {
        case .memory(let bytes):
            buffer = bytes
            end = bytes.count
            atEOF = true
        case .file(let handle):
            let wanted = max(blockSize, end)
            let data = try handle.read(upToCount: wanted) ?? Data()
            if data.isEmpty { atEOF = true; return }
            buffer.removeSubrange(end...)
            buffer.append(contentsOf: data)
            end = buffer.count
        }
    }

    /// The most frequent of `;`, `,` and tab outside quotes on the first line (or its first
    /// `blockSize` bytes), `,` when none; nil when more of the file is needed to say.
    private func detectSeparator() -> UInt8? {
        var counts: [UInt8: Int] = [UInt8(ascii: ","): 0, UInt8(ascii: ";"): 0, 0x09: 0]
        var quoted = false
        var index = start
        while index < end {
            let byte = buffer[index]
            if byte == UInt8(ascii: "\"") { quoted.toggle() }
            else if !quoted && (byte == 0x0A || byte == 0x0D) { break }
            else if !quoted, counts[byte] != nil { counts[byte]! += 1 }
            index += 1
        }
        // A first line past a default block (a stray quote, say) is not read to its end: a whole
        // file would be.
        if index == end && !atEOF && end - start < Self.blockSize { return nil }
        let best = counts.max { $0.value < $1.value || ($0.value == $1.value && $0.key > $1.key) }!
        return best.value == 0 ? UInt8(ascii: ",") : best.key
    }
}

private enum ByteSource {
    case memory([UInt8])
    case file(FileHandle)
}

extension CSVReader {
    /// Every record of `bytes`, or the first error: the entry point of the fuzz harness.
    public static func rows(_ bytes: [UInt8]) throws(CSVError) -> [CSVRow] {
        var reader = CSVReader(bytes: bytes)
        var rows: [CSVRow] = []
        while let row = try reader.next() { rows.append(row) }
        return rows
    }
}
