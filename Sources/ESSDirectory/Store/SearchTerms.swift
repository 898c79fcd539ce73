import ESSModel
import ESSReference

/// How a search query is read, shared by ``DirectoryDatabase/search(_:_:limit:)`` and
/// ``DirectoryDatabase/searchCount(_:_:bound:)`` so that the count counts what the search finds.
///
/// FTS5 is asked only for the words of two letters or more (or the longest word): a one-letter
/// prefix matches most of a million names, so such words are checked on the folded name and
/// acronym instead.
struct SearchTerms {
    let folded: String
    let words: [Substring]
    /// The words the full-text index is asked for.
    let asked: [Substring]
    /// The words checked on each candidate's name instead.
    let checked: [Substring]

    init?(_ text: String) {
        folded = TextFolding.fold(text)
        words = folded.split(separator: " ")
        guard let longest = words.max(by: { $0.count < $1.count }) else { return nil }
        let indexed = words.filter { $0.count >= 2 }
        let asked = indexed.isEmpty ? [longest] : indexed
        self.asked = asked
        checked = words.filter { !asked.contains($0) }
    }

    /// Every asked word as a prefix: the widest reading, which holds every match.
    var allPrefixes: String {
        asked.map { "\"\($0)\"*" }.joined(separator: " AND ")
    }

    /// Candidates read lean (id, folded name, acronym) from an FTS5 match, within the rows of a
    /// filter (`condition`); arguments: the match, the filter's, the limit.
    static func candidateSQL(_ condition: String) -> String {
        """
        SELECT actors.id, actors.sort_name, actors.acronym FROM actors_fts JOIN actors ON actors.id = actors_fts.rowid
        WHERE actors_fts MATCH ?\(condition) LIMIT ?
        """
    }

    /// True when every checked word starts a word of the name or acronym.
    func checkedWordsMatch(sortName: String, acronym: String?) -> Bool {
        guard !checked.isEmpty else { return true }
        let nameWords = sortName.split(separator: " ") + (acronym.map { TextFolding.fold($0).split(separator: " ") } ?? [])
        return checked.allSatisfy { word in nameWords.contains { $0.hasPrefix(word) } }
    }
}

/// How many actors match a search, counted up to a bound.
public struct SearchCount: Hashable, Sendable {
    /// The matches counted: past the bound when there are more than it.
    public var count: Int
    /// False when counting stopped early (too many index matches read) and `count` is a floor.
    public var isExact: Bool

    public init(count: Int, isExact: Bool) {
        self.count = count
        self.isExact = isExact
    }
}
