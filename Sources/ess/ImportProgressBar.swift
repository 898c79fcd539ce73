import ESSDirectory
import Foundation

/// A one-line progress bar on standard error, only when it is a terminal: percentage of the file,
/// records, records per second and the time left.
final class ProgressBar {
    private let enabled = isatty(STDERR_FILENO) == 1
    private let start = ContinuousClock.now
    private var lastDraw = ContinuousClock.now - .seconds(1)
    private var drawn = false

    func show(_ progress: ImportProgress) {
        guard enabled else { return }
        let now = ContinuousClock.now
        guard now - lastDraw >= .milliseconds(100) else { return }
        lastDraw = now
        let elapsed = max(0.001, Self.seconds(now - start))
        let rate = Double(progress.records) / elapsed
        var line: String
        if progress.totalBytes > 0 && progress.phase == "reading" {
            let fraction = min(1, Double(progress.bytesRead) / Double(progress.totalBytes))
            let width = 24, filled = Int(fraction * Double(width))
            let left = fraction > 0 ? elapsed * (1 - fraction) / fraction : 0
            line = "[" + String(repeating: "#", count: filled) + String(repeating: ".", count: width - filled) + "] "
                + String(format: "%3.0f%%  %@ records  %@/s  ~%.0fs left", fraction * 100,
                         Self.grouped(progress.records), Self.grouped(Int(rate)), left)
        } else {
            line = "\(progress.phase)…  \(Self.grouped(progress.records)) records"
        }
        Console.write("\r\u{1B}[K" + line, to: STDERR_FILENO)
        drawn = true
    }

    func clear() {
        guard enabled && drawn else { return }
        Console.write("\r\u{1B}[K", to: STDERR_FILENO)
    }

    static func seconds(_ duration: Duration) -> Double {
        Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    }

    /// 1234567 → "1 234 567" (narrow spaces read in both languages).
    static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var result = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result.append(" ") }
            result.append(digit)
        }
        return result
    }
}

/// The lines printed after an import: bad records on standard error, the summary on standard output.
struct ImportSummary {
    let report: ImportReport
    let file: String
    let databasePath: String

    func print() {
        for problem in report.problems {
            Console.error("\(file):\(problem.line): error: \(problem.message)")
        }
        if report.badRecords > report.problems.count {
            Console.error("… and \(report.badRecords - report.problems.count) more bad records")
        }
        var line = "imported \(report.imported) actor\(report.imported == 1 ? "" : "s") from \(file) (\(report.added) new, \(report.replaced) replaced)"
        if report.skipped > 0 { line += ", \(report.skipped) unit\(report.skipped == 1 ? "" : "s") not flagged ESS skipped" }
        if report.badRecords > 0 { line += ", \(report.badRecords) bad record\(report.badRecords == 1 ? "" : "s") skipped" }
        line += String(format: " in %.2f s", report.seconds)
        Console.print(Console.safe(line))
        if ProcessEnvironment["ESS_IMPORT_TIMES"] != nil {
            Console.print(report.phases.map { String(format: "%@ %.2f s", $0.name, $0.seconds) }.joined(separator: ", "))
        }
        ColumnReport(report: report).lines.forEach { Console.print(Console.safe($0)) }
        if report.headOffices > 0 { Console.print("head offices placed: \(report.headOffices)") }
        ValueReport(values: report.values, imported: report.imported).lines.forEach { Console.print(Console.safe($0)) }
        if report.unplaced > 0 { Console.print("actors with no place (no département, commune or postcode): \(report.unplaced)") }
        Console.print(Console.safe("directory: \(report.total) actor\(report.total == 1 ? "" : "s") in \(databasePath)"))
    }
}

/// The lines of an import's summary about columns: each column read, with the field it fills
/// when its name is not the field's, and how many were not read.
struct ColumnReport {
    let report: ImportReport

    var lines: [String] {
        guard report.columnCount > 0 else { return [] }
        let read = report.columnsRead.map { use in
            use.isNamedAsField ? use.column : "\(use.column) (\(use.field.rawValue))"
        }
        var lines = ["columns read: " + read.joined(separator: ", ")]
        let unread = report.columnCount - Set(report.columnsRead.map(\.column)).count
        if unread > 0 {
            lines.append("columns not read: \(unread) of \(report.columnCount) (--map COLUMN=FIELD reads one; ess import --help lists the fields)")
        }
        if let generic = report.columnsReadByGeneric, generic > report.columnsRead.count {
            lines.append("hint: --preset generic reads \(generic) of this file's columns")
        }
        return lines
    }
}

/// The lines of an import's summary about values: actors placed at a commune, and per column the
/// values rewritten, left empty or not found, each with its first example.
struct ValueReport {
    let values: ValueTally
    let imported: Int

    var lines: [String] {
        var lines: [String] = []
        if values.communesFound > 0 {
            var line = "placed at a commune: \(values.communesFound) of \(imported)"
            if values.placesGuessed > 0 {
                line += " (\(values.placesGuessed) a best guess from a postcode several communes share)"
            }
            lines.append(line)
        }
        let kinds: [(ValueNote.Kind, String)] = [
            (.normalised, "values normalised"), (.leftEmpty, "values not understood, left empty (records kept)"),
            (.notFound, "communes not found (names kept)"),
        ]
        for (kind, title) in kinds {
            let notes = values.notes.filter { $0.kind == kind }
            guard !notes.isEmpty else { continue }
            lines.append(title + ":")
            let width = notes.map { $0.column.count }.max() ?? 0
            let countWidth = notes.map { String($0.count).count }.max() ?? 0
            for note in notes {
                let count = String(note.count)
                let column = note.column + String(repeating: " ", count: width - note.column.count + countWidth - count.count)
                var example = "'\(note.original)'"
                if let result = note.result { example += " → '\(result)'" }
                if let reason = note.reason { example += ": \(reason)" }
                lines.append("  \(column)  \(count)  e.g. line \(note.line): \(example)")
            }
        }
        return lines
    }
}
