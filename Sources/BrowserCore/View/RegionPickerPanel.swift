import ESSModel
import TerminalGrid

/// The region picker: every region with the number of records it holds, former regions with
/// the current region they now belong to.
///
/// ```
/// │› rhone█                                       │
/// │                                               │
/// │▶ Auvergne-Rhône-Alpes                      42 │
/// │  Rhône-Alpes → Auvergne-Rhône-Alpes        42 │
/// ```
enum RegionPickerPanel: Panel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard case .regionPicker(let picker) = state.overlay, area.width >= 4, area.height >= 4 else { return }
        let language = state.language
        OverlayFrame.draw(area, title: UIStrings.regionTitle(language), unicode: state.unicode, into: &grid)
        let regions = picker.choices.compactMap { $0 }.count
        OverlayFrame.drawInput(picker.query, note: UIStrings.regionCount(regions, language), in: area,
                               unicode: state.unicode, into: &grid)
        let rows = BrowserLayout(state).overlayListRows
        if picker.choices.isEmpty {
            OverlayFrame.drawHint(UIStrings.noResults(language) + " — " + UIStrings.regionHint(language), in: rows, into: &grid)
            return
        }
        for line in 0..<rows.height {
            let index = picker.scroll + line
            guard picker.choices.indices.contains(index) else { break }
            renderChoice(picker.choices[index], selected: index == picker.selection, state: state, into: &grid,
                         at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
    }

    /// `▶ Rhône-Alpes → Auvergne-Rhône-Alpes   42`, with a check on the region in force.
    private static func renderChoice(_ choice: RegionChoice?, selected: Bool, state: BrowserState,
                                     into grid: inout Grid, at point: Point, width: Int) {
        let glyphs = Glyphs.glyphs(unicode: state.unicode)
        var spans = [Span(choice?.name ?? UIStrings.allRegions(state.language), selected ? .selection : .overlay)]
        if let current = choice?.currentName {
            spans.append(Span(glyphs.formerRegionArrow + current, selected ? .selection : .muted))
        }
        OverlayFrame.drawChoice(spans, count: choice?.count ?? state.data.regionalRecordCount, selected: selected,
                                active: choice?.filter == state.region, state: state, into: &grid,
                                at: point, width: width)
    }
}

extension Array where Element == Span {
    /// The spans cut so that together they fit in `width` columns, with "…" where cut.
    func fittingWidth(_ width: Int) -> [Span] {
        var result: [Span] = []
        var used = 0
        let total = reduce(0) { $0 + $1.text.displayWidth }
        for span in self {
            let room = width - used
            guard room > 0 else { break }
            if total <= width {
                result.append(span)
            } else {
                let cut = span.text.displayWidth > room || (used + span.text.displayWidth == width && span != last)
                let text = cut ? span.text.truncated(toWidth: room) : span.text
                result.append(Span(text, span.role))
                if cut { break }
            }
            used += span.text.displayWidth
        }
        return result
    }
}
