import ESSModel

/// One row of a list: a record, or a heading that groups the rows after it (a year in the
/// timeline, a record type in search results). Headings are never selected.
public struct ListRow: Hashable, Sendable {
    /// The record; nil for a heading.
    public var id: RecordID?
    /// The name, or the heading's text.
    public var text: String
    /// The second column: kind, territory, period, function, or where Enter leads.
    public var detail: String
    /// A narrow first column (the day and month of a timeline event); empty elsewhere.
    public var lead: String
    /// True for a record shown although the filters exclude it, because a link led to it.
    public var outsideFilter: Bool
    /// An imported actor's commune and département: kept uncut after the name even when the list
    /// is too narrow for the second column, since same-name actors differ only there.
    public var place: String

    public init(id: RecordID?, text: String, detail: String = "", lead: String = "", outsideFilter: Bool = false,
                place: String = "") {
        self.id = id
        self.place = place
        self.text = text
        self.detail = detail
        self.lead = lead
        self.outsideFilter = outsideFilter
    }

    public static func heading(_ text: String) -> ListRow { ListRow(id: nil, text: text) }

    public var isHeading: Bool { id == nil }
}

/// What each section remembers while the user is elsewhere: its list, where the cursor is, and
/// where the detail pane was scrolled.
public struct SectionState: Hashable, Sendable {
    /// The rows shown, after the region and text filters (derived; rebuilt when they change).
    public internal(set) var rows = ListRows()
    /// The selected row and the first row shown.
    var cursor = ListCursor()
    /// Index in `rows` of the selected record; 0 when the list is empty.
    public internal(set) var selection: Int {
        get { cursor.selection }
        set { cursor.selection = newValue }
    }
    /// First row shown; kept so that the selection is visible.
    public internal(set) var scroll: Int {
        get { cursor.scroll }
        set { cursor.scroll = newValue }
    }
    /// The text filter typed after `/`.
    public internal(set) var filter = ""
    /// A record reached by a link although the filters exclude it: listed anyway, marked.
    public internal(set) var pinned: RecordID?
    /// A record of a type with no section (a source), shown in the detail pane over the list's
    /// selection until the user moves in the list.
    public internal(set) var aside: RecordID?
    /// The territory the imported actors are narrowed to by a programme page's link, over the
    /// region filter; nil for the region's (or all of them).
    public internal(set) var importScope: RecordID?
    /// The département, legal family and NAF section the imported actors are narrowed to (Actors
    /// only); while any is chosen, the curated actors, which carry none, are not listed.
    public internal(set) var importFilter = ImportedActorFilter()
    /// First line of the detail pane shown.
    public internal(set) var detailScroll = 0
    /// The link or axis under the detail cursor, as an index into the page's targets.
    public internal(set) var detailCursor: Int?

    /// False until the list is first shown, and again after the region, the language or its
    /// filters changed while it was not on screen: rows are built for the section shown, so
    /// the first frame builds one list of six.
    var rowsBuilt = false
    /// While the rows are not built: the record to select once they are (the one the session
    /// or the rows set aside had).
    var selectionAwaitingRows: RecordID?

    /// The selected record, if the list has one.
    public var selectedID: RecordID? {
        guard rowsBuilt else { return selectionAwaitingRows }
        return rows.indices.contains(selection) ? rows[selection].id : nil
    }

    /// The record the detail pane shows.
    public var displayedID: RecordID? { aside ?? selectedID }
}

/// A place in the trail: back and forward move between these, across sections.
///
/// Besides the section, record and focus, it keeps where the page was scrolled and which link
/// was chosen, so coming back to a long page lands on the link that was followed.
public struct Location: Hashable, Sendable {
    public var section: Section
    public var record: RecordID?
    public var focus: Focus
    public var detailScroll: Int
    public var detailCursor: Int?
    /// In Actors, the territory the imported actors were narrowed to by a programme's link.
    public var importScope: RecordID?
    /// In Actors, the facet values the imported actors were narrowed to.
    public var importFilter: ImportedActorFilter

    public init(section: Section, record: RecordID?, focus: Focus, detailScroll: Int = 0, detailCursor: Int? = nil,
                importScope: RecordID? = nil, importFilter: ImportedActorFilter = ImportedActorFilter()) {
        self.importScope = importScope
        self.importFilter = importFilter
        self.section = section
        self.record = record
        self.focus = focus
        self.detailScroll = detailScroll
        self.detailCursor = detailCursor
    }

    /// The same place, ignoring where its page was scrolled.
    public func isSamePlace(as other: Location) -> Bool {
        section == other.section && record == other.record && focus == other.focus && importScope == other.importScope
            && importFilter == other.importFilter
    }
}

/// A one-line message shown in the footer until the next key.
public struct StatusMessage: Hashable, Sendable {
    public var text: String
    public var isWarning: Bool

    public init(_ text: String, isWarning: Bool = false) {
        self.text = text
        self.isWarning = isWarning
    }
}
