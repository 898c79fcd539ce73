import ESSModel

/// The programme periods drawn above the timeline's events, on one year axis.
public struct TimelineChart: Hashable, Sendable {
    /// One programme's period, in whole years.
    public struct Span: Hashable, Sendable {
        public var id: RecordID
        public var name: String
        /// First year; nil when the period has no start (the bar starts at the axis's left edge).
        public var start: Int?
        /// Last year; nil when the period is open (the bar runs to the right edge).
        public var end: Int?
    }

    /// Programmes with a dated period in the region, by start year then name.
    public let spans: [Span]
    /// The axis: from the earliest start to the data's latest year.
    public let years: ClosedRange<Int>?
    /// Programmes in the region, dated or not: the chart's title says how many of them it draws.
    public let programmeCount: Int

    init(catalogue: Catalogue, region: RegionFilter?, latestYear: Int?) {
        let programmes = catalogue.list(RecordQuery(type: .programme, region: region)).compactMap { $0 as? Programme }
        programmeCount = programmes.count
        let spans = programmes.compactMap { programme -> Span? in
            guard let period = programme.period, period.start != nil || period.end != nil else { return nil }
            return Span(id: programme.id, name: programme.name, start: period.start?.year, end: period.end?.year)
        }
        // Each name folded once, not in every comparison.
        self.spans = spans.map { ($0.start ?? $0.end ?? 0, TextFolding.fold($0.name), $0) }
            .sorted { ($0.0, $0.1) < ($1.0, $1.1) }
            .map(\.2)
        let bounds = spans.flatMap { [$0.start, $0.end] }.compactMap { $0 } + (latestYear.map { [$0] } ?? [])
        if let first = bounds.min(), let last = bounds.max(), !spans.isEmpty {
            years = first...last
        } else {
            years = nil
        }
    }
}
