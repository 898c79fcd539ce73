import ESSModel

/// A window drawn over the panes, taking the keys while it is open. Each kind is its own model
/// with its own update (`perform`, `edit`, `click`, `settle`); the browser routes commands to the
/// open one and acts on the ``OverlayOutcome`` it returns.
public enum Overlay: Hashable, Sendable {
    case help(HelpOverlay)
    case search(SearchOverlay)
    case regionPicker(RegionPicker)
    case facetPicker(FacetPicker)
    case evidence(EvidenceOverlay)
    case tableOfContents(TableOfContents)

    /// The commands an open overlay takes; the others keep their meaning for the browser.
    static let commands: Set<Command> = [.moveDown, .moveUp, .pageDown, .pageUp, .moveFirst, .moveLast, .openResult,
                                         .applyRegion, .applyFacet, .openNafSection, .closeNafSection, .deleteChar, .clearInput, .closeOverlay,
                                         .jumpToHeading]

    /// Carries out `command`; `page` is how far a page move goes.
    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        if command == .closeOverlay { return .close }
        if let edit = TextField.edit(for: command) { return self.edit(edit) }
        switch self {
        case .help(var help):
            help.perform(command, page: page)
            self = .help(help)
            return .stay
        case .evidence(var evidence):
            evidence.perform(command, page: page)
            self = .evidence(evidence)
            return .stay
        case .search(var search):
            let outcome = search.perform(command, page: page)
            self = .search(search)
            return outcome
        case .regionPicker(var picker):
            let outcome = picker.perform(command, page: page)
            self = .regionPicker(picker)
            return outcome
        case .facetPicker(var picker):
            let outcome = picker.perform(command, page: page)
            self = .facetPicker(picker)
            return outcome
        case .tableOfContents(var contents):
            let outcome = contents.perform(command, page: page)
            self = .tableOfContents(contents)
            return outcome
        }
    }

    /// Edits the overlay's query.
    mutating func edit(_ edit: TextField.Edit) -> OverlayOutcome {
        switch self {
        case .help, .evidence, .tableOfContents:
            return .stay
        case .search(var search):
            let changed = search.field.apply(edit)
            self = .search(search)
            return changed ? .queryChanged : .stay
        case .regionPicker(var picker):
            picker.edit(edit)
            self = .regionPicker(picker)
            return .stay
        case .facetPicker(var picker):
            picker.edit(edit)
            self = .facetPicker(picker)
            return .stay
        }
    }

    /// A click on row `row` of the overlay's list (counted from its first row shown): picks it
    /// and acts on it as Enter would.
    mutating func click(row: Int) -> OverlayOutcome {
        switch self {
        case .help, .evidence:
            return .stay
        case .search(var search):
            guard search.select(shownRow: row) else { return .stay }
            self = .search(search)
            return search.perform(.openResult, page: 1)
        case .regionPicker(var picker):
            guard picker.cursor.select(shownRow: row, count: picker.choices.count) else { return .stay }
            self = .regionPicker(picker)
            return picker.perform(.applyRegion, page: 1)
        case .facetPicker(var picker):
            guard picker.cursor.select(shownRow: row, count: picker.choices.count) else { return .stay }
            self = .facetPicker(picker)
            return picker.perform(.applyFacet, page: 1)
        case .tableOfContents(var contents):
            guard contents.cursor.select(shownRow: row, count: contents.headings.count) else { return .stay }
            self = .tableOfContents(contents)
            return contents.perform(.jumpToHeading, page: 1)
        }
    }

    /// Keeps selections and scrolling inside what the overlay shows: `listHeight` rows of a list,
    /// `textHeight` lines of text (help or evidence) out of `textLines`.
    mutating func settle(listHeight: Int, textHeight: Int, textLines: Int) {
        switch self {
        case .help(var help):
            help.scroll = min(max(0, help.scroll), max(0, textLines - max(1, textHeight)))
            self = .help(help)
        case .evidence(var evidence):
            evidence.scroll = min(max(0, evidence.scroll), max(0, textLines - max(1, textHeight)))
            self = .evidence(evidence)
        case .search(var search):
            search.cursor.settle(rows: search.rows, height: max(1, listHeight))
            self = .search(search)
        case .regionPicker(var picker):
            picker.cursor.settle(count: picker.choices.count, height: max(1, listHeight))
            self = .regionPicker(picker)
        case .facetPicker(var picker):
            picker.cursor.settle(count: picker.choices.count, height: max(1, listHeight))
            self = .facetPicker(picker)
        case .tableOfContents(var contents):
            contents.cursor.settle(count: contents.headings.count, height: max(1, textHeight))
            self = .tableOfContents(contents)
        }
    }
}

/// What the browser must do after an overlay handled a command.
enum OverlayOutcome: Hashable, Sendable {
    /// Nothing beyond the overlay's own change.
    case stay
    case close
    /// The search query changed: its results are searched again (they need the catalogue).
    case queryChanged
    /// A search result was chosen.
    case open(RecordID)
    /// A region was chosen; nil for all regions.
    case applyRegion(RegionFilter?)
    /// A facet value was chosen; nil for all, which drops the facet.
    case applyFacet(ImportedFacet, ImportedFacetChoice?)
    /// A heading of the table of contents was chosen: the page scrolls to its line.
    case jumpToLine(Int)
}

/// The `?` overlay: every command with its keys, scrollable.
public struct HelpOverlay: Hashable, Sendable {
    public internal(set) var scroll = 0

    /// Scrolls; settling clamps it to the text.
    mutating func perform(_ command: Command, page: Int) {
        scroll = overlayScroll(scroll, after: command, page: page)
    }
}
