import ESSModel

/// A window drawn over the panes, taking the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help(HelpOverlay)
    case search(SearchOverlay)
    case regionPicker(RegionPicker)
    case facetPicker(FacetPicker)
    case evidence(EvidenceOverlay)
}

/// The `?` overlay: every command with its keys, scrollable.
public struct HelpOverlay: Hashable, Sendable {
    public internal(set) var scroll = 0
}

/// The `s` overlay: a query over every record, results grouped by type.
public struct SearchOverlay: Hashable, Sendable {
    public internal(set) var query = ""
    /// Type headings and hits (derived from the query).
    public internal(set) var rows: [ListRow] = []
    public internal(set) var hitCount = 0
    public internal(set) var selection = 0
    public internal(set) var scroll = 0
}

/// The `r` overlay: regions, narrowed as the user types.
public struct RegionPicker: Hashable, Sendable {
    public internal(set) var query = ""
    /// The choices matching the query (derived); nil stands for "all regions".
    public internal(set) var choices: [RegionChoice?] = []
    public internal(set) var selection = 0
    public internal(set) var scroll = 0
}

/// The `d`, `c` and `n` overlays: the values of a facet of the imported actors with their counts,
/// narrowed as the user types.
public struct FacetPicker: Hashable, Sendable {
    public internal(set) var facet: ImportedFacet
    /// Every value, with its count within the other filters (read once, when the picker opens).
    public internal(set) var values: [ImportedFacetCount] = []
    /// Imported actors within the other filters: what "all" holds.
    public internal(set) var allCount = 0
    public internal(set) var query = ""
    /// The values matching the query (derived); nil stands for "all", which drops the filter.
    public internal(set) var choices: [ImportedFacetCount?] = []
    public internal(set) var selection = 0
    public internal(set) var scroll = 0
}

/// Where the region picker or a facet picker stands in its choices: what moving, clicking and
/// settling change alike in both.
struct PickerPosition {
    var selection: Int
    var scroll: Int
    var count: Int
}

extension Overlay {
    /// The open picker's position; nil for the help and the search. Setting it writes the
    /// selection and scroll back into the picker.
    var pickerPosition: PickerPosition? {
        get {
            switch self {
            case .regionPicker(let picker): PickerPosition(selection: picker.selection, scroll: picker.scroll, count: picker.choices.count)
            case .facetPicker(let picker): PickerPosition(selection: picker.selection, scroll: picker.scroll, count: picker.choices.count)
            case .help, .search, .evidence: nil
            }
        }
        set {
            guard let position = newValue else { return }
            switch self {
            case .regionPicker(var picker):
                (picker.selection, picker.scroll) = (position.selection, position.scroll)
                self = .regionPicker(picker)
            case .facetPicker(var picker):
                (picker.selection, picker.scroll) = (position.selection, position.scroll)
                self = .facetPicker(picker)
            case .help, .search, .evidence: break
            }
        }
    }
}
