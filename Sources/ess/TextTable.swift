import TerminalGrid

/// Columns aligned by display width, so accents and wide characters never shift a column.
struct TextTable {
    var headers: [String]
    var rows: [[String]]

    /// The table as lines. Cells are sanitised; on a terminal the widest column is cut with "…"
    /// to fit `width`, in a pipe nothing is cut (scripts read whole values).
    func render(width: Int?, colour: Bool) -> [String] {
        let safeRows = rows.map { $0.map(Console.safe) }
        var widths = headers.indices.map { column in
            ([headers[column]] + safeRows.map { $0[column] }).map(\.displayWidth).max() ?? 0
        }
        if let width {
            let total = widths.reduce(0, +) + 2 * (widths.count - 1)
            if total > width, let widest = widths.indices.max(by: { widths[$0] < widths[$1] }) {
                widths[widest] = max(10, widths[widest] - (total - width))
            }
        }
        func line(_ cells: [String]) -> String {
            cells.enumerated().map { column, cell in
                column == cells.count - 1 ? cell.truncated(toWidth: widths[column]) : cell.padded(toWidth: widths[column])
            }.joined(separator: "  ")
        }
        let header = line(headers)
        return [colour ? Console.styled(header, .bold) : header] + safeRows.map(line)
    }
}
