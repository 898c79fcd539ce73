import ESSModel

/// A window drawn over the panes, taking the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help(HelpOverlay)
    case search(SearchOverlay)
    case regionPicker(RegionPicker)
    case facetPicker(FacetPicker)
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
