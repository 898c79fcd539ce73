/// An in-memory screen: a row-major array of ``Cell``s that renderers draw into.
///
/// The grid is the only thing the core produces; the backend paints it, tests read it back as
/// text with ``lines`` and ``styleMask(legend:)``. Every write is clipped to the grid and
/// sanitised, so nothing a renderer does with catalogue text can reach the terminal raw, and a
/// wide grapheme is always whole: its cell plus a continuation cell, or nothing.
public struct Grid: Hashable, Sendable {
    public private(set) var size: Size
    /// Row-major: the cell at (x, y) is `cells[y * size.width + x]`.
    public private(set) var cells: [Cell]
    /// The addresses cells link to (OSC 8 hyperlinks), each once; a cell's ``Cell/link`` is
    /// 1 + an index here.
    public private(set) var links: [String] = []

    /// A grid of blank `normal` cells.
    public init(size: Size) {
        self.size = size
        self.cells = Array(repeating: .blank, count: size.width * size.height)
    }

    /// A grid holding `lines` in the `normal` role, as wide as the widest line: handy to write an
    /// expected screen in a test.
    public init(lines: [String], role: StyleRole = .normal) {
        let width = lines.map(\.displayWidth).max() ?? 0
        self.init(size: Size(width: width, height: lines.count))
        for (y, line) in lines.enumerated() {
            put(line, at: Point(x: 0, y: y), role: role)
        }
    }

    public var width: Int { size.width }
    public var height: Int { size.height }
    /// The whole grid as a rectangle at the origin.
    public var bounds: Rect { Rect(size: size) }

    /// The cell at `point`, or nil outside the grid.
    public func cell(at point: Point) -> Cell? {
        guard bounds.contains(point) else { return nil }
        return cells[point.y * width + point.x]
    }

    /// The cell at column `x`, row `y`; both must be inside the grid.
    public subscript(x: Int, y: Int) -> Cell {
        precondition(x >= 0 && x < width && y >= 0 && y < height, "cell (\(x),\(y)) outside \(size)")
        return cells[y * width + x]
    }

    // MARK: - Writing text

    /// Writes `text` from `point` on one row, clipped to the grid and to `maxWidth` columns.
    ///
    /// The text is sanitised first (see ``TerminalText/sanitize(_:)``), so a newline shows as
    /// `\x0a`; split multi-line text before calling. A wide grapheme that would straddle the
    /// clipping edge becomes a space. Columns left of the grid are skipped but still counted.
    ///
    /// `link`, when given, makes the cells written a hyperlink to that address; an address
    /// ``TerminalText/hyperlinkURI(_:)`` refuses links nothing.
    ///
    /// - Returns: The columns advanced: the text's width, or less when it was clipped. A row
    ///   outside the grid writes nothing and returns 0.
    @discardableResult
    public mutating func put(_ text: String, at point: Point, role: StyleRole, maxWidth: Int? = nil, link: String? = nil) -> Int {
        guard point.y >= 0, point.y < height else { return 0 }
        var linkIndex: UInt16 = 0
        if let link { linkIndex = self.linkIndex(for: link) }
        var limit = width
        if let maxWidth { limit = min(limit, point.x + max(0, maxWidth)) }
        var x = point.x
        for character in TerminalText.sanitize(text) {
            let w = displayWidth(of: character)
            if w == 0 { continue }
            if x + w > limit {
                if x < limit && x >= 0 {
                    write(" ", width: 1, role: role, x: x, y: point.y, link: linkIndex)
                    x += 1
                }
                break
            }
            if x >= 0 {
                write(character, width: w, role: role, x: x, y: point.y, link: linkIndex)
            } else if x + w > 0 {
                // The right half of a wide grapheme cut by the left edge: never draw half of it.
                write(" ", width: 1, role: role, x: 0, y: point.y, link: linkIndex)
            }
            x += w
        }
        return x - point.x
    }

    /// Copies `other` onto this grid with its top-left corner at `point`, clipped.
    public mutating func blit(_ other: Grid, at point: Point) {
        for y in 0..<other.height {
            for x in 0..<other.width {
                let cell = other[x, y]
                if cell.isContinuation { continue }
                put(String(cell.grapheme), at: Point(x: point.x + x, y: point.y + y), role: cell.role,
                    link: other.address(of: cell))
            }
        }
    }

    // MARK: - Links

    /// The address `cell` links to, if any.
    public func address(of cell: Cell) -> String? {
        cell.link == 0 ? nil : links[Int(cell.link) - 1]
    }

    /// The table index (plus one) for `address`, added on first use; 0 when the address is
    /// refused or the table is full.
    private mutating func linkIndex(for address: String) -> UInt16 {
        guard let uri = TerminalText.hyperlinkURI(address) else { return 0 }
        if let index = links.firstIndex(of: uri) { return UInt16(index + 1) }
        guard links.count < Int(UInt16.max) - 1 else { return 0 }
        links.append(uri)
        return UInt16(links.count)
    }

    // MARK: - Cell storage

    /// Stores one grapheme of width `w` (1 or 2) at (x, y), which must fit in the row, blanking
    /// the other half of any wide grapheme it partly overwrites.
    mutating func write(_ character: Character, width w: Int, role: StyleRole, x: Int, y: Int, link: UInt16 = 0) {
        let row = y * width
        if cells[row + x].isContinuation && x > 0 {
            cells[row + x - 1] = Cell(grapheme: " ", role: cells[row + x - 1].role)
        }
        let last = x + w - 1
        if last + 1 < width && cells[row + last + 1].isContinuation {
            cells[row + last + 1] = Cell(grapheme: " ", role: cells[row + last + 1].role)
        }
        cells[row + x] = Cell(grapheme: character, role: role, link: link)
        if w == 2 { cells[row + x + 1] = .continuation(role: role, link: link) }
    }

    /// Changes only the role of the cell at (x, y), keeping its text.
    mutating func restyle(x: Int, y: Int, role: StyleRole) {
        cells[y * width + x].role = role
    }
}
