import ESSModel
import TerminalGrid

/// The trail under the header: the records the user came through, then the one shown now.
///
/// `Parcours : PROGRESS › Grand Roanne Agglomération › Loire Active` — cut from the left
/// with "…" when long, so the most recent steps stay readable.
enum BreadcrumbPanel {
    /// An earlier crumb longer than this is cut, so one long name cannot hide the rest of the
    /// trail; the current one has the rest of the line.
    static let crumbWidth = 32

    static func render(_ state: BrowserState, into grid: inout Grid, area: Rect) {
        guard !area.isEmpty else { return }
        grid.fill(area, role: .breadcrumb)
        let glyphs = Glyphs.glyphs(unicode: state.unicode)
        let label = UIStrings.trail(state.language) + UIStrings.separator(state.language)
        let trail = state.back + [state.location]
        let separator = glyphs.breadcrumbSeparator
        let room = area.width - 1 - label.displayWidth
        // The current crumb has the line, less "… › " when earlier steps come before it, so
        // that, cut, it still ends with "…" on screen.
        let older = trail.count > 1 ? glyphs.ellipsis.displayWidth + separator.displayWidth : 0
        let crumbs = trail.indices.map { index in
            crumb(trail[index], after: index > 0 ? trail[index - 1] : nil, state,
                  width: index == trail.count - 1 ? max(1, room - older) : crumbWidth)
        }
        // Keep the most recent crumbs that fit, with "…" standing for the older ones.
        var shown: [String] = []
        var used = 0
        for (index, crumb) in crumbs.enumerated().reversed() {
            let cost = crumb.displayWidth + (shown.isEmpty ? 0 : separator.displayWidth)
            let reserve = index > 0 ? glyphs.ellipsis.displayWidth + separator.displayWidth : 0
            if used + cost + reserve > room && !shown.isEmpty {
                shown.insert(glyphs.ellipsis, at: 0)
                break
            }
            shown.insert(crumb, at: 0)
            used += cost
        }
        var x = area.x + 1
        x += grid.put(label, at: Point(x: x, y: area.y), role: .muted, maxWidth: area.maxX - x)
        for (index, crumb) in shown.enumerated() {
            if index > 0 { x += grid.put(separator, at: Point(x: x, y: area.y), role: .muted, maxWidth: area.maxX - x) }
            let role: StyleRole = index == shown.count - 1 ? .accent : .breadcrumb
            x += grid.put(crumb, at: Point(x: x, y: area.y), role: role, maxWidth: area.maxX - x)
        }
    }

    /// An imported actor's name: from its page on screen or read before, else from the rows
    /// held, else its id.
    private static func importedName(_ id: RecordID, _ state: BrowserState) -> String {
        if state.detail.inputs.record == id, !state.detail.title.isEmpty, state.detail.title != "…" { return state.detail.title }
        if let name = state.directory.names[id] { return name }
        let held = state.sections[.actors]?.rows.imported?.window.first { $0.id == id }
        return held?.name ?? state.catalogue.name(of: id)
    }

    /// A location as a crumb: its record's name, or the section's when there is none.
    /// An imported actor is named by its page's title when on screen, else by its id. A step that
    /// changed the département, legal family or NAF section is named by the values chosen.
    static func crumb(_ location: Location, after previous: Location?, _ state: BrowserState, width: Int = crumbWidth) -> String {
        if location.section == .actors, location.importFilter != (previous?.importFilter ?? ImportedActorFilter()) {
            let labels = location.importFilter.labels
            let name = labels.isEmpty ? UIStrings.noImportFilterCrumb(state.language) : labels.joined(separator: " · ")
            return TerminalText.sanitize(name).truncated(toWidth: width)
        }
        let name = location.record.map { id in
            state.catalogue.contains(id) ? state.catalogue.name(of: id) : importedName(id, state)
        } ?? location.section.title(state.language)
        return TerminalText.sanitize(name).truncated(toWidth: width)
    }
}
