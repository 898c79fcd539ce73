/// The symbols the browser draws, in Unicode or in plain ASCII for terminals without UTF-8.
///
/// Box borders come from TerminalGrid's ``BoxGlyphs``; these are the browser's own marks. Each
/// state they show (selection, fold, open period) is also carried by position or text, so a
/// terminal that drops them still tells the user what is going on.
public struct Glyphs: Hashable, Sendable {
    /// Marks the selected link or row, beside the reverse-video role.
    public var cursor: String
    /// Starts every link line of the detail pane.
    public var link: String
    public var unfolded: String
    public var folded: String
    public var bullet: String
    public var breadcrumbSeparator: String
    public var formerRegionArrow: String
    public var bar: Character
    public var barAlt: Character
    /// Ends a bar whose period has no end date.
    public var openEnd: Character
    /// Starts a bar whose period has no start date.
    public var openStart: Character
    public var times: String
    public var ellipsis: String
    /// Between a name and its detail in the record page.
    public var dash: String
    /// Before the name of a marked record (`b`), in lists and in the pane's title.
    public var mark: String = "★"

    public static let unicode = Glyphs(
        cursor: "▶", link: "→", unfolded: "▾", folded: "▸", bullet: "•", breadcrumbSeparator: " › ",
        formerRegionArrow: " → ", bar: "█", barAlt: "▓", openEnd: "▶", openStart: "◀", times: "×",
        ellipsis: "…", dash: "—")

    public static let ascii = Glyphs(
        cursor: ">", link: "->", unfolded: "-", folded: "+", bullet: "*", breadcrumbSeparator: " > ",
        formerRegionArrow: " -> ", bar: "#", barAlt: "=", openEnd: ">", openStart: "<", times: "x",
        ellipsis: "...", dash: "-", mark: "*")

    public static func glyphs(unicode: Bool) -> Glyphs { unicode ? .unicode : .ascii }
}
