/// How a map is drawn in character cells: braille (2×4 dots a cell), half blocks (1×2) where
/// braille is missing from the font, or ASCII (one dot a cell) on terminals without UTF-8.
/// Every mode tells the shades apart by glyph density, so colour only adds to it.
public enum MapGlyphs: String, CaseIterable, Hashable, Sendable {
    case braille
    case halfBlock = "half-block"
    case ascii

    /// Shades besides 0 (places with nothing).
    public static let shades = 4

    /// Dots across and down in one cell.
    public var dotsPerCell: (columns: Int, rows: Int) {
        switch self {
        case .braille: (2, 4)
        case .halfBlock: (1, 2)
        case .ascii: (1, 1)
        }
    }

    /// A dot's height over its width on screen (a cell is about twice as tall as wide).
    public var dotAspect: Double { 2 * Double(dotsPerCell.columns) / Double(dotsPerCell.rows) }

    /// Braille dots lit per shade, out of 8: a place with nothing keeps one, so the land shows.
    static let brailleLit = [1, 3, 5, 6, 8]
    /// The order dots of a braille cell light up in, as an ordered dither: (column, row) → rank.
    static let brailleRank = [[0, 4], [6, 2], [1, 5], [7, 3]]
    /// The bit of each braille dot, [row][column] (Unicode's dot numbering 1 4 / 2 5 / 3 6 / 7 8).
    static let brailleBit: [[UInt32]] = [[0x01, 0x08], [0x02, 0x10], [0x04, 0x20], [0x40, 0x80]]
    static let blockShades: [Character] = ["·", "░", "▒", "▓", "█"]
    static let asciiShades: [Character] = [".", ":", "+", "#", "@"]

    /// The cell for dots given as shades (nil: no land), row-major within the cell.
    public func glyph(_ dots: [Int?]) -> Character {
        switch self {
        case .braille:
            var bits: UInt32 = 0
            for row in 0..<4 {
                for column in 0..<2 {
                    guard let shade = dots[row * 2 + column] else { continue }
                    if Self.brailleRank[row][column] < Self.brailleLit[shade] { bits |= Self.brailleBit[row][column] }
                }
            }
            return bits == 0 ? " " : Character(Unicode.Scalar(0x2800 + bits)!)
        case .halfBlock:
            switch (dots[0], dots[1]) {
            case (nil, nil): return " "
            case (let top?, _?): return Self.blockShades[top]
            case (_?, nil): return "▀"
            case (nil, _?): return "▄"
            }
        case .ascii:
            return dots[0].map { Self.asciiShades[$0] } ?? " "
        }
    }

    /// A sample of a shade for the legend: one full cell.
    public func sample(_ shade: Int) -> Character {
        glyph([Int?](repeating: shade, count: dotsPerCell.columns * dotsPerCell.rows))
    }
}
