/// The colour themes a user can choose (`--theme`, `set theme` in the config file).
///
/// Every theme shows focus, selection and marks by a glyph and an attribute (reverse, bold,
/// underline) as well as by colour, so `mono` loses no information.
public enum ThemeName: String, CaseIterable, Hashable, Sendable {
    /// Colours for a dark background (the default).
    case dark
    /// Colours that stay readable on a light background.
    case light
    /// No colour at all: attributes only, as NO_COLOR asks.
    case mono
}
