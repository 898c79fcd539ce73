import TerminalGrid

/// Where every panel goes for a state: computed the same way by `update` (to keep selections
/// visible and to hit-test the mouse) and by `view` (to draw).
public struct BrowserLayout: Hashable, Sendable {
    /// Below this the browser shows only a "terminal too small" message.
    public static let minimumSize = Size(width: 80, height: 24)

    public let header: Rect
    public let breadcrumb: Rect
    public let footer: Rect
    /// The timeline's chart box; empty in other sections.
    public let chart: Rect
    public let listBox: Rect
    public let detailBox: Rect
    /// The list's rows, inside its box, above the filter line.
    public let listRows: Rect
    /// The filter line at the bottom of the list box; empty when no filter is shown.
    public let filterLine: Rect
    /// The detail page's text, inside its box with a column of margin each side.
    public let detailText: Rect
    /// The open overlay's box; empty when none is open.
    public let overlay: Rect
    /// The section tabs in the header, and the text beside them (see ``HeaderTab/layout(_:width:)``).
    public let tabs: [HeaderTab]
    public let headerSpans: [Span]
    /// How many programme bars the timeline's chart shows.
    public let chartBars: Int

    public init(_ state: BrowserState) {
        let screen = Rect(size: state.size)
        header = screen.rows(top: 1)
        breadcrumb = screen.dropping(top: 1).rows(top: 1)
        footer = screen.bottomRow
        var body = screen.dropping(top: 2).dropping(bottom: 1)
        if state.section == .timeline {
            let split = body.splitVertically(topHeight: BrowserLayout.chartHeight(bars: state.chart.spans.count, body: body.height))
            chart = split.top
            body = split.bottom
        } else {
            chart = Rect(x: 0, y: body.y, width: 0, height: 0)
        }
        let columns = body.split(leftWidth: BrowserLayout.listWidth(screen.width))
        listBox = columns.left
        detailBox = columns.right
        let listInterior = listBox.inset(by: 1)
        let showsFilter = state.isEditingFilter || !state.current.filter.isEmpty
        listRows = showsFilter ? listInterior.dropping(bottom: 1) : listInterior
        filterLine = showsFilter ? listInterior.bottomRow : Rect(x: listInterior.x, y: listInterior.maxY, width: 0, height: 0)
        detailText = detailBox.inset(by: 1).inset(horizontal: 1, vertical: 0)
        overlay = BrowserLayout.overlayBox(state.overlay, screen: screen)
        (tabs, headerSpans) = HeaderTab.layout(state, width: header.width)
        chartBars = BrowserLayout.visibleBars(count: state.chart.spans.count, rows: chart.height - 3)
    }

    /// How many bars fit in `rows`: all, or one row fewer to say how many are left out.
    static func visibleBars(count: Int, rows: Int) -> Int {
        guard rows > 0 else { return 0 }
        return count <= rows ? count : rows - 1
    }

    /// The list takes a bit under half the width: enough for names and a second column, while
    /// the detail pane keeps a comfortable reading width.
    static func listWidth(_ width: Int) -> Int {
        min(70, max(34, width * 45 / 100))
    }

    /// Axis row, one row per bar, borders; at most two fifths of the body, so the events below
    /// keep most of the room.
    static func chartHeight(bars: Int, body: Int) -> Int {
        let wanted = max(1, bars) + 3
        return min(wanted, max(5, body * 2 / 5))
    }

    /// Overlays cover the panes between the trail and the footer. On a narrow screen they take
    /// the whole width, so no stray bits of the panes show beside them.
    static func overlayBox(_ overlay: Overlay?, screen: Rect) -> Rect {
        let area = screen.dropping(top: 2).dropping(bottom: 1)
        let preferred: Int
        switch overlay {
        case nil: return Rect(x: 0, y: 0, width: 0, height: 0)
        case .help, .evidence: preferred = 96
        case .search: preferred = 100
        case .regionPicker, .facetPicker, .tableOfContents, .marks, .copy, .export: preferred = 72
        case .path, .neighbourhood: preferred = 100
        }
        let width = area.width - preferred < 16 ? area.width : preferred
        return area.centered(Size(width: width, height: area.height))
    }

    /// Rows of the search or region overlay's list: below the input line and a blank line.
    public var overlayListRows: Rect {
        overlay.inset(by: 1).dropping(top: 2)
    }

    /// Rows of the help overlay's text.
    public var helpRows: Rect {
        overlay.inset(by: 1)
    }
}
