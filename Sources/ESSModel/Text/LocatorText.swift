/// The normalisation under which a locator matches its document: case, runs of white space (the
/// documents use no-break spaces around « »), apostrophes (’ and ') and quotation marks (« » “ ” ")
/// do not count.
public enum LocatorText {
    private static let apostrophes: Set<Character> = ["’", "‘", "ʼ", "`", "´"]
    private static let quotationMarks: Set<Character> = ["«", "»", "“", "”", "„", "\"", "‹", "›"]

    /// `text` in lower case, with one kind of apostrophe, no quotation marks and single spaces.
    public static func normalised(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text.lowercased() {
            if quotationMarks.contains(character) { continue }
            if character.isWhitespace {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace { result.append(" ") }
            pendingSpace = false
            result.append(apostrophes.contains(character) ? "'" : character)
        }
        return result
    }

    /// The words of a locator, as counted against `Evidence.maximumWords`.
    public static func words(_ text: String) -> [String] {
        normalised(text).split(separator: " ").map(String.init)
    }

    /// The sentences of a paragraph, as written: a sentence ends after `.`, `!`, `?` or `…`
    /// followed by a space (closing quotation marks may come between).
    public static func sentences(_ paragraph: String) -> [String] {
        var sentences: [String] = []
        var current = ""
        var ended = false
        for character in paragraph {
            if ended && character.isWhitespace {
                sentences.append(current)
                current = ""
                ended = false
                continue
            }
            if ended && quotationMarks.contains(character) {
                current.append(character)
                continue
            }
            current.append(character)
            ended = ".!?…".contains(character)
        }
        sentences.append(current)
        return sentences.map(TextNormalization.trimmed).filter { !$0.isEmpty }
    }

    /// Whether a sentence of `paragraph` starts with the words of `opening` (whole words).
    public static func paragraph(_ paragraph: String, hasSentenceStartingWith opening: String) -> Bool {
        sentence(in: paragraph, startingWith: opening) != nil
    }

    /// The first sentence of `paragraph`, as written, that starts with the words of `opening`.
    public static func sentence(in paragraph: String, startingWith opening: String) -> String? {
        let wanted = normalised(opening)
        guard !wanted.isEmpty else { return nil }
        return sentences(paragraph).first { sentence in
            let text = normalised(sentence)
            guard text.hasPrefix(wanted) else { return false }
            let rest = text.dropFirst(wanted.count)
            return rest.first.map { !$0.isLetter && !$0.isNumber } ?? true
        }
    }

    /// The sentence among `sentences` whose opening is closest to `opening`, for hints.
    public static func closestSentence(to opening: String, among sentences: [String]) -> String? {
        let wanted = Array(normalised(opening))
        return sentences.min { a, b in distance(wanted, a) < distance(wanted, b) }
    }

    private static func distance(_ wanted: [Character], _ sentence: String) -> Int {
        Suggestions.editDistance(wanted, Array(normalised(sentence).prefix(wanted.count)))
    }
}
