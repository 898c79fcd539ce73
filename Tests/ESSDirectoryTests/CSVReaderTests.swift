import ESSDirectory
import Testing

@Suite("CSV reader")
struct CSVReaderTests {
    func fields(_ text: String) throws -> [[String]] {
        try CSVReader.rows(Array(text.utf8)).map(\.fields)
    }

    @Test func commasAndSemicolonsFoundOnTheFirstLine() throws {
        #expect(try fields("a,b\n1,2\n") == [["a", "b"], ["1", "2"]])
        #expect(try fields("a;b\n1,5;2\n") == [["a", "b"], ["1,5", "2"]])
        #expect(try fields("a\tb\n1\t2") == [["a", "b"], ["1", "2"]])
    }

    @Test func quotesEscapedQuotesAndNewlinesInQuotes() throws {
        #expect(try fields("n,v\n\"a, b\",\"say \"\"hi\"\"\"\n\"two\nlines\",x\n")
            == [["n", "v"], ["a, b", "say \"hi\""], ["two\nlines", "x"]])
    }

    @Test func lineNumbersCountNewlinesInsideQuotes() throws {
        let rows = try CSVReader.rows(Array("h\n\"a\nb\"\nc\n\nd\n".utf8))
        #expect(rows.map(\.line) == [1, 2, 4, 6])
    }

    @Test func byteOrderMarkAndCRLF() throws {
        #expect(try fields("\u{FEFF}SIREN;Nom\r\n001;Été\r\n") == [["SIREN", "Nom"], ["001", "Été"]])
    }

    /// Found while writing the csv-reader fuzz harness: blank lines were skipped by recursion, and a
    /// million of them ran off the stack (`ess import` died with SIGSEGV).
    @Test func aMillionBlankLinesAreSkipped() throws {
        let bytes = Array("a;b\n".utf8) + [UInt8](repeating: 0x0A, count: 1_000_000) + Array("1;2\r\n\r\n".utf8)
        #expect(try CSVReader.rows(bytes) == [CSVRow(line: 1, fields: ["a", "b"]), CSVRow(line: 1_000_002, fields: ["1", "2"])])
    }

    @Test func emptyFieldsAndNoFinalNewline() throws {
        #expect(try fields("a,b,c\n,,\n1,,3") == [["a", "b", "c"], ["", "", ""], ["1", "", "3"]])
        #expect(try fields("") == [])
    }

    @Test func sloppyQuotesAreKeptAsText() throws {
        #expect(try fields("a,b\nLes \"amis\",\"x\"y\n") == [["a", "b"], ["Les \"amis\"", "xy"]])
    }

    @Test func unterminatedQuoteIsFatalWithItsLine() throws {
        #expect(throws: CSVError(line: 2, message: "a quoted field is never closed (a \" is missing)", isFatal: true)) {
            try CSVReader.rows(Array("a\n\"open\nstill open".utf8))
        }
    }

    @Test func invalidUTF8IsAnErrorForThatRecordOnly() throws {
        var reader = CSVReader(bytes: Array("a,b\n".utf8) + [0x43, 0x61, 0x66, 0xE9, 0x2C, 0x31, 0x0A] + Array("ok,2\n".utf8))
        #expect(try reader.next()?.fields == ["a", "b"])
        do {
            _ = try reader.next()
            Issue.record("invalid UTF-8 accepted")
        } catch {
            #expect(error.line == 2 && !error.isFatal)
        }
        #expect(try reader.next() == CSVRow(line: 3, fields: ["ok", "2"]))
    }

    /// Records longer than a read block and fields across block boundaries read the same as in memory.
    @Test func fileReadingAcrossBlocksMatchesMemory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let long = String(repeating: "é", count: CSVReader.blockSize)
        var text = "k;v\n"
        for index in 0..<20_000 { text += "\(index);\"v \"\"\(index)\"\" \nx\"\n" }
        text += "last;\(long)\n"
        let url = try scratch.file("big.csv", text)
        var reader = try CSVReader(url: url)
        var fromFile: [CSVRow] = []
        while let row = try reader.next() { fromFile.append(row) }
        #expect(fromFile == (try CSVReader.rows(Array(text.utf8))))
        #expect(fromFile.count == 20_002)
        #expect(fromFile.last?.fields[1].count == CSVReader.blockSize)
        #expect(fromFile.last?.line == 2 + 20_000 * 2)
    }

    /// The separator is found on the whole first line even when it spans blocks (it was found on
    /// the first block only: 4-byte blocks read `a;b;c` as one field), and a BOM split by a block
    /// is still skipped.
    @Test func firstLineAcrossBlocks() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let url = try scratch.file("small-blocks.csv", "\u{FEFF}a;b;\"c\nd\"\r\n1;2;3")
        for blockSize in [1, 2, 4, 7, 1 << 20] {
            var reader = try CSVReader(url: url, blockSize: blockSize)
            var rows: [CSVRow] = []
            while let row = try reader.next() { rows.append(row) }
            #expect(rows == [CSVRow(line: 1, fields: ["a", "b", "c\nd"]), CSVRow(line: 3, fields: ["1", "2", "3"])], "blocks of \(blockSize)")
            #expect(reader.separator == UInt8(ascii: ";"))
        }
    }

    /// The last record of a file is read whether or not a line end follows it, and a quote left
    /// open at the end of a file is fatal there too.
    @Test func endOfFileWithoutLineEndOrWithAnOpenQuote() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        for (text, expected) in [("a;b\n1;2", [["a", "b"], ["1", "2"]]), ("a;b\n1;\"x\"", [["a", "b"], ["1", "x"]]),
                                 ("a;b\r\n1;2\r", [["a", "b"], ["1", "2"]])] {
            var reader = try CSVReader(url: try scratch.file("end.csv", text))
            var rows: [[String]] = []
            while let row = try reader.next() { rows.append(row.fields) }
            #expect(rows == expected, "\(text)")
        }
        var open = try CSVReader(url: try scratch.file("open.csv", "a;b\n\"1;2\n"))
        _ = try open.next()
        #expect(throws: CSVError(line: 2, message: "a quoted field is never closed (a \" is missing)", isFatal: true)) { try open.next() }
    }

    /// Random bytes never crash the reader: it returns rows or throws a located error.
    @Test func randomBytesNeverTrap() {
        var generator = SystemRandomNumberGenerator()
        let alphabet: [UInt8] = Array("a;,\"\n\r\t é".utf8) + [0xFF, 0xEF, 0xBB, 0xBF]
        for _ in 0..<2000 {
            let count = Int.random(in: 0..<64, using: &generator)
            let bytes = (0..<count).map { _ in alphabet.randomElement(using: &generator)! }
            do {
                let rows = try CSVReader.rows(bytes)
                #expect(rows.allSatisfy { $0.line >= 1 })
            } catch {
                #expect(error.line >= 1)
            }
        }
    }
}
