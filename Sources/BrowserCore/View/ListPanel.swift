import ESSModel
import TerminalGrid

/// The left pane: the section's records, one per row, with a second column.
///
/// ```
/// ┌─ ▶ Programmes (11) ─────────────┐
/// │▶PROGRESS            Arrondisse… │
/// │ Schéma métropolit…  Rennes Mét… │
/// │/loire█                          │
/// └──────────────────────── 1/11 ───┘
/// ```
/// The selected row has the selection role and a "▶" in the gutter, so it shows without colour.
enum ListPanel {
    /// What the list pane shows of a section: its rows and cursor, its filter, and how it is
    /// titled and focused.
    struct Model {
        var list: SectionState
        var title: String
        var focused: Bool
        var isEditingFilter: Bool
        /// The timeline's second column says where Enter leads.
        var leadsTo: Bool
        /// The hint under "no results": the keys that widen this list, empty when nothing narrows it.
        var emptyHint: String
        /// The ids of the marked records, whose rows start with the mark glyph.
        var marked: Set<String> = []
    }

    /// The list's model for `state`'s section.
    static func model(_ state: BrowserState) -> Model {
        Model(list: state.current, title: title(state), focused: state.focus == .list && state.overlay == nil,
              isEditingFilter: state.isEditingFilter, leadsTo: state.section == .timeline,
              emptyHint: emptyHint(state), marked: Set(state.marks.map(\.id)))
    }

    /// What narrows the list, each with the key that undoes it, as the key map binds it in the list.
    static func emptyHint(_ state: BrowserState) -> String {
        let language = state.language
        func key(_ command: Command) -> String? {
            state.keyMap.keys(for: command, in: .list).first.map { KeyLabel.label($0, language, unicode: state.unicode) }
        }
        var parts: [String] = []
        if !state.current.filter.isEmpty, let key = key(.clearFilter) { parts.append(UIStrings.clearsFilter(key, language)) }
        if state.section == .actors && !state.current.importFilter.isEmpty, let key = key(.clearActorFilters) {
            parts.append(UIStrings.dropsActorFilters(key, language))
        }
        if state.region != nil, let key = key(.clearRegion) { parts.append(UIStrings.dropsRegion(key, language)) }
        return parts.joined(separator: ", ")
    }

    static func render(_ model: Model, look: Look, into grid: inout Grid, box: Rect, rows: Rect, filterLine: Rect) {
        grid.drawPane(box, title: model.title, focused: model.focused || model.isEditingFilter, unicode: look.unicode)
        let list = model.list
        if list.rows.isEmpty {
            renderEmpty(hint: model.emptyHint, look: look, into: &grid, area: rows)
        } else {
            // Widths from the catalogue's rows and the imported ones held, never a million.
            let measured = list.rows.curated + list.rows.visible(from: max(list.scroll, list.rows.curated.count), height: rows.height)
            let leadWidth = measured.reduce(0) { max($0, $1.lead.displayWidth) }
            let nameWidth = measured.reduce(0) { max($0, TerminalText.sanitize($1.text).displayWidth) }
            for line in 0..<rows.height {
                let index = list.scroll + line
                guard list.rows.indices.contains(index) else { break }
                // A page shown over the list (a source, an imported actor opened from the search)
                // is not the selected row: no row is marked then.
                let selected = index == list.selection && list.aside == nil
                let role: StyleRole? = selected ? (model.focused ? .selection : .selectionInactive) : nil
                var row = list.rows[index]
                if let id = row.id, model.marked.contains(id.rawValue) { row.text = look.glyphs.mark + " " + row.text }
                renderRow(row, selected: role, leadWidth: leadWidth, longestName: nameWidth,
                          leadsTo: model.leadsTo, look: look, into: &grid,
                          at: Point(x: rows.x, y: rows.y + line), width: rows.width)
            }
            let position = list.rows.recordPosition(of: list.selection)
            let total = list.rows.recordCount
            if list.rows.count > rows.height { grid.drawBorderNote("\(position)/\(total)", in: box, role: .border) }
        }
        renderFilterLine(list.filter, editing: model.isEditingFilter, into: &grid, area: filterLine)
    }

    /// "Programmes (11)"; the timeline's list holds events, and says so.
    static func title(_ state: BrowserState) -> String {
        let name = state.section == .timeline ? UIStrings.events(state.language) : state.section.title(state.language)
        return "\(name) (\(HeaderContent.count(state)))"
    }

    // MARK: - Rows

    /// Rows narrower than this (a terminal under 112 columns) show the name alone (an imported
    /// actor, its name and place): at 80 columns the list's rows are 34 wide, and a name cut at 21
    /// columns beside a territory cut at 10 told neither.
    static let nameOnlyBelow = 48

    /// One row: gutter mark, the timeline's date in a column `leadWidth` wide, the name, then
    /// the second column when there is room for both. Names get two thirds of the room, or
    /// less when the longest is shorter (`longestName`), leaving the rest to the second column.
    /// With `leadsTo`, the second column is where Enter goes and starts with an arrow.
    static func renderRow(_ row: ListRow, selected: StyleRole?, leadWidth: Int = 0, longestName: Int = .max / 2,
                          leadsTo: Bool = false, look: Look, into grid: inout Grid, at point: Point,
                          width: Int) {
        guard width > 0 else { return }
        let glyphs = look.glyphs
        if row.isHeading {
            // A rule after the heading tells it from a row without relying on bold.
            let used = grid.write(" " + row.text + " ", at: point, width: min(width, row.text.displayWidth + 2), role: .heading)
            let rule = String(repeating: look.unicode ? "─" : "-", count: max(0, width - used - 1))
            grid.put(rule, at: Point(x: point.x + used, y: point.y), role: .border, maxWidth: width - used)
            return
        }
        var x = point.x
        let gutter = selected != nil ? glyphs.cursor : " "
        x += grid.write(gutter, at: point, width: 1, role: selected ?? .normal)
        if leadWidth > 0 {
            x += grid.write(row.lead, at: Point(x: x, y: point.y), width: min(leadWidth + 1, point.x + width - x),
                            role: selected ?? .muted)
        }
        let rest = point.x + width - x
        let detail = row.outsideFilter
            ? "(\(UIStrings.outsideFilter(look.language)))"
            : (leadsTo && !row.detail.isEmpty ? glyphs.link + " " + row.detail : row.detail)
        // Below this the name alone is more use than two cut columns: the territory and period
        // are on the record's page beside the list (see DECISIONS.md, "The list gives its row to
        // the name").
        let twoColumns = leadWidth > 0 ? 40 : nameOnlyBelow
        // What stays whole after the name when there is no second column: "(hors filtre)" on a
        // pinned record, an imported actor's commune and département. The name gives way.
        let kept = row.outsideFilter ? detail : row.place
        if rest < twoColumns, !kept.isEmpty {
            let suffix = " " + TerminalText.sanitize(kept)
            let nameWidth = max(min(rest, 12), rest - suffix.displayWidth)
            x += grid.write(row.text, at: Point(x: x, y: point.y), width: nameWidth, role: selected ?? .normal)
            grid.write(suffix, at: Point(x: x, y: point.y), width: point.x + width - x,
                       role: selected ?? (row.outsideFilter ? .warning : .muted))
            return
        }
        let nameWidth = detail.isEmpty || rest < twoColumns ? rest : max(rest / 2, min(longestName + 1, rest * 2 / 3))
        x += grid.write(row.text, at: Point(x: x, y: point.y), width: nameWidth, role: selected ?? .normal)
        let detailWidth = point.x + width - x
        guard detailWidth > 0 else { return }
        let detailRole: StyleRole = row.outsideFilter ? .warning : .muted
        grid.write(" " + detail, at: Point(x: x, y: point.y), width: detailWidth, role: selected ?? detailRole)
    }

    /// An empty list says why and how to widen it.
    static func renderEmpty(hint: String, look: Look, into grid: inout Grid, area: Rect) {
        guard area.height > 0 else { return }
        grid.write(" " + UIStrings.noResults(look.language), at: area.origin, width: area.width, role: .muted)
        // Every line of the hint one column in, as the first.
        for (offset, line) in hint.wrapped(toWidth: max(1, area.width - 1)).map({ " " + $0 }).enumerated() {
            guard offset + 2 < area.height else { break }
            grid.write(line, at: Point(x: area.x, y: area.y + 2 + offset), width: area.width, role: .muted)
        }
    }

    /// The filter at the bottom of the list: an input with a cursor while typing.
    static func renderFilterLine(_ filter: String, editing: Bool, into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        let text = "/" + TerminalText.sanitize(filter)
        guard editing else {
            grid.write(text, at: area.origin, width: area.width, role: .accent)
            return
        }
        grid.fill(area, role: .input)
        // Show the end of a filter longer than the line, where the typing happens.
        let room = max(0, area.width - 1)
        let shown = text.displayWidth > room ? String(text.reversed()).prefix(fittingWidth: room).text.reversedString : text
        let used = grid.put(shown, at: area.origin, role: .input, maxWidth: room)
        grid.put(" ", at: Point(x: area.x + used, y: area.y), role: .cursor)
    }
}

extension String {
    fileprivate var reversedString: String { String(reversed()) }
}
