/// Quantile classes of a map's values: each class holds about as many places as the others, and
/// a place with nothing (zero) is a class of its own, drawn lightest.
public struct MapClasses: Hashable, Sendable {
    /// The first and last value of each class, ascending; class `k` (1-based) is `bounds[k - 1]`.
    public let bounds: [ClosedRange<Double>]

    /// At most `count` classes from the places' values; zeros and missing values are left out.
    public init(values: [Double], count: Int = 4) {
        let sorted = values.filter { $0 > 0 }.sorted()
        guard !sorted.isEmpty else {
            bounds = []
            return
        }
        var bounds: [ClosedRange<Double>] = []
        var start = 0
        while start < sorted.count && bounds.count < count {
            // The values left shared among the classes left, so a class swollen by equal values
            // does not leave the next ones empty.
            let left = count - bounds.count
            let end = min(sorted.count, start + (sorted.count - start + left - 1) / left)
            // Equal values stay in one class: the class ends after the last of its upper value.
            var last = end - 1
            while last + 1 < sorted.count && sorted[last + 1] == sorted[last] { last += 1 }
            bounds.append(sorted[start]...sorted[last])
            start = last + 1
        }
        self.bounds = bounds
    }

    /// 0 for nothing, else 1 … the number of classes.
    public func classOf(_ value: Double) -> Int {
        guard value > 0 else { return 0 }
        for (index, range) in bounds.enumerated() where value <= range.upperBound { return index + 1 }
        return bounds.count
    }

    /// The class drawn for class `k` of these: spread over the four glyph densities, so two
    /// classes use the lightest and the darkest rather than the two lightest.
    public func shade(_ k: Int) -> Int {
        guard k > 0, bounds.count > 1 else { return k > 0 ? MapGlyphs.shades : 0 }
        return 1 + (min(k, bounds.count) - 1) * (MapGlyphs.shades - 1) / (bounds.count - 1)
    }
}
