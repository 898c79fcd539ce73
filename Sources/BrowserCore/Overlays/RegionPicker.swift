import ESSModel

/// The `r` overlay: regions, narrowed as the user types.
public struct RegionPicker: Hashable, Sendable {
    /// Every region a user can pick.
    let all: [RegionChoice]
    var field = TextField()
    /// The choices matching the query (derived); nil stands for "all regions".
    public internal(set) var choices: [RegionChoice?] = []
    var cursor = ListCursor()

    public var query: String { field.text }
    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    /// The picker over `all`, the region in force selected.
    init(_ all: [RegionChoice], current: RegionFilter?) {
        self.all = all
        choices = Self.choices(all, matching: "")
        cursor.selection = choices.firstIndex { $0?.filter == current } ?? 0
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        guard command == .applyRegion else {
            cursor.move(command, count: choices.count, page: page)
            return .stay
        }
        guard choices.indices.contains(cursor.selection) else { return .stay }
        return .applyRegion(choices[cursor.selection]?.filter)
    }

    /// A new query: its choices, the first selected.
    mutating func edit(_ edit: TextField.Edit) {
        let changed = field.apply(edit)
        // Typed text with nothing printable in it changes nothing; a delete starts over anyway.
        if case .insert = edit, !changed { return }
        choices = Self.choices(all, matching: field.text)
        cursor = ListCursor()
    }

    /// With no query, "all regions" then every region by name. With one, the regions whose
    /// name, alias or code matches, exact matches first, then those starting with it.
    static func choices(_ all: [RegionChoice], matching query: String) -> [RegionChoice?] {
        let folded = TextFolding.fold(query)
        let code = query.trimmingCharacters(in: .whitespaces)
        guard !folded.isEmpty else { return [nil] + all.map(Optional.some) }
        let ranked = all.enumerated().compactMap { index, choice -> (Int, Int, RegionChoice)? in
            if choice.keys.contains(folded) || choice.keys.contains(code) { return (0, index, choice) }
            if choice.keys.contains(where: { $0.hasPrefix(folded) }) { return (1, index, choice) }
            if choice.keys.contains(where: { $0.contains(folded) }) { return (2, index, choice) }
            return nil
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Optional.some($0.2) }
    }
}
