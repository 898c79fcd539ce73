/// Reading a ``Grid`` back: as text for tests, as changes for the backend.
extension Grid {
    /// Each row's text; continuation cells are skipped, so every line is exactly `width`
    /// columns wide.
    public var lines: [String] {
        (0..<height).map { line(at: $0) }
    }

    /// The text of row `y`, continuation cells skipped.
    public func line(at y: Int) -> String {
        var text = ""
        for x in 0..<width {
            let cell = self[x, y]
            if !cell.isContinuation { text.append(cell.grapheme) }
        }
        return text
    }

    /// One character per column naming each cell's role, to assert styles in tests.
    ///
    /// Both columns of a wide grapheme get its letter, so the mask lines up with the screen
    /// column for column. Roles missing from `legend` show as `?`.
    public func styleMask(legend: [StyleRole: Character] = StyleRole.maskLegend) -> [String] {
        (0..<height).map { y in
            String((0..<width).map { x in legend[self[x, y].role] ?? "?" })
        }
    }

    /// The cells that differ from `previous`, in row-major order; every cell when the sizes
    /// differ. The backend paints only these.
    public func diff(from previous: Grid) -> [CellChange] {
        var changes: [CellChange] = []
        let sameSize = previous.size == size
        for y in 0..<height {
            for x in 0..<width {
                let index = y * width + x
                if sameSize && previous.cells[index] == cells[index] { continue }
                changes.append(CellChange(point: Point(x: x, y: y), cell: cells[index]))
            }
        }
        return changes
    }
}

/// A cell that changed between two frames.
public struct CellChange: Hashable, Sendable {
    public var point: Point
    public var cell: Cell

    public init(point: Point, cell: Cell) {
        self.point = point
        self.cell = cell
    }
}

extension StyleRole {
    /// A default one-letter name for each role, for ``Grid/styleMask(legend:)``: `normal` is a
    /// space so masks show only what is styled.
    public static let maskLegend: [StyleRole: Character] = [
        .normal: " ", .title: "T", .header: "H", .headerAccent: "A", .footer: "F", .footerKey: "K",
        .breadcrumb: "C", .border: "b", .borderFocused: "B", .selection: "S", .selectionInactive: "s",
        .link: "l", .linkSelected: "L", .muted: "m", .accent: "a", .heading: "h", .match: "M",
        .warning: "W", .error: "E", .bar: "=", .barAlt: "-", .overlay: "o", .overlayTitle: "O",
        .input: "i", .cursor: "_",
        .mapShade0: "0", .mapShade1: "1", .mapShade2: "2", .mapShade3: "3", .mapShade4: "4", .mapCursor: "X",
    ]
}

/// A run of cells on one row that link to the same address: what the backend wraps in OSC 8.
public struct LinkSpan: Hashable, Sendable {
    public var row: Int
    public var columns: Range<Int>
    public var uri: String

    public init(row: Int, columns: Range<Int>, uri: String) {
        self.row = row
        self.columns = columns
        self.uri = uri
    }
}

extension Grid {
    /// Every run of linked cells, row by row, left to right. A link cut by a line break is one
    /// span per row, each with the same address.
    public var linkSpans: [LinkSpan] {
        // Most frames link nothing, and the backend asks for every frame's spans.
        guard !links.isEmpty else { return [] }
        var spans: [LinkSpan] = []
        for y in 0..<height {
            var x = 0
            while x < width {
                let link = self[x, y].link
                guard link != 0 else {
                    x += 1
                    continue
                }
                let start = x
                while x < width && self[x, y].link == link { x += 1 }
                spans.append(LinkSpan(row: y, columns: start..<x, uri: links[Int(link) - 1]))
            }
        }
        return spans
    }

    /// One character per column: the letter of the cell's link (`a` for the first address of
    /// ``links``, `b` for the second…), a space for none, to assert links in tests.
    public var linkMask: [String] {
        (0..<height).map { y in
            String((0..<width).map { x -> Character in
                let link = self[x, y].link
                guard link != 0 else { return " " }
                return Character(Unicode.Scalar(UInt8(ascii: "a") + UInt8(min(25, Int(link) - 1))))
            })
        }
    }
}
