import ESSModel

/// A window drawn over the panes, taking the keys while it is open.
public enum Overlay: Hashable, Sendable {
    case help(HelpOverlay)
    case search(SearchOverlay)
    case regionPicker(RegionPicker)
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
