import ESSModel
import TerminalGrid

/// Long pages: `]` and `[` scroll the page to the next or previous heading, `t` lists them all.
/// They work from the list too, so a page can be skimmed without leaving the list.
extension BrowserState {
    /// Scrolls the page shown so that the next (or previous) heading is its first line.
    mutating func moveToHeading(forward: Bool) {
        let top = current.detailScroll
        let lines = detail.headings.map(\.line)
        // At the end of the page the scroll cannot put a heading at the top; the next one is
        // then whichever comes after the last reached, which is past the screen's first line.
        let maxScroll = max(0, detail.lines.count - detailHeight)
        let target = forward ? lines.first { $0 > top && top < maxScroll } : lines.last { $0 < top }
        guard let target else {
            setStatus(forward ? UIStrings.noNextHeading : UIStrings.noPreviousHeading)
            return
        }
        scrollPage(toLine: target)
    }

    /// Opens the table of contents of the page shown.
    mutating func openTableOfContents() {
        guard !detail.headings.isEmpty else {
            setStatus(UIStrings.noHeadings)
            return
        }
        isEditingFilter = false
        overlay = .tableOfContents(TableOfContents(detail, topLine: current.detailScroll))
    }

    /// The rows of the open overlay's list or text: below an input line, or the whole box for
    /// the help and the table of contents, which have none.
    func overlayRows(_ layout: BrowserLayout) -> Rect {
        switch overlay {
        case .help, .evidence, .tableOfContents: layout.helpRows
        default: layout.overlayListRows
        }
    }

    /// Puts `line` at the top of the page (as near as the page's end allows); the cursor goes to
    /// the first link or axis in view when the page has the focus.
    mutating func scrollPage(toLine line: Int) {
        let maxScroll = max(0, detail.lines.count - detailHeight)
        current.detailScroll = min(max(0, line), maxScroll)
        current.detailCursor = nil
        if focus == .detail { placeDetailCursor() }
    }
}
