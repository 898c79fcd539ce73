import TerminalGrid

/// A map laid out in a rectangle of cells: metropolitan France on the left, a column on the
/// right with the legend and the overseas départements as insets. Its rasters are computed once
/// per size; ``draw(_:cursor:into:)`` only reads them.
public struct MapPicture: Hashable, Sendable {
    public let area: Rect
    public let glyphs: MapGlyphs
    /// Metropolitan France and where it is drawn.
    public let mainland: Rect
    public let mainlandRaster: PointRaster
    /// The overseas départements' boxes (a label line over the drawing).
    public let insets: [Inset]
    public let legend: Rect

    public struct Inset: Hashable, Sendable {
        public let departement: Int
        public let box: Rect
        public let raster: PointRaster
        /// The drawing, under the label.
        public var drawing: Rect { Rect(x: box.x, y: box.y + 1, width: box.width, height: box.height - 1) }
    }

    /// The legend column's width.
    public static let columnWidth = 30

    /// `focus`: the départements to draw (a region's), zoomed to fill the map; nil for all of
    /// France, the overseas départements in insets.
    public init(area: Rect, glyphs: MapGlyphs, focus: Set<Int>? = nil, geography: MapGeography = .shared) {
        self.area = area
        self.glyphs = glyphs
        let column = min(Self.columnWidth, max(0, area.width / 3))
        let (dx, dy) = glyphs.dotsPerCell
        mainland = Rect(x: area.x, y: area.y, width: max(0, area.width - column - 1), height: area.height)
        mainlandRaster = PointRaster(geography: geography, departements: focus ?? geography.metropolitan,
                                     width: mainland.width * dx, height: mainland.height * dy, aspect: glyphs.dotAspect)
        let legendHeight = min(area.height, MapLegend.height)
        legend = Rect(x: area.maxX - column, y: area.y, width: column, height: legendHeight)
        // Overseas départements two a row under the legend, as tall as the room left allows (up to 6 lines).
        let overseas = focus == nil ? geography.overseas : []
        let rows = (overseas.count + 1) / 2
        let room = area.height - legendHeight
        let height = rows > 0 ? min(6, room / rows) : 0
        var insets: [Inset] = []
        if height >= 2 {
            let width = (column - 1) / 2
            for (position, departement) in overseas.enumerated() {
                let box = Rect(x: legend.x + (position % 2) * (width + 1), y: legend.maxY + (position / 2) * height,
                               width: width, height: height)
                insets.append(Inset(departement: departement, box: box,
                                    raster: PointRaster(geography: geography, departements: [departement], width: width * dx,
                                                        height: (height - 1) * dy, aspect: glyphs.dotAspect)))
            }
        }
        self.insets = insets
    }

    /// Draws the map's shades, the cursor's département in reverse video.
    public func draw(_ shading: MapShading, cursor: Int?, into grid: inout Grid, geography: MapGeography = .shared) {
        Self.drawRaster(mainlandRaster, in: mainland, glyphs: glyphs, shading: shading, cursor: cursor, into: &grid, geography: geography)
        for inset in insets {
            let code = geography.departements[inset.departement]
            let role: StyleRole = inset.departement == cursor ? .mapCursor : .muted
            grid.put(TerminalText.sanitize(code).truncated(toWidth: inset.box.width), at: Point(x: inset.box.x, y: inset.box.y), role: role)
            Self.drawRaster(inset.raster, in: inset.drawing, glyphs: glyphs, shading: shading, cursor: cursor, into: &grid, geography: geography)
        }
    }

    /// The point under a cell of the screen, or nil (sea, legend, outside).
    public func point(at cell: Point) -> Int? {
        let (dx, dy) = glyphs.dotsPerCell
        if mainland.contains(cell) {
            return mainlandRaster[(cell.x - mainland.x) * dx + dx / 2, (cell.y - mainland.y) * dy + dy / 2]
                ?? Self.anyDot(mainlandRaster, cell: Point(x: cell.x - mainland.x, y: cell.y - mainland.y), dx: dx, dy: dy)
        }
        for inset in insets where inset.box.contains(cell) {
            if cell.y == inset.box.y { return inset.raster.nearest.first { $0 >= 0 }.map(Int.init) }
            let local = Point(x: cell.x - inset.drawing.x, y: cell.y - inset.drawing.y)
            return Self.anyDot(inset.raster, cell: local, dx: dx, dy: dy)
        }
        return nil
    }

    private static func anyDot(_ raster: PointRaster, cell: Point, dx: Int, dy: Int) -> Int? {
        for row in 0..<dy { for column in 0..<dx { if let point = raster[cell.x * dx + column, cell.y * dy + row] { return point } } }
        return nil
    }

    private static func drawRaster(_ raster: PointRaster, in rect: Rect, glyphs: MapGlyphs, shading: MapShading, cursor: Int?,
                                   into grid: inout Grid, geography: MapGeography) {
        let (dx, dy) = glyphs.dotsPerCell
        var dots = [Int?](repeating: nil, count: dx * dy)
        for y in 0..<rect.height {
            for x in 0..<rect.width {
                var main: Int?
                for row in 0..<dy {
                    for column in 0..<dx {
                        let point = raster[x * dx + column, y * dy + row]
                        dots[row * dx + column] = point.map { Int(shading.pointShade[$0]) }
                        if main == nil { main = point }
                    }
                }
                guard let main else { continue }
                let glyph = glyphs.glyph(dots)
                let role = geography.departementOfPoint[main] == cursor ? .mapCursor : StyleRole.mapShades[Int(shading.pointShade[main])]
                grid.put(String(glyph), at: Point(x: rect.x + x, y: rect.y + y), role: role)
            }
        }
    }
}
