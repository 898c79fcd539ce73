import CSV
import Foundation

/// Parses a whole file with yaslab/CSV.swift (semicolon-separated, header row), returning the
/// number of records and of fields: the baseline ESSDirectory's own reader is measured against.
func parseWithCSVSwift(_ url: URL) throws -> (records: Int, fields: Int) {
    guard let stream = InputStream(url: url) else { throw BenchError("cannot open \(url.path)") }
    let reader = try CSVReader(stream: stream, hasHeaderRow: true, delimiter: ";")
    var records = 0, fields = 0
    while let row = reader.next() {
        records += 1
        fields += row.count
    }
    // On Linux, Foundation's InputStream still says it has bytes at the end of a file, and CSV.swift
    // reports the end as `cannotReadFile`; the suite checks the counts agree with the other reader.
    if let error = reader.error, case CSVError.cannotReadFile = error {} else if let error = reader.error { throw error }
    return (records, fields)
}
