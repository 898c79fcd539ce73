import ESSModel
import TerminalGrid

/// The chart above the timeline's events: one bar per programme period on a shared year axis.
///
/// ```
/// ┌─ Périodes des programmes ──────────────────────────────┐
/// │                         2009    2012    2015    2018   │
/// │PROGRESS                 ██████████████████████████████▶│
/// │SRESS Pays de la Loire                         ▓▓▓▓▓▓▓  │
/// └────────────────────────────────────────────────────────┘
/// ```
/// An open period runs to the right edge (the data's latest year) and ends with "▶"; one with
/// no start begins at the left edge with "◀". Neighbouring bars alternate glyph and role, so
/// they stay apart without colour. The programme of the selected event has its name reversed.
enum TimelinePanel {
    /// `bars` is how many fit (from the layout); `highlighted` the programme of the selected event.
    static func render(_ chart: TimelineChart, bars shown: Int, highlighted: RecordID?, look: Look, into grid: inout Grid, area: Rect) {
        // Only programmes whose documents give a period have a bar: the title says how many.
        let title = chart.spans.count < chart.programmeCount
            ? UIStrings.periods(look.language) + " · " + UIStrings.datedProgrammes(chart.spans.count, of: chart.programmeCount, look.language)
            : UIStrings.periods(look.language)
        grid.drawPane(area, title: title, focused: false, unicode: look.unicode)
        let inner = area.inset(by: 1)
        guard inner.height > 0, inner.width > 0 else { return }
        guard let years = chart.years else {
            grid.write(UIStrings.noDatedProgramme(look.language), at: inner.origin, width: inner.width, role: .muted)
            return
        }
        let labelWidth = min(32, inner.width / 3)
        let axis = Axis(years: years, x: inner.x + labelWidth + 1, width: inner.width - labelWidth - 1)
        renderAxis(axis, into: &grid, y: inner.y)
        let glyphs = look.glyphs
        for (index, span) in chart.spans.prefix(shown).enumerated() {
            let y = inner.y + 1 + index
            let role: StyleRole = span.id == highlighted ? .selectionInactive : .normal
            grid.write(span.name, at: Point(x: inner.x, y: y), width: labelWidth, role: role)
            renderBar(span, axis: axis, alternate: index % 2 == 1, glyphs: glyphs, into: &grid, y: y)
        }
        if shown < chart.spans.count {
            grid.write(UIStrings.more(chart.spans.count - shown, look.language),
                       at: Point(x: inner.x, y: inner.y + 1 + shown), width: labelWidth, role: .muted)
        }
    }

    // MARK: - Axis and bars

    /// Years mapped to columns: each year gets an equal share of the width.
    struct Axis {
        var years: ClosedRange<Int>
        var x: Int
        var width: Int

        var count: Int { years.count }

        /// First column of `year`, relative to `x`.
        func start(_ year: Int) -> Int { (year - years.lowerBound) * width / count }
        /// One past the last column of `year`, relative to `x`.
        func end(_ year: Int) -> Int { (year - years.lowerBound + 1) * width / count }
    }

    /// Year labels, as many as fit with a space between them.
    private static func renderAxis(_ axis: Axis, into grid: inout Grid, y: Int) {
        guard axis.width > 0 else { return }
        let columnsPerYear = Double(axis.width) / Double(axis.count)
        let step = [1, 2, 5, 10, 20, 50, 100].first { columnsPerYear * Double($0) >= 5 } ?? 100
        var nextFree = 0
        for year in stride(from: axis.years.lowerBound, through: axis.years.upperBound, by: step) {
            let column = axis.start(year)
            guard column >= nextFree, column + 4 <= axis.width else { continue }
            grid.put(String(year), at: Point(x: axis.x + column, y: y), role: .muted)
            nextFree = column + 5
        }
    }

    private static func renderBar(_ span: TimelineChart.Span, axis: Axis, alternate: Bool, glyphs: Glyphs,
                                  into grid: inout Grid, y: Int) {
        guard axis.width > 0 else { return }
        let first = min(max(span.start ?? axis.years.lowerBound, axis.years.lowerBound), axis.years.upperBound)
        let last = min(max(span.end ?? axis.years.upperBound, first), axis.years.upperBound)
        let from = axis.start(first)
        let to = max(from + 1, axis.end(last))
        var cells = Array(repeating: alternate ? glyphs.barAlt : glyphs.bar, count: to - from)
        if span.end == nil { cells[cells.count - 1] = glyphs.openEnd }
        if span.start == nil { cells[0] = glyphs.openStart }
        grid.put(String(cells), at: Point(x: axis.x + from, y: y), role: alternate ? .barAlt : .bar,
                 maxWidth: axis.width - from)
    }
}
