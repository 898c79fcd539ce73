/// One terminal column of a ``Grid``.
///
/// A wide grapheme (CJK, most emoji) occupies its own cell plus the next one, which is marked
/// `isContinuation` and never painted: the terminal draws the wide grapheme across both.
public struct Cell: Hashable, Sendable {
    public var grapheme: Character
    public var role: StyleRole
    public var isContinuation: Bool

    public init(grapheme: Character = " ", role: StyleRole = .normal, isContinuation: Bool = false) {
        self.grapheme = grapheme
        self.role = role
        self.isContinuation = isContinuation
    }

    /// A space in the `normal` role: what a fresh grid holds.
    public static let blank = Cell()

    /// The second half of a wide grapheme.
    static func continuation(role: StyleRole) -> Cell {
        Cell(grapheme: " ", role: role, isContinuation: true)
    }
}
