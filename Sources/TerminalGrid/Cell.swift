/// One terminal column of a ``Grid``.
///
/// A wide grapheme (CJK, most emoji) occupies its own cell plus the next one, which is marked
/// `isContinuation` and never painted: the terminal draws the wide grapheme across both.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var role: StyleRole
    public var isContinuation: Bool
    /// 1 + the index in the grid's ``Grid/links`` of the address this cell links to; 0 for none.
    /// An index rather than the address keeps a cell small and a frame diff cheap.
    public var link: UInt16

    public init(grapheme: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false, link: UInt16 = 0) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
        self.link = link
    }

    /// A space in the `normal` role: what a fresh grid holds.
    public static let blank = Cell()

    /// The second half of a wide grapheme.
    static func continuation(role: StyleRole, link: UInt16 = 0) -> Cell {
        Cell(grapheme: " ", role: role, isContinuation: true, link: link)
    }
}
