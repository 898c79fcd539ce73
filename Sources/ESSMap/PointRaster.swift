/// A grid of dots, each holding the commune point nearest to it (or none: sea, abroad), for the
/// points of some départements fitted into the grid.
///
/// There are no département outlines in the reference data: a dot takes the commune whose centre
/// is nearest, within a radius that keeps the coast near the coastal communes, so the shapes come
/// from the 35,000 commune centres (a Voronoi diagram clipped to the land). Computed once per
/// size (the browser keeps it in its state until the terminal is resized), never per frame.
public struct PointRaster: Hashable, Sendable {
    public let width: Int
    public let height: Int
    /// Row-major: the index into ``MapGeography/points`` of each dot's commune, -1 for none.
    public let nearest: [Int32]
    /// How a dot maps back to projected coordinates (for clicks and the cursor's centre).
    public let fit: MapFit

    /// `aspect` is a dot's height over its width on screen (1 for braille and half blocks, 2 for
    /// one character per dot); `departements` the indexes whose points are drawn.
    public init(geography: MapGeography, departements: Set<Int>, width: Int, height: Int, aspect: Double) {
        self.width = max(0, width)
        self.height = max(0, height)
        let chosen = geography.points.indices.filter { departements.contains(geography.points[$0].departement) }
        let fit = MapFit(points: chosen.map { (geography.points[$0].x, geography.points[$0].y) },
                         width: self.width, height: self.height, aspect: aspect)
        self.fit = fit
        guard self.width > 0, self.height > 0, !chosen.isEmpty else {
            nearest = [Int32](repeating: -1, count: self.width * self.height)
            return
        }
        // About 6 km, or a dot and a half when a dot is wider: communes are ~4 km apart.
        let radius = max(0.06, 1.5 / fit.scale)
        let xs = chosen.map { geography.points[$0].x }, ys = chosen.map { geography.points[$0].y }
        let grid = BucketGrid(xs: xs, ys: ys, size: radius)
        var result = [Int32](repeating: -1, count: self.width * self.height)
        let radius2 = radius * radius
        for row in 0..<self.height {
            for column in 0..<self.width {
                let (x, y) = fit.projected(column: column, row: row)
                var best = -1, bestDistance = radius2
                grid.forEachNear(x: x, y: y) { candidate in
                    let dx = xs[candidate] - x, dy = ys[candidate] - y
                    let distance = dx * dx + dy * dy
                    if distance < bestDistance { bestDistance = distance; best = candidate }
                }
                if best >= 0 { result[row * self.width + column] = Int32(chosen[best]) }
            }
        }
        nearest = result
    }

    /// The point of a dot, nil outside or where there is no land.
    public subscript(column: Int, row: Int) -> Int? {
        guard column >= 0, row >= 0, column < width, row < height else { return nil }
        let value = nearest[row * width + column]
        return value < 0 ? nil : Int(value)
    }
}

/// How projected coordinates fit a grid of dots: one scale both ways (dots per degree, counting
/// a dot's height as `aspect` widths), centred.
public struct MapFit: Hashable, Sendable {
    public let minX: Double
    public let minY: Double
    /// Dot widths per projected degree.
    public let scale: Double
    public let aspect: Double
    public let offsetX: Double
    public let offsetY: Double

    init(points: [(Double, Double)], width: Int, height: Int, aspect: Double) {
        let xs = points.map(\.0), ys = points.map(\.1)
        let minX = xs.min() ?? 0, maxX = xs.max() ?? 1, minY = ys.min() ?? 0, maxY = ys.max() ?? 1
        // A margin of a dot on each side, so the outermost communes are drawn whole.
        let spanX = max(maxX - minX, 0.01), spanY = max(maxY - minY, 0.01)
        let scale = min(Double(max(width - 2, 1)) / spanX, Double(max(height - 2, 1)) * aspect / spanY)
        self.minX = minX
        self.minY = minY
        self.scale = scale
        self.aspect = aspect
        offsetX = (Double(width) - spanX * scale) / 2
        offsetY = (Double(height) * aspect - spanY * scale) / 2
    }

    /// The projected point at a dot's centre.
    public func projected(column: Int, row: Int) -> (x: Double, y: Double) {
        (minX + (Double(column) + 0.5 - offsetX) / scale, minY + ((Double(row) + 0.5) * aspect - offsetY) / scale)
    }

    /// The dot of a projected point.
    public func dot(x: Double, y: Double) -> (column: Int, row: Int) {
        (Int(((x - minX) * scale + offsetX).rounded(.down)), Int((((y - minY) * scale + offsetY) / aspect).rounded(.down)))
    }
}

/// Points sorted into square buckets of `size` degrees, stored flat (each bucket's points are
/// a range of one array), so a dot looks at the 3×3 buckets around it without hashing.
struct BucketGrid {
    let minX: Double, minY: Double, size: Double
    let columns: Int, rows: Int
    /// `starts[b] ..< starts[b + 1]` are the positions in `members` of bucket `b`'s points.
    let starts: [Int]
    let members: [Int]

    init(xs: [Double], ys: [Double], size: Double) {
        let minX = xs.min() ?? 0, minY = ys.min() ?? 0
        let columns = Int(((xs.max() ?? 0) - minX) / size) + 1
        let rows = Int(((ys.max() ?? 0) - minY) / size) + 1
        (self.minX, self.minY, self.size, self.columns, self.rows) = (minX, minY, size, columns, rows)
        var counts = [Int](repeating: 0, count: columns * rows + 1)
        let buckets = xs.indices.map { Int((xs[$0] - minX) / size) + Int((ys[$0] - minY) / size) * columns }
        for bucket in buckets { counts[bucket + 1] += 1 }
        for index in 1..<counts.count { counts[index] += counts[index - 1] }
        var next = counts
        var members = [Int](repeating: 0, count: xs.count)
        for (point, bucket) in buckets.enumerated() {
            members[next[bucket]] = point
            next[bucket] += 1
        }
        starts = counts
        self.members = members
    }

    /// Calls `body` with every point in the 3×3 buckets around (x, y).
    @inline(__always)
    func forEachNear(x: Double, y: Double, _ body: (Int) -> Void) {
        let column = Int(((x - minX) / size).rounded(.down)), row = Int(((y - minY) / size).rounded(.down))
        guard row >= -1, row <= rows, column >= -1, column <= columns else { return }
        for r in max(0, row - 1)...min(rows - 1, row + 1) {
            for c in max(0, column - 1)...min(columns - 1, column + 1) {
                let bucket = r * columns + c
                for position in starts[bucket]..<starts[bucket + 1] { body(members[position]) }
            }
        }
    }
}
