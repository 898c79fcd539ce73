import Foundation

/// Timings of one measured operation, in milliseconds, and the figures docs/performance.md quotes.
struct Measurement {
    let name: String
    private(set) var samples: [Double] = []

    init(_ name: String) { self.name = name }

    /// Runs `body` once and records how long it took.
    mutating func time<T>(_ body: () throws -> T) rethrows -> T {
        let clock = ContinuousClock()
        var result: T?
        let elapsed = try clock.measure { result = try body() }
        samples.append(Double(elapsed.components.attoseconds) / 1e15 + Double(elapsed.components.seconds) * 1e3)
        return result!
    }

    mutating func record(milliseconds: Double) { samples.append(milliseconds) }

    func percentile(_ fraction: Double) -> Double {
        guard !samples.isEmpty else { return .nan }
        let sorted = samples.sorted()
        let index = min(sorted.count - 1, max(0, Int((Double(sorted.count) * fraction).rounded(.up)) - 1))
        return sorted[index]
    }

    var median: Double { percentile(0.5) }
    var p95: Double { percentile(0.95) }
    var maximum: Double { samples.max() ?? .nan }

    /// One row of the report: name, sample count, median, p95 and maximum.
    var row: [String] {
        [name, "\(samples.count)", Self.format(median), Self.format(p95), Self.format(maximum)]
    }

    static func format(_ milliseconds: Double) -> String {
        milliseconds >= 100 ? String(format: "%.0f", milliseconds) : String(format: "%.2f", milliseconds)
    }
}

/// Prints measurements as an aligned Markdown table, ready to paste into docs/performance.md.
func printTable(_ title: String, _ measurements: [Measurement], note: String? = nil) {
    let header = ["operation", "runs", "median ms", "p95 ms", "max ms"]
    let rows = [header] + measurements.map(\.row)
    let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
    func line(_ cells: [String]) -> String {
        "| " + cells.enumerated().map { index, cell in
            index == 0 ? cell.padding(toLength: widths[index], withPad: " ", startingAt: 0)
                : String(repeating: " ", count: widths[index] - cell.count) + cell
        }.joined(separator: " | ") + " |"
    }
    print("\n### \(title)\n")
    if let note { print(note + "\n") }
    print(line(header))
    print("|" + widths.enumerated().map { index, width in
        index == 0 ? String(repeating: "-", count: width + 2) : String(repeating: "-", count: width + 1) + ":"
    }.joined(separator: "|") + "|")
    rows.dropFirst().forEach { print(line($0)) }
}
