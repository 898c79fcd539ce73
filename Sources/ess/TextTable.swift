import TerminalGrid

/// Columns aligned by display width, so accents and wide characters never shift a column.
struct TextTable {
    var headers: [String]
    var rows: [[String]]

    /// A text column is never cut below this (or its widest value, if narrower).
    static let minimumColumn = 8
    /// Columns never cut: ids (what a person copies into the next command) and record types
    /// (one short word).
    static let wholeColumns: Set<String> = ["ID", "TYPE"]

    /// The table as lines. Cells are sanitised. With a `width` (see ``Console/tableWidth``) the
    /// widest text column is cut with "…", again and again, until the rows fit; the
    /// ``wholeColumns`` are kept whole. Without one nothing is
    /// cut: scripts read whole values.
    func render(width: Int?, colour: Bool) -> [String] {
        let safeRows = rows.map { $0.map(Console.safe) }
        let natural = headers.indices.map { column in
            ([headers[column]] + safeRows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        let widths = width.map { fitted(natural, into: $0) } ?? natural
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell.truncated(toWidth: widths[column]) : cell.padded(toWidth: widths[column])
            }.joined(separator: "  ")
        }
        let header = line(headers)
        return [colour ? Console.styled(header, .bold) : header] + safeRows.map(line)
    }

    /// Column widths that fit `width` with two spaces between columns: the widest column that
    /// may be cut loses a column at a time, so long names and descriptions share the cut. When
    /// even the minimums do not fit, the rows wrap rather than lose their ids.
    func fitted(_ natural: [Int], into width: Int) -> [Int] {
        var widths = natural
        var excess = widths.reduce(0, +) + 2 * max(0, widths.count - 1) - width
        let cuttable = headers.indices.filter { !Self.wholeColumns.contains(headers[$0]) }
        while excess > 0 {
            let candidates = cuttable.filter { widths[$0] > min(natural[$0], Self.minimumColumn) }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
            excess -= 1
        }
        return widths
    }
}
