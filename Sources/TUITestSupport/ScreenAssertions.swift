import Testing

/// Compares screens written as text, with a diff a person can read.
///
/// Expected screens are multi-line string literals, one line per terminal row. Trailing spaces
/// are ignored on both sides (editors strip them, and a blank cell at the end of a row is not
/// worth a failing test); everything else must match, column for column.
public enum ScreenDiff {
    /// Nil when `actual` matches `expected`; otherwise a line-by-line report.
    public static func compare(_ actual: [String], _ expected: String) -> String? {
        compare(actual, expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init))
    }

    public static func compare(_ actual: [String], _ expected: [String]) -> String? {
        let left = actual.map(trimmed), right = expected.map(trimmed)
        guard left != right else { return nil }
        var report = ["screen differs (− expected, + actual, trailing spaces ignored):"]
        for index in 0..<max(left.count, right.count) {
            let want = index < right.count ? right[index] : nil
            let got = index < left.count ? left[index] : nil
            let number = String(index).leftPadded(3)
            if want == got {
                report.append("\(number)   \(got ?? "")")
                continue
            }
            if let want { report.append("\(number) − \(want)") }
            if let got { report.append("\(number) + \(got)") }
            if let want, let got, let column = zip(want, got).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset
                ?? (want.count != got.count ? min(want.count, got.count) : nil) {
                report.append("      " + String(repeating: " ", count: column) + "^ first difference at column \(column)")
            }
        }
        report.append("actual screen, to paste into the test:")
        report.append("\"\"\"")
        report += left
        report.append("\"\"\"")
        return report.joined(separator: "\n")
    }

    static func trimmed(_ line: String) -> String {
        var line = line
        while line.last == " " { line.removeLast() }
        return line
    }
}

/// Records a test issue when the screen differs from the expected text.
public func expectScreen(_ actual: [String], _ expected: String, sourceLocation: SourceLocation = #_sourceLocation) {
    if let report = ScreenDiff.compare(actual, expected) {
        Issue.record(Comment(rawValue: report), sourceLocation: sourceLocation)
    }
}

/// Records a test issue when some rows of the screen differ from the expected text: for a
/// panel, a few rows starting at `firstRow`.
public func expectRows(_ actual: [String], from firstRow: Int, _ expected: String,
                       sourceLocation: SourceLocation = #_sourceLocation) {
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let slice = Array(actual.dropFirst(firstRow).prefix(wanted.count))
    if let report = ScreenDiff.compare(slice, wanted) {
        Issue.record(Comment(rawValue: "rows from \(firstRow): " + report), sourceLocation: sourceLocation)
    }
}

/// Records a test issue when the style mask of some rows differs: one letter per cell, as
/// `Grid.styleMask()` writes them (S selection, L selected link, B focused border…).
public func expectStyleMask(_ mask: [String], from firstRow: Int = 0, _ expected: String,
                            sourceLocation: SourceLocation = #_sourceLocation) {
    let wanted = expected.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
    let slice = Array(mask.dropFirst(firstRow).prefix(wanted.count))
    if let report = ScreenDiff.compare(slice, wanted) {
        Issue.record(Comment(rawValue: "style mask from row \(firstRow): " + report), sourceLocation: sourceLocation)
    }
}

extension String {
    fileprivate func leftPadded(_ width: Int) -> String {
        String(repeating: " ", count: max(0, width - count)) + self
    }
}
