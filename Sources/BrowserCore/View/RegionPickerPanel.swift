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
enum RegionPickerPanel {
    /// `current` is the region in force; `allCount` what "all regions" holds.
    static func render(_ picker: RegionPicker, current: RegionFilter?, allCount: Int, look: Look, into grid: inout Grid,
                       box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: UIStrings.regionTitle(language), unicode: look.unicode, into: &grid)
        let regions = picker.choices.compactMap { $0 }.count
        OverlayFrame.drawInput(picker.query, note: UIStrings.regionCount(regions, language), in: box,
                               unicode: look.unicode, into: &grid)
        if picker.choices.isEmpty {
            OverlayFrame.drawHint(UIStrings.noResults(language) + " — " + UIStrings.regionHint(language), in: rows, into: &grid)
            return
        }
        for line in 0..<rows.height {
            let index = picker.scroll + line
            guard picker.choices.indices.contains(index) else { break }
            let choice = picker.choices[index]
            let selected = index == picker.selection
            var spans = [Span(choice?.name ?? UIStrings.allRegions(language), selected ? .selection : .overlay)]
            if let currentName = choice?.currentName {
                // `▶ Rhône-Alpes → Auvergne-Rhône-Alpes   42`
                spans.append(Span(look.glyphs.formerRegionArrow + currentName, selected ? .selection : .muted))
            }
            OverlayFrame.drawChoice(spans, count: choice?.count ?? allCount, selected: selected, active: choice?.filter == current,
                                    look: look, into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
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
                result.append(Span(text, span.role, link: span.link))
                if cut { break }
            }
            used += span.text.displayWidth
        }
        return result
    }
}
