/// A date known to the year, the month or the day, as sources give them ("fin 2009", "28 avril").
public struct PartialDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?

    public init(year: Int, month: Int? = nil, day: Int? = nil) {
        self.year = year
        self.month = month
        self.day = month == nil ? nil : day
    }

    /// Parses `2016`, `2016-04` or `2016-04-28`, checking that the month and day exist.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count),
              parts.allSatisfy({ !$0.isEmpty && $0.allSatisfy(\.isASCII) && $0.allSatisfy(\.isNumber) }),
              parts[0].count == 4, parts.dropFirst().allSatisfy({ $0.count == 2 }),
              let year = Int(parts[0])
        else { return nil }
        let month = parts.count > 1 ? Int(parts[1]) : nil
        let day = parts.count > 2 ? Int(parts[2]) : nil
        if let month, !(1...12).contains(month) { return nil }
        if let month, let day, !(1...PartialDate.daysIn(month: month, year: year)).contains(day) { return nil }
        self.init(year: year, month: month, day: day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// ISO-like text: `2016`, `2016-04`, `2016-04-28`.
    public var description: String {
        var text = String(year)
        if let month { text += "-" + twoDigits(month) }
        if let day { text += "-" + twoDigits(day) }
        return text
    }

    /// Earlier dates first; a year alone sorts before its months, a month before its days.
    public static func < (lhs: PartialDate, rhs: PartialDate) -> Bool {
        (lhs.year, lhs.month ?? 0, lhs.day ?? 0) < (rhs.year, rhs.month ?? 0, rhs.day ?? 0)
    }

    /// The last year-month-day this date may stand for, for comparisons with ends of ranges.
    var latest: (Int, Int, Int) { (year, month ?? 12, day ?? 31) }
}

private func twoDigits(_ value: Int) -> String { value < 10 ? "0\(value)" : "\(value)" }

/// A period or a date range; either end may be open. A single date has the same start and end.
public struct DateRange: Hashable, Sendable, Codable, Attested {
    public var start: PartialDate?
    public var end: PartialDate?
    /// How precise the source is, in its own words ("fin 2009", "courant février 2017").
    public var note: String?
    /// Only a programme's period carries evidence of its own; an event's date shares the event's.
    public var evidence: Evidence?
    public var basis: Basis

    public init(start: PartialDate?, end: PartialDate?, note: String? = nil, evidence: Evidence? = nil,
                basis: Basis = .stated) {
        self.start = start
        self.end = end
        self.note = note
        self.evidence = evidence
        self.basis = basis
    }

    /// A single date.
    public init(_ date: PartialDate, note: String? = nil) {
        self.init(start: date, end: date, note: note)
    }

    public var isSingleDate: Bool { start != nil && start == end }

    /// Whether the range may include some day between the two years (inclusive). Open ends reach
    /// as far as they need; a range with neither end overlaps nothing.
    public func overlaps(from first: Int, to last: Int) -> Bool {
        guard start != nil || end != nil else { return false }
        return (start?.year ?? Int.min) <= last && (end?.year ?? Int.max) >= first
    }

    public func overlaps(year: Int) -> Bool { overlaps(from: year, to: year) }

    /// Whether the end comes before the start.
    public var isReversed: Bool {
        guard let start, let end else { return false }
        return end.latest < (start.year, start.month ?? 1, start.day ?? 1)
    }

    /// The date used to order records on a timeline.
    public var sortKey: PartialDate? { start ?? end }
}
