import ESSModel
import TerminalGrid

/// The département, legal family or NAF section picker: each value with the number of imported
/// actors it holds within the list's territory and the other facets.
///
/// ```
/// │› rh█                                          3 choix│
/// │                                                      │
/// │▶✓Rhône (69)                                      412 │
/// │   Rhône-Alpes…                                        │
/// ```
enum FacetPickerPanel {
    /// `chosen` is the code in force for the picker's facet.
    static func render(_ picker: FacetPicker, chosen: String?, look: Look, into grid: inout Grid, box: Rect, rows: Rect) {
        guard box.width >= 4, box.height >= 4 else { return }
        let language = look.language
        OverlayFrame.draw(box, title: picker.facet.pickerTitle(language), unicode: look.unicode, into: &grid)
        OverlayFrame.drawInput(picker.query, note: UIStrings.facetValueCount(picker.choices.compactMap { $0 }.count, language),
                               in: box, unicode: look.unicode, into: &grid)
        guard let values = picker.values else {
            OverlayFrame.drawHint(UIStrings.reading(language), in: rows, into: &grid)
            return
        }
        if picker.choices.isEmpty {
            OverlayFrame.drawHint(UIStrings.noResults(language), in: rows, into: &grid)
            return
        }
        for line in 0..<rows.height {
            let index = picker.scroll + line
            guard picker.choices.indices.contains(index) else { break }
            let choice = picker.choices[index]
            let selected = index == picker.selection
            let label = choice?.choice.label ?? picker.facet.allChoice(language)
            let name = picker.isDivision(at: index) ? "   " + label : label
            OverlayFrame.drawChoice([Span(name, selected ? .selection : .overlay)], count: choice?.count ?? picker.allCount,
                                    selected: selected, active: choice?.choice.code == chosen, look: look,
                                    into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
        if values.isEmpty, rows.height > 2 {
            // A file without the column (ESS France's list has no NAF code): say so, not just "0 choices".
            OverlayFrame.drawHint(UIStrings.noFacetValues(language), in: rows.dropping(top: 2), into: &grid)
        }
    }
}
