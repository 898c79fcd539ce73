import ESSModel

/// The `d`, `c` and `n` overlays: the values of a facet of the imported actors with their counts,
/// narrowed as the user types.
public struct FacetPicker: Hashable, Sendable {
    public internal(set) var facet: ImportedFacet
    /// The territory and the other facets the values are counted within.
    public internal(set) var scope: RecordID?
    public internal(set) var otherFilters = ImportedActorFilter()
    /// The code in force when it opened: selected when the values arrive.
    public internal(set) var chosen: String?
    /// Every value, with its count within the other filters (read once, when the picker opens);
    /// nil until the directory answered.
    public internal(set) var values: [ImportedFacetCount]?
    /// Imported actors within the other filters: what "all" holds.
    public internal(set) var allCount = 0
    /// The NAF section opened into its divisions (Right on its row), and its divisions with their
    /// counts once the directory answered.
    public internal(set) var openSection: String?
    public internal(set) var divisions: [ImportedFacetCount]?
    var field = TextField()
    /// The values matching the query (derived); nil stands for "all", which drops the filter.
    public internal(set) var choices: [ImportedFacetCount?] = []
    var cursor = ListCursor()

    public var query: String { field.text }
    public var selection: Int { cursor.selection }
    public var scroll: Int { cursor.scroll }

    init(facet: ImportedFacet, scope: RecordID?, filter: ImportedActorFilter) {
        self.facet = facet
        self.scope = scope
        self.otherFilters = filter.removing(facet)
        self.chosen = filter.code(facet)
        self.openSection = filter[facet]?.section
    }

    mutating func perform(_ command: Command, page: Int) -> OverlayOutcome {
        switch command {
        case .applyFacet:
            guard choices.indices.contains(cursor.selection) else { return .stay }
            return .applyFacet(facet, choices[cursor.selection]?.choice)
        case .openNafSection:
            openSelectedSection()
        case .closeNafSection:
            closeSection()
        default:
            cursor.move(command, count: choices.count, page: page)
        }
        return .stay
    }

    /// Whether the choice at `index` is a division of the open section (drawn indented).
    public func isDivision(at index: Int) -> Bool {
        guard choices.indices.contains(index), let choice = choices[index] else { return false }
        return divisions?.contains(choice) ?? false
    }

    /// Opens the selected NAF section: its divisions are read through the picker's lane and
    /// shown under it.
    private mutating func openSelectedSection() {
        guard facet == .nafSection, choices.indices.contains(cursor.selection),
              let section = choices[cursor.selection], !isDivision(at: cursor.selection),
              section.choice.code != openSection else { return }
        openSection = section.choice.code
        divisions = nil
        rebuildChoices(keeping: section)
    }

    /// Closes the open section, its row selected.
    private mutating func closeSection() {
        guard let section = openSection else { return }
        openSection = nil
        divisions = nil
        rebuildChoices(keeping: values?.first { $0.choice.code == section })
    }

    /// The open section's divisions, read from the directory.
    mutating func receiveDivisions(_ divisions: [ImportedFacetCount], of section: String) {
        guard section == openSection, self.divisions == nil else { return }
        self.divisions = divisions.map { division in
            var tagged = division
            tagged.choice.section = section
            return tagged
        }
        let selected = choices.indices.contains(cursor.selection) ? choices[cursor.selection] : nil
        rebuildChoices(keeping: selected)
        // Opened again with one of these divisions in force: it is selected, as a value in force is.
        if query.isEmpty, let chosen, selected?.choice.code == section,
           let index = choices.firstIndex(where: { $0?.choice.code == chosen }) {
            cursor.selection = index
        }
    }

    /// The choices again, the selection kept on `selected` when it is still listed.
    private mutating func rebuildChoices(keeping selected: ImportedFacetCount?) {
        choices = withDivisions(values.map { Self.choices($0, matching: field.text) } ?? [])
        if let selected, let index = choices.firstIndex(of: selected) { cursor.selection = index }
    }

    /// The open section's divisions inserted after its row.
    private func withDivisions(_ choices: [ImportedFacetCount?]) -> [ImportedFacetCount?] {
        guard let openSection, let divisions,
              let index = choices.firstIndex(where: { $0?.choice.code == openSection }) else { return choices }
        var result = choices
        result.insert(contentsOf: divisions.map(Optional.some), at: index + 1)
        return result
    }

    /// A new query: its choices, the first selected.
    mutating func edit(_ edit: TextField.Edit) {
        let changed = field.apply(edit)
        // Typed text with nothing printable in it changes nothing; a delete starts over anyway.
        if case .insert = edit, !changed { return }
        choices = withDivisions(values.map { Self.choices($0, matching: field.text) } ?? [])
        cursor = ListCursor()
    }

    /// The values read from the directory: the one in force selected unless the user has started
    /// typing.
    mutating func receive(_ values: [ImportedFacetCount], allCount: Int) {
        self.values = values
        self.allCount = allCount
        choices = withDivisions(Self.choices(values, matching: query))
        // A division in force: its section's row until its divisions arrive.
        cursor.selection = query.isEmpty
            ? choices.firstIndex { $0?.choice.code == chosen } ?? choices.firstIndex { $0?.choice.code == openSection } ?? 0 : 0
    }

    /// With no query, "all" then every value. With one, the values whose code is the query,
    /// then those whose label starts with it, then those containing it.
    static func choices(_ values: [ImportedFacetCount], matching query: String) -> [ImportedFacetCount?] {
        let folded = TextFolding.fold(query)
        let code = query.trimmingCharacters(in: .whitespaces).uppercased()
        guard !folded.isEmpty else { return [nil] + values.map(Optional.some) }
        let ranked = values.enumerated().compactMap { index, value -> (Int, Int, ImportedFacetCount)? in
            let label = TextFolding.fold(value.choice.label)
            if value.choice.code.uppercased() == code { return (0, index, value) }
            if label.hasPrefix(folded) { return (1, index, value) }
            if label.contains(folded) { return (2, index, value) }
            return nil
        }
        return ranked.sorted { ($0.0, $0.1) < ($1.0, $1.1) }.map { Optional.some($0.2) }
    }
}
