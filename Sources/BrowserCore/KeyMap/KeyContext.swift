/// Where a key is pressed: it decides which bindings apply.
///
/// A key is looked up in its context, then along the context's fallbacks, as tig's keymaps fall
/// back to `generic`. The browsing panes fall back to `generic` then `global`; text inputs and
/// overlays only to `global`, so a letter typed in the filter is text, never a command.
public enum KeyContext: String, CaseIterable, Hashable, Sendable {
    /// Everywhere, even while typing: Ctrl-C.
    case global
    /// The browsing panes' shared keys.
    case generic
    /// The list pane has focus.
    case list
    /// The list pane of Actors has focus and a directory of imported actors is open: the list's
    /// keys, with a footer that shows the département, legal family and NAF keys.
    case actors
    /// The detail pane has focus.
    case detail
    /// The list filter is being typed.
    case filter
    /// The search overlay is open.
    case search
    /// The region picker is open.
    case region
    /// The département, legal family or NAF section picker is open.
    case facet
    /// The NAF picker is open: the facet picker's keys, and those opening a section into its
    /// divisions, with a footer that shows them.
    case naf
    /// The help overlay is open.
    case help
    /// The page's table of contents is open.
    case toc
    /// The map is shown: the cursor's keys, then the browsing panes'.
    case map

    /// The contexts searched, in order, for a key pressed in this one.
    public var lookupOrder: [KeyContext] {
        switch self {
        case .global: [.global]
        case .generic: [.generic, .global]
        case .list, .detail, .map: [self, .generic, .global]
        case .actors: [.actors, .list, .generic, .global]
        case .naf: [.naf, .facet, .global]
        case .filter, .search, .region, .facet, .help, .toc: [self, .global]
        }
    }

    /// Whether an unbound printable character is typed into a text field.
    public var acceptsText: Bool {
        switch self {
        case .filter, .search, .region, .facet, .naf: true
        default: false
        }
    }
}
