/// A width and height in terminal columns and rows.
///
/// Negative values are clamped to zero so layout arithmetic can never produce an impossible size.
public struct Size: Hashable, Sendable, CustomStringConvertible {
    public var width: Int
    public var height: Int

    public init(width: Int, height: Int) {
        self.width = max(0, width)
        self.height = max(0, height)
    }

    public static let zero = Size(width: 0, height: 0)

    public var isEmpty: Bool { width == 0 || height == 0 }

    public var description: String { "\(width)x\(height)" }
}

/// A column (`x`) and row (`y`), zero-based from the top-left corner.
public struct Point: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int

    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }

    public static let zero = Point(x: 0, y: 0)

    public var description: String { "(\(x),\(y))" }
}

/// A rectangle of cells; the unit of layout.
///
/// Width and height are clamped to be non-negative, so splitting a too-small area yields empty
/// rectangles instead of negative ones, and panels simply draw nothing in them.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int { didSet { width = max(0, width) } }
    public var height: Int { didSet { height = max(0, height) } }

    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle covering a whole grid of `size`, anchored at the origin.
    public init(size: Size) {
        self.init(x: 0, y: 0, width: size.width, height: size.height)
    }

    public var size: Size { Size(width: width, height: height) }
    public var origin: Point { Point(x: x, y: y) }
    public var isEmpty: Bool { width == 0 || height == 0 }

    /// One past the last column.
    public var maxX: Int { x + width }
    /// One past the last row.
    public var maxY: Int { y + height }

    public var description: String { "Rect(x: \(x), y: \(y), \(width)x\(height))" }

    public func contains(_ point: Point) -> Bool {
        point.x >= x && point.x < maxX && point.y >= y && point.y < maxY
    }

    /// The overlap of two rectangles, empty (at `self`'s origin) when they do not meet.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x), top = max(y, other.y)
        let right = min(maxX, other.maxX), bottom = min(maxY, other.maxY)
        guard right > left, bottom > top else { return Rect(x: x, y: y, width: 0, height: 0) }
        return Rect(x: left, y: top, width: right - left, height: bottom - top)
    }
}

// MARK: - Layout

extension Rect {
    /// The rectangle shrunk by `amount` on every side (a box's interior when `amount` is 1).
    public func inset(by amount: Int) -> Rect {
        inset(horizontal: amount, vertical: amount)
    }

    /// The rectangle shrunk by `horizontal` columns left and right, `vertical` rows top and bottom.
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let w = max(0, width - 2 * horizontal), h = max(0, height - 2 * vertical)
        return Rect(x: x + min(horizontal, width / 2), y: y + min(vertical, height / 2), width: w, height: h)
    }

    /// Splits into a left part `leftWidth` columns wide (clamped) and the remaining right part.
    public func split(leftWidth: Int) -> (left: Rect, right: Rect) {
        let left = min(max(0, leftWidth), width)
        return (
            Rect(x: x, y: y, width: left, height: height),
            Rect(x: x + left, y: y, width: width - left, height: height)
        )
    }

    /// Splits into a top part `topHeight` rows tall (clamped) and the remaining bottom part.
    public func splitVertically(topHeight: Int) -> (top: Rect, bottom: Rect) {
        let top = min(max(0, topHeight), height)
        return (
            Rect(x: x, y: y, width: width, height: top),
            Rect(x: x, y: y + top, width: width, height: height - top)
        )
    }

    /// The first `count` rows (clamped): a header band.
    public func rows(top count: Int) -> Rect {
        splitVertically(topHeight: count).top
    }

    /// The last `count` rows (clamped): a footer band.
    public func rows(bottom count: Int) -> Rect {
        splitVertically(topHeight: height - max(0, count)).bottom
    }

    /// Everything below the first `count` rows.
    public func dropping(top count: Int) -> Rect {
        splitVertically(topHeight: count).bottom
    }

    /// Everything above the last `count` rows.
    public func dropping(bottom count: Int) -> Rect {
        splitVertically(topHeight: height - max(0, count)).top
    }

    /// The single last row, empty when the rectangle has no rows.
    public var bottomRow: Rect { rows(bottom: 1) }

    /// The single first row, empty when the rectangle has no rows.
    public var topRow: Rect { rows(top: 1) }

    /// A rectangle of at most `size`, centred in this one (overlays, dialogs).
    public func centered(_ size: Size) -> Rect {
        let w = min(size.width, width), h = min(size.height, height)
        return Rect(x: x + (width - w) / 2, y: y + (height - h) / 2, width: w, height: h)
    }
}
