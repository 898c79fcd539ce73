import ESSModel
import TerminalGrid

/// Everything the browser shows and remembers, as one value.
///
/// Only ``update(_:_:)`` changes it, and it keeps what is derived (list rows, the laid-out detail
/// page, scroll offsets) consistent with what it is derived from, so ``view(_:)`` just draws.
/// Two states compare equal when they would draw and behave the same.
public struct BrowserState: Equatable, Sendable {
    /// The catalogue and key map, shared by every copy.
    public let data: BrowserData
    public internal(set) var language: Language
    public internal(set) var size: Size
    /// False on terminals without UTF-8: boxes and marks are drawn in ASCII.
    public internal(set) var unicode: Bool
    public internal(set) var section: Section {
        didSet { if section != oldValue { buildRowsIfNeeded(section) } }
    }
    /// Each section's list, cursor and scroll, kept while the user is elsewhere.
    public internal(set) var sections: [Section: SectionState]
    public internal(set) var focus: Focus = .list
    /// Axes shown without their objectives.
    public internal(set) var foldedAxes: Set<RecordID> = []
    /// True while the user types the current section's filter after `/`.
    public internal(set) var isEditingFilter = false
    /// The region every section is narrowed to.
    public internal(set) var region: RegionFilter?
    public internal(set) var overlay: Overlay?
    /// Where go-back leads, most recent last.
    public internal(set) var back: [Location] = []
    /// Where go-forward leads, most recent last.
    public internal(set) var forward: [Location] = []
    /// A message for the footer, cleared by the next key.
    public internal(set) var status: StatusMessage?
    /// The displayed record laid out for the detail pane (derived).
    public internal(set) var detail: DetailDocument
    /// The programme periods of the timeline chart, for the current region (derived).
    public internal(set) var chart: TimelineChart
    /// What was read from the directory of imported actors, and what is being read.
    public internal(set) var directory = DirectoryState()
    /// The last chain the path overlay showed: `p` on its start again reopens it, so after a
    /// step followed and Backspace the next step is one key away.
    public internal(set) var lastPath: PathOverlay?
    /// The map of section 6: its cursor, what it shows, and what is derived for drawing it.
    public internal(set) var map = MapState()
    /// The marked records, in the order they were marked.
    public internal(set) var marks: [Mark] = []
    /// Whether updates ask the program loop to save the session when it changes (see
    /// ``enableSessionSaving()``); off for tests that compare effects.
    public internal(set) var savesSession = false
    /// Today's date, given by the program loop, for the default export file name.
    public internal(set) var today: String?
    /// The session as last handed to the program loop to save.
    var savedSession: SavedSession?

    /// A browser on `data`, showing the programmes, narrowed to `region` if given.
    public init(data: BrowserData, language: Language, size: Size, unicode: Bool = true, region: RegionFilter? = nil) {
        self.data = data
        self.language = language
        self.size = size
        self.unicode = unicode
        self.section = .programmes
        self.region = region
        self.sections = Dictionary(uniqueKeysWithValues: Section.allCases.map { ($0, SectionState()) })
        self.detail = .empty(DetailDocument.Inputs(record: nil, width: 0, language: language, folded: [], unicode: unicode))
        self.chart = TimelineChart(catalogue: data.catalogue, region: region, latestYear: data.latestYear)
        reloadRows(section)
        settle()
    }

    /// A browser on `catalogue` with the default key map.
    public init(catalogue: Catalogue, language: Language, size: Size, unicode: Bool = true, region: RegionFilter? = nil) {
        self.init(data: BrowserData(catalogue: catalogue), language: language, size: size, unicode: unicode, region: region)
    }

    public var catalogue: Catalogue { data.catalogue }
    public var keyMap: KeyMap { data.keyMap }

    /// The state of the section on screen.
    public var current: SectionState {
        get { sections[section] ?? SectionState() }
        set { sections[section] = newValue }
    }

    /// Where the user is now, as the trail records it.
    public var location: Location {
        Location(section: section, record: current.displayedID, focus: focus,
                 detailScroll: current.detailScroll, detailCursor: current.detailCursor,
                 importScope: section == .actors ? current.importScope : nil,
                 importFilter: section == .actors ? current.importFilter : ImportedActorFilter())
    }

    /// The context keys are looked up in.
    public var keyContext: KeyContext {
        switch overlay {
        case .help, .evidence: return .help
        case .search: return .search
        case .regionPicker: return .region
        case .marks: return .marks
        case .copy: return .copy
        case .export: return .export
        case .facetPicker(let picker): return picker.facet == .nafSection ? .naf : .facet
        case .tableOfContents: return .toc
        case .path: return .path
        case .neighbourhood: return .neighbourhood
        case nil: break
        }
        if isEditingFilter { return .filter }
        if section == .map { return .map }
        guard focus == .list else { return .detail }
        return section == .actors && data.importedActors != nil ? .actors : .list
    }

    /// Whether the terminal is big enough for the full screen.
    public var fitsMinimumSize: Bool {
        size.width >= BrowserLayout.minimumSize.width && size.height >= BrowserLayout.minimumSize.height
    }

    mutating func setStatus(_ text: Localized, warning: Bool = false) {
        status = StatusMessage(text(language), isWarning: warning)
    }
}
