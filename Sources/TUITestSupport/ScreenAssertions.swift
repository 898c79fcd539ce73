import Foundation
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
        let count = max(left.count, right.count)
        let differing = (0..<count).filter { index in
            (index < left.count ? left[index] : nil) != (index < right.count ? right[index] : nil)
        }
        // Differing rows with one row of context each side: whole screens are too long to read
        // (and test runners cut long messages).
        var shown = Set<Int>()
        for index in differing { shown.formUnion(max(0, index - 1)...min(count - 1, index + 1)) }
        var previous = -1
        for index in shown.sorted() {
            if index > previous + 1 { report.append("    …") }
            previous = index
            let want = index < right.count ? right[index] : nil
            let got = index < left.count ? left[index] : nil
            let number = String(index).leftPadded(3)
            if want == got {
                report.append("\(number)   \(got ?? "")")
                continue
            }
            report.append("\(number) − \(want ?? "(no row)")")
            report.append("\(number) + \(got ?? "(no row)")")
            if let want, let got, let column = firstDifference(want, got) {
                report.append("      " + String(repeating: " ", count: column) + "^ column \(column)")
            }
        }
        return report.joined(separator: "\n")
    }

    /// The first column where two lines differ, counted in characters.
    static func firstDifference(_ a: String, _ b: String) -> Int? {
        if let index = zip(a, b).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset { return index }
        return a.count == b.count ? nil : min(a.count, b.count)
    }

    /// Writes the actual screen where a person (or a re-recording script) can copy it into the
    /// test: `$TMPDIR/ess-screens/<file>-<line>.txt`. Returns the path, or nil if writing failed.
    public static func saveActual(_ actual: [String], sourceLocation: SourceLocation) -> String? {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-screens")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let url = folder.appendingPathComponent("\(sourceLocation.fileName)-\(sourceLocation.line).txt")
        let text = actual.map(trimmed).joined(separator: "\n") + "\n"
        return (try? text.write(to: url, atomically: true, encoding: .utf8)) == nil ? nil : url.path
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
        let saved = ScreenDiff.saveActual(actual, sourceLocation: sourceLocation).map { "\nactual screen saved to \($0)" }
        Issue.record(Comment(rawValue: report + (saved ?? "")), sourceLocation: sourceLocation)
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
