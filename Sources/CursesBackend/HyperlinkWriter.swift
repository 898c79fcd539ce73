import TerminalGrid

/// The OSC 8 hyperlinks of a frame, written after curses has painted it.
///
/// curses knows nothing of hyperlinks, so the backend rewrites the text of each linked run of
/// cells itself, between `ESC ] 8 ; ; URI ESC \` and `ESC ] 8 ; ; ESC \`, at its place (CUP) and
/// in its role's look (SGR), the same characters curses has just drawn there. Only what changed
/// is written: a run that is new, whose address changed or one of whose cells curses repainted
/// (which dropped the link), and, written plain, a run that is gone, since curses does not
/// repaint a cell whose text and look stayed the same. A pure function of two grids, so a test
/// can compare the exact bytes.
public struct HyperlinkWriter: Sendable {
    /// The SGR sequence (`ESC [ 0 ; 1 ; 36 m`) that draws each role as curses does.
    let sgr: [StyleRole: String]

    public init(sgr: [StyleRole: String]) {
        self.sgr = sgr
    }

    /// The bytes that bring the terminal from `previous` (nil: nothing known) to `current`'s
    /// links, ending with attributes reset; empty when no link changed.
    public func sequences(from previous: Grid?, to current: Grid) -> String {
        let comparable = previous.flatMap { $0.size == current.size ? $0 : nil }
        let old = Set(comparable?.linkSpans ?? [])
        let new = current.linkSpans
        let kept = Set(new)
        var output = ""
        for span in old.subtracting(kept).sorted(by: Self.screenOrder) {
            output += text(of: span, in: current)
        }
        for span in new where !old.contains(span) || repainted(span, from: comparable, to: current) {
            output += "\u{1B}]8;;" + span.uri + "\u{1B}\\" + text(of: span, in: current) + "\u{1B}]8;;\u{1B}\\"
        }
        return output.isEmpty ? "" : output + "\u{1B}[0m"
    }

    /// The span's cells as text at their place, each run of one role after its SGR.
    private func text(of span: LinkSpan, in grid: Grid) -> String {
        var output = "\u{1B}[\(span.row + 1);\(span.columns.lowerBound + 1)H"
        var role: StyleRole?
        for x in span.columns {
            let cell = grid[x, span.row]
            if cell.isContinuation { continue }
            if cell.role != role {
                role = cell.role
                output += sgr[cell.role] ?? "\u{1B}[0m"
            }
            output.append(cell.grapheme)
        }
        return output
    }

    /// True when curses repainted a cell of `span` in this frame.
    private func repainted(_ span: LinkSpan, from previous: Grid?, to current: Grid) -> Bool {
        guard let previous else { return true }
        return span.columns.contains { x in
            let before = previous[x, span.row], after = current[x, span.row]
            return before.grapheme != after.grapheme || before.role != after.role || before.isContinuation != after.isContinuation
        }
    }

    private static func screenOrder(_ a: LinkSpan, _ b: LinkSpan) -> Bool {
        (a.row, a.columns.lowerBound) < (b.row, b.columns.lowerBound)
    }

    // MARK: - Looks

    /// The SGR of every role in `theme`, matching the colour pairs curses was given.
    static func sgrTable(color: Bool, theme: ThemeName, defaultColors: Bool) -> [StyleRole: String] {
        var table: [StyleRole: String] = [:]
        for role in StyleRole.allCases {
            table[role] = sgr(CursesTheme.style(for: role, color: color, theme: theme), color: color, defaultColors: defaultColors)
        }
        return table
    }

    static func sgr(_ style: ThemeStyle, color: Bool, defaultColors: Bool) -> String {
        var codes = ["0"]
        if style.attributes.contains(.bold) { codes.append("1") }
        if style.attributes.contains(.dim) { codes.append("2") }
        if style.attributes.contains(.underline) { codes.append("4") }
        if style.attributes.contains(.reverse) { codes.append("7") }
        if color {
            codes.append(code(style.foreground, base: 30, fallback: defaultColors ? nil : .white))
            codes.append(code(style.background, base: 40, fallback: defaultColors ? nil : .black))
        }
        return "\u{1B}[" + codes.joined(separator: ";") + "m"
    }

    private static func code(_ color: ThemeColor, base: Int, fallback: ThemeColor?) -> String {
        let resolved = color == .terminalDefault ? (fallback ?? .terminalDefault) : color
        return resolved == .terminalDefault ? String(base + 9) : String(base + Int(resolved.rawValue))
    }
}
