/// Finds the known names closest to a misspelt one, for "did you mean …?" hints.
public enum Suggestions {
    /// Up to `limit` candidates within a small edit distance of `word`, closest first.
    public static func closest(to word: String, among candidates: some Sequence<String>, limit: Int = 3) -> [String] {
        let target = Array(TextFolding.fold(word))
        let threshold = max(2, target.count / 3)
        var scored: [(distance: Int, candidate: String)] = []
        for candidate in candidates {
            let folded = Array(TextFolding.fold(candidate))
            if abs(folded.count - target.count) > threshold && !folded.starts(with: target) { continue }
            let distance = folded.starts(with: target) && !target.isEmpty ? 1 : editDistance(target, folded)
            if distance <= threshold { scored.append((distance, candidate)) }
        }
        var seen = Set<String>()
        return scored.sorted { ($0.distance, $0.candidate) < ($1.distance, $1.candidate) }
            .map(\.candidate)
            .filter { seen.insert(TextFolding.fold($0)).inserted }  // "Rhône Alpes" and "Rhône-Alpes" once
            .prefix(limit)
            .map { $0 }
    }

    /// Levenshtein distance over characters.
    static func editDistance(_ a: [Character], _ b: [Character]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
