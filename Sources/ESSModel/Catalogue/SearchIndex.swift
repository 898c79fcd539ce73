import Foundation

/// Folded text of every record, computed once so each keystroke of a search only compares bytes.
///
/// Folded text is kept as UTF-8 bytes: UTF-8 is self-synchronising, so a byte-wise prefix or
/// substring match is a character-wise one, and a byte scan over a few hundred summaries takes
/// microseconds where `String.contains` took milliseconds.
struct SearchIndex: Sendable {
    struct Entry: Sendable {
        var id: RecordID
        var type: RecordType
        /// The display name, folded.
        var name: [UInt8]
        /// The words of the folded display name.
        var nameWords: [[UInt8]]
        /// Each name, acronym, alias and (for programmes) axis and objective title, folded.
        var names: [[UInt8]]
        /// All of `names`, joined by `|`, to look for a word in any of them at once.
        var allNames: [UInt8]
        /// The summary, folded.
        var summary: [UInt8]
        /// Rank of the display name in alphabetical order: ties between equal scores.
        var nameRank: Int
        /// Character count of the folded name, for the bonus of short names.
        var nameLength: Int
    }

    private(set) var entries: [Entry] = []
    private var positions: [RecordID: Int] = [:]

    init(records: [any CatalogueRecord]) {
        let byName = records.indices.sorted { records[$0].displayName < records[$1].displayName }
        var rank = [Int](repeating: 0, count: records.count)
        for (position, index) in byName.enumerated() { rank[index] = position }
        for (index, record) in records.enumerated() {
            positions[record.id] = entries.count
            let name = TextFolding.fold(record.displayName)
            let names = record.searchableNames.map { Array(TextFolding.fold($0).utf8) }
            entries.append(Entry(
                id: record.id,
                type: type(of: record).recordType,
                name: Array(name.utf8),
                nameWords: name.split(separator: " ").map { Array($0.utf8) },
                names: names,
                allNames: Array(names.joined(separator: Array("|".utf8))),
                summary: Array(TextFolding.fold(record.summary ?? "").utf8),
                nameRank: rank[index],
                nameLength: name.count))
        }
    }

    func entry(for id: RecordID) -> Entry? { positions[id].map { entries[$0] } }

    /// The folded words of a query, as bytes, once per query rather than once per record.
    static func words(_ query: String) -> [[UInt8]] {
        Array(TextFolding.fold(query).utf8).split(separator: UInt8(ascii: " ")).map(Array.init)
    }
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
        let words = SearchIndex.words(query)
        guard !words.isEmpty else { return [] }
        let folded = Array(words.joined(separator: [UInt8(ascii: " ")]))
        var scored: [(hit: SearchHit, rank: Int)] = []
        for entry in searchIndex.entries where types.contains(entry.type) {
            guard let score = Catalogue.score(entry, folded: folded, words: words) else { continue }
            scored.append((SearchHit(id: entry.id, type: entry.type, score: score, matchedName: score >= 200), entry.nameRank))
        }
        scored.sort { ($1.hit.score, $0.hit.type.order, $0.rank) < ($0.hit.score, $1.hit.type.order, $1.rank) }
        let hits = scored.map(\.hit)
        return limit.map { Array(hits.prefix($0)) } ?? hits
    }

    static func score(_ entry: SearchIndex.Entry, folded: [UInt8], words: [[UInt8]]) -> Int? {
        let lengthBonus = max(0, 50 - entry.nameLength / 2)
        if entry.name == folded { return 1000 }
        if entry.name.starts(with: folded) { return 800 + lengthBonus }
        if entry.names.contains(folded) { return 750 }
        if words.allSatisfy({ word in entry.nameWords.contains { $0.starts(with: word) } }) { return 600 + lengthBonus }
        if words.allSatisfy({ Bytes.contains(entry.allNames, $0) }) { return 400 + lengthBonus }
        if words.allSatisfy({ Bytes.contains(entry.allNames, $0) || Bytes.contains(entry.summary, $0) }) {
            return 100 + lengthBonus
        }
        return nil
    }
}

/// Substring search over bytes: a scan for the first byte, then a compare.
enum Bytes {
    static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first else { return true }
        guard needle.count <= haystack.count else { return false }
        return haystack.withUnsafeBufferPointer { hay in
            needle.withUnsafeBufferPointer { pin in
                let last = hay.count - pin.count
                var index = 0
                while index <= last {
                    if hay[index] == first, memcmp(hay.baseAddress! + index, pin.baseAddress!, pin.count) == 0 {
                        return true
                    }
                    index += 1
                }
                return false
            }
        }
    }
}

extension RecordType {
    /// Display order of the browser's sections.
    var order: Int { RecordType.allCases.firstIndex(of: self) ?? 0 }
}
