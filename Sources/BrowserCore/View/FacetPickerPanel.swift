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
enum FacetPickerPanel: Panel {
    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard case .facetPicker(let picker) = state.overlay, area.width >= 4, area.height >= 4 else { return }
        let language = state.language
        OverlayFrame.draw(area, title: picker.facet.pickerTitle(language), unicode: state.unicode, into: &grid)
        OverlayFrame.drawInput(picker.query, note: UIStrings.facetValueCount(picker.choices.compactMap { $0 }.count, language),
                               in: area, unicode: state.unicode, into: &grid)
        let rows = BrowserLayout(state).overlayListRows
        guard let values = picker.values else {
            OverlayFrame.drawHint(UIStrings.reading(language), in: rows, into: &grid)
            return
        }
        if picker.choices.isEmpty {
            OverlayFrame.drawHint(UIStrings.noResults(language), in: rows, into: &grid)
            return
        }
        let chosen = state.sections[.actors]?.importFilter.code(picker.facet)
        for line in 0..<rows.height {
            let index = picker.scroll + line
            guard picker.choices.indices.contains(index) else { break }
            let choice = picker.choices[index]
            let selected = index == picker.selection
            let name = choice?.choice.label ?? picker.facet.allChoice(language)
            OverlayFrame.drawChoice([Span(name, selected ? .selection : .overlay)], count: choice?.count ?? picker.allCount,
                                    selected: selected, active: choice?.choice.code == chosen, state: state,
                                    into: &grid, at: Point(x: rows.x, y: rows.y + line), width: rows.width)
        }
        if values.isEmpty, rows.height > 2 {
            // A file without the column (ESS France's list has no NAF code): say so, not just "0 choices".
            OverlayFrame.drawHint(UIStrings.noFacetValues(language), in: rows.dropping(top: 2), into: &grid)
        }
    }
}
