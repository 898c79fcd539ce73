import ESSDirectory
import Foundation

/// The directory's CSV reader and row mapper on any bytes.
///
/// Whatever the input: no crash, no hang; the reader reads it to its end, going on after a bad
/// record and stopping at a fatal one; every record and error is at a line of the input, in
/// order; every record has the fields, byte for byte, that a plain scan of its bytes finds;
/// every record, written again with every field quoted, reads back the same at the expected lines;
/// read from a file in blocks of 1, 7 and 64 bytes, the records and errors are the same as in memory.
/// Then the bytes are the body of a file under each preset's header, and under their own first
/// record as a header: the mapper accepts the preset headers, rejects a record whose field count is
/// not the header's (saying so), and every actor it reads has a key, a name and a 9-digit SIREN.
extension FuzzHarness {
    public static let csvReader = FuzzHarness(name: "csv-reader", seedCorpus: ["Tests/FuzzTests/Seeds/csv-reader"],
                                              run: CSVReaderHarness.run)
}

enum CSVReaderHarness {
    static func run(_ bytes: [UInt8]) {
        var memory = CSVReader(bytes: bytes)
        let events = readAll(&memory, bytes)
        let rows = events.compactMap { if case .row(let row) = $0 { row } else { nil } }
        checkRoundTrip(rows)
        checkBlocks(bytes, events)
        for preset in ImportPreset.allCases {
            CSVMapperChecks.checkUnderPresetHeader(preset, body: bytes)
            if let header = rows.first?.fields { CSVMapperChecks.checkUnderOwnHeader(preset, header: header, rows: rows.dropFirst()) }
        }
    }

    /// The lines of `bytes` as an editor counts them: one more than its LF, CRLF and lone CR.
    static func lineCount(_ bytes: [UInt8]) -> Int {
        var count = 1, index = 0
        while index < bytes.count {
            if bytes[index] == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
            if bytes[index] == 0x0A || bytes[index] == 0x0D { count += 1 }
            index += 1
        }
        return count
    }

    /// What one call of `next` gave.
    enum Event: Equatable {
        case row(CSVRow)
        case error(CSVError)
    }

    /// Reads every record of `bytes` as the importer does (a bad record is skipped, a fatal error
    /// ends the file) and checks lines and fields; returns what each call gave.
    static func readAll(_ reader: inout CSVReader, _ bytes: [UInt8]) -> [Event] {
        let lines = lineCount(bytes)
        var events: [Event] = []
        var lastLine = 0
        while true {
            let before = reader.bytesRead
            do {
                guard let row = try reader.next() else { break }
                precondition(row.line > lastLine && row.line <= lines, "record at line \(row.line) after \(lastLine), input of \(lines) lines")
                precondition(!row.fields.isEmpty && row.fields != [""], "a blank line read as a record at line \(row.line)")
                let scanned = CSVReferenceScan.records(bytes[before..<reader.bytesRead], separator: reader.separator)
                precondition(scanned.count == 1 && scanned[0].count == row.fields.count,
                             "record at line \(row.line) has \(row.fields.count) fields, its bytes \(scanned.map(\.count))")
                precondition(scanned[0] == row.fields.map { Array($0.utf8) }, "record at line \(row.line) differs from its bytes")
                events.append(.row(row))
                lastLine = row.line
            } catch {
                precondition(error.line > lastLine && error.line <= lines, "error at line \(error.line) after \(lastLine), input of \(lines) lines")
                precondition(!error.message.isEmpty, "an error without a message at line \(error.line)")
                events.append(.error(error))
                lastLine = error.line
                if error.isFatal { break }
            }
        }
        precondition(reader.bytesRead == bytes.count, "read \(reader.bytesRead) of \(bytes.count) bytes")
        return events
    }

    /// The same bytes from a file, read in small blocks so records and the first line cross
    /// block boundaries: the same records and errors as from memory.
    static func checkBlocks(_ bytes: [UInt8], _ expected: [Event]) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("ess-fuzz-csv-\(UUID().uuidString).csv")
        precondition(FileManager.default.createFile(atPath: file.path, contents: Data(bytes)), "cannot write \(file.path)")
        defer { try? FileManager.default.removeItem(at: file) }
        for blockSize in [1, 7, 64] {
            guard var reader = try? CSVReader(url: file, blockSize: blockSize) else { preconditionFailure("cannot read \(file.path)") }
            let events = readAll(&reader, bytes)
            precondition(events == expected, "read in blocks of \(blockSize) bytes, the file reads differently")
        }
    }

    /// Writes the records again, every field quoted, LF and CRLF in turn, and reads them back.
    static func checkRoundTrip(_ rows: [CSVRow]) {
        var document: [UInt8] = []
        var expectedLines: [Int] = []
        var line = 1
        for (index, row) in rows.enumerated() {
            expectedLines.append(line)
            for (column, field) in row.fields.enumerated() {
                if column > 0 { document.append(UInt8(ascii: ",")) }
                document.append(UInt8(ascii: "\""))
                for byte in field.utf8 {
                    if byte == UInt8(ascii: "\"") { document.append(byte) }
                    if byte == 0x0A { line += 1 }
                    document.append(byte)
                }
                document.append(UInt8(ascii: "\""))
            }
            document += index.isMultiple(of: 2) ? [0x0A] : [0x0D, 0x0A]
            line += 1
        }
        let reread: [CSVRow]
        do { reread = try CSVReader.rows(document) } catch {
            preconditionFailure("re-encoded records do not read back: \(error)")
        }
        precondition(reread.map { $0.fields.map { Array($0.utf8) } } == rows.map { $0.fields.map { Array($0.utf8) } },
                     "re-encoded records read back different")
        precondition(reread.map(\.line) == expectedLines, "re-encoded records at lines \(reread.map(\.line)), not \(expectedLines)")
    }
}
