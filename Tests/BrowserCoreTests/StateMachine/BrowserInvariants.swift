import BrowserCore
import ESSModel
import TUITestSupport
import TerminalGrid

/// What must hold after every action, whatever came before: the properties the state-machine
/// test checks. Each returns nil when it holds, else what broke.
enum BrowserInvariants {
    /// Every invariant, first failure first.
    static func check(_ state: BrowserState) -> String? {
        let grid = view(state)
        return gridFitsTheTerminal(grid, size: state.size)
            ?? footerIsPresent(grid, state: state)
            ?? selectionsAreInsideTheirLists(state)
            ?? historyIsConsistent(state)
            ?? (state.current.selectedID == ListRow.unfetched.id ? "the selected imported row was not fetched" : nil)
    }

    /// The grid is the terminal's size, has one cell per column and row, and every row is
    /// exactly as wide as the terminal in display columns (a wide grapheme never hangs over).
    static func gridFitsTheTerminal(_ grid: Grid, size: Size) -> String? {
        guard grid.size == size else { return "grid \(grid.size) for a terminal of \(size)" }
        guard grid.cells.count == size.width * size.height else {
            return "\(grid.cells.count) cells for \(size.width)×\(size.height)"
        }
        // One pass over the cells rather than through `lines`: this runs after every step.
        for y in 0..<size.height {
            var columns = 0
            for x in 0..<size.width {
                let cell = grid[x, y]
                if cell.isContinuation {
                    guard x > 0, displayWidth(of: grid[x - 1, y].grapheme) == 2, !grid[x - 1, y].isContinuation else {
                        return "cell (\(x),\(y)) continues no wide character: \(grid.line(at: y))"
                    }
                    continue
                }
                let width = displayWidth(of: cell.grapheme)
                guard width == 1 || (width == 2 && x + 1 < size.width && grid[x + 1, y].isContinuation) else {
                    return "cell (\(x),\(y)) holds \(width) columns: \(grid.line(at: y))"
                }
                columns += width
            }
            guard columns == size.width else {
                return "row \(y) is \(columns) columns wide, not \(size.width): \(grid.line(at: y))"
            }
        }
        return nil
    }

    /// At 80×24 and above the last row is the footer: footer-styled, with a one-key message or
    /// the key hints of what has the keys (the help key always among them in the panes).
    static func footerIsPresent(_ grid: Grid, state: BrowserState) -> String? {
        guard state.size.width >= 80, state.size.height >= 24 else { return nil }
        let y = state.size.height - 1
        let roles: Set<StyleRole> = [.footer, .footerKey, .warning]
        if let x = (0..<state.size.width).first(where: { !roles.contains(grid[$0, y].role) }) {
            return "footer cell \(x) has role \(grid[x, y].role)"
        }
        let text = grid.line(at: y)
        if let status = state.status {
            guard text.contains(String(status.text.sanitizedForTerminal.prefix(10))) else {
                return "footer \"\(text)\" does not show the message \"\(status.text)\""
            }
        } else if [.list, .actors, .detail].contains(state.keyContext) {
            guard text.contains("? aide") || text.contains("? help") else { return "footer without the help key: \(text)" }
        } else if text.allSatisfy({ $0 == " " }) {
            return "blank footer in \(state.keyContext)"
        }
        return nil
    }

    /// Every list's selection is a row of it (never a heading when the list has records), the
    /// current one is scrolled into view, and the cursors of the page and dialogs are in range.
    static func selectionsAreInsideTheirLists(_ state: BrowserState) -> String? {
        for (section, list) in state.sections {
            if list.rows.isEmpty {
                guard list.selection == 0 else { return "\(section): selection \(list.selection) in an empty list" }
            } else {
                guard list.rows.indices.contains(list.selection) else {
                    return "\(section): selection \(list.selection) outside \(list.rows.count) rows"
                }
                guard !list.rows[list.selection].isHeading || !list.rows.contains(where: { !$0.isHeading }) else {
                    return "\(section): a heading is selected"
                }
            }
        }
        let list = state.current
        if state.fitsMinimumSize, !list.rows.isEmpty {
            let height = BrowserLayout(state).listRows.height
            guard list.scroll <= list.selection, list.selection < list.scroll + height else {
                return "selection \(list.selection) not visible from row \(list.scroll) in \(height) rows"
            }
        }
        if let cursor = list.detailCursor, !state.detail.targets.indices.contains(cursor) {
            return "page cursor \(cursor) outside \(state.detail.targets.count) targets"
        }
        switch state.overlay {
        case .search(let search) where !search.rows.isEmpty:
            guard search.rows.indices.contains(search.selection) else { return "search selection out of range" }
        case .regionPicker(let picker) where !picker.choices.isEmpty:
            guard picker.choices.indices.contains(picker.selection) else { return "region selection out of range" }
        default:
            break
        }
        return nil
    }

    /// Back then forward comes back to the same section, record and imported-actor filters, and so does forward then
    /// back; the trail's ends say so instead of moving.
    static func historyIsConsistent(_ state: BrowserState) -> String? {
        let here = place(state)
        if !state.back.isEmpty {
            var probe = state
            _ = updateReadingAtOnce(&probe, .commandIssued(.goBack))
            guard probe.forward.count == state.forward.count + 1 else { return "back did not add a step forward" }
            _ = updateReadingAtOnce(&probe, .commandIssued(.goForward))
            guard place(probe) == here else { return "back then forward led to \(place(probe)), not \(here)" }
        }
        if !state.forward.isEmpty {
            var probe = state
            _ = updateReadingAtOnce(&probe, .commandIssued(.goForward))
            _ = updateReadingAtOnce(&probe, .commandIssued(.goBack))
            guard place(probe) == here else { return "forward then back led to \(place(probe)), not \(here)" }
        }
        return nil
    }

    private static func place(_ state: BrowserState) -> String {
        let facets = state.section == .actors ? state.current.importFilter.labels.map { "/" + $0 }.joined() : ""
        return "\(state.section)/\(state.current.displayedID?.rawValue ?? "nothing")" + facets
    }
}
