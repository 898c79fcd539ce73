/// Folded text of every record, computed once so each keystroke of a search only compares strings.
struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var id: RecordID
        var type: RecordType
        /// The display name, folded.
        var name: String
        /// Every name, acronym, alias and (for programmes) axis and objective title, folded.
        var names: String
        /// The summary, folded.
        var summary: String
    }

    private(set) var entries: [Entry] = []
    private var positions: [RecordID: Int] = [:]

    init(records: [any CatalogueRecord]) {
        for record in records {
            positions[record.id] = entries.count
            entries.append(Entry(
                id: record.id,
                type: type(of: record).recordType,
                name: TextFolding.fold(record.displayName),
                names: record.searchableNames.map(TextFolding.fold).joined(separator: " | "),
                summary: TextFolding.fold(record.summary ?? "")))
        }
    }

    func entry(for id: RecordID) -> Entry? { positions[id].map { entries[$0] } }
}

/// One result of a search, with how well it matched.
public struct SearchHit: Hashable, Sendable {
    public var id: RecordID
    public var type: RecordType
    public var score: Int
    /// Whether the words were found in a name (true) or only in the summary.
    public var matchedName: Bool
}

extension Catalogue {
    /// Accent-, case- and punctuation-insensitive search over names, acronyms, aliases and summaries,
    /// best first: the exact name, then names starting with the query, then words starting with
    /// the query's words, then names containing them, then summaries.
    public func search(_ query: String, types: Set<RecordType> = Set(RecordType.allCases), limit: Int? = nil) -> [SearchHit] {
        let folded = TextFolding.fold(query)
        let words = folded.split(separator: " ")
        guard !words.isEmpty else { return [] }
        var hits: [SearchHit] = []
        for entry in searchIndex.entries where types.contains(entry.type) {
            guard let score = Catalogue.score(entry, folded: folded, words: words) else { continue }
            hits.append(SearchHit(id: entry.id, type: entry.type, score: score, matchedName: score >= 200))
        }
        hits.sort { ($1.score, $0.type.order, name(of: $0.id)) < ($0.score, $1.type.order, name(of: $1.id)) }
        return limit.map { Array(hits.prefix($0)) } ?? hits
    }

    static func score(_ entry: SearchIndex.Entry, folded: String, words: [Substring]) -> Int? {
        let nameWords = entry.name.split(separator: " ")
        let lengthBonus = max(0, 50 - entry.name.count / 2)
        if entry.name == folded { return 1000 }
        if entry.name.hasPrefix(folded) { return 800 + lengthBonus }
        if entry.names.split(separator: "|").contains(where: { $0.trimmingCharacters(in: .whitespaces) == folded }) {
            return 750
        }
        if words.allSatisfy({ word in nameWords.contains { $0.hasPrefix(word) } }) { return 600 + lengthBonus }
        if words.allSatisfy({ entry.names.contains($0) }) { return 400 + lengthBonus }
        if words.allSatisfy({ entry.names.contains($0) || entry.summary.contains($0) }) { return 100 + lengthBonus }
        return nil
    }
}

extension RecordType {
    /// Display order of the browser's sections.
    var order: Int { RecordType.allCases.firstIndex(of: self) ?? 0 }
}
