/// Finding web and e-mail addresses in a page's text, so they can be drawn as hyperlinks and
/// opened with `o`.
///
/// The rule is deliberately narrow: an address starts with `http://`, `https://` or `www.` at the
/// start of a word, or is `name@domain.tld`; it ends at a space, a quote or a bracket, and
/// trailing punctuation (`.`, `,`, `;`, `:`, `!`, `?`, `»`, an unbalanced `)`) is left out, so
/// « voir www.x.org. » links `www.x.org`. A whole field that is a bare host (`x.org`) is an
/// address too: see ``fieldAddress(_:)``.
enum WebAddresses {
    /// One address found in a text: where it is (in characters) and what it opens.
    struct Match: Hashable, Sendable {
        var range: Range<Int>
        var uri: String
    }

    /// Every address in `text`, in order, not overlapping.
    static func find(in text: String) -> [Match] {
        guard mayHoldAddress(text) else { return [] }
        let characters = Array(text)
        var matches: [Match] = []
        var index = 0
        while index < characters.count {
            if let match = webAddress(in: characters, at: index) ?? emailAddress(in: characters, at: index, after: matches.last) {
                matches.append(match)
                index = match.range.upperBound
            } else {
                index += 1
            }
        }
        return matches
    }

    /// The address a field's whole value names: as found in text, or a bare host with a
    /// path (`rencontres-sociales.org`, as the documents write sites), opened with `https://`.
    static func fieldAddress(_ value: String) -> String? {
        let found = find(in: value)
        if found.count == 1, found[0].range == 0..<value.count { return found[0].uri }
        let host = value.split(separator: "/", maxSplits: 1).first.map(String.init) ?? ""
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, host == host.lowercased(), value.allSatisfy(isURLCharacter),
              labels.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } }),
              let tld = labels.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return nil }
        return "https://" + value
    }

    /// False when `text` cannot hold an address: every address has an `@`, or `www.` or
    /// `http` in some case. Checked on the bytes first, since most catalogue text holds none
    /// and the search proper looks at every character (most of a record page's build).
    private static func mayHoldAddress(_ text: String) -> Bool {
        var window: UInt32 = 0
        for byte in text.utf8 {
            if byte == UInt8(ascii: "@") { return true }
            let lower = (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) ? byte | 0x20 : byte
            window = window << 8 | UInt32(lower)
            if window == Self.www || window == Self.http { return true }
        }
        return false
    }

    private static let www = Self.fourBytes("www.")
    private static let http = Self.fourBytes("http")

    private static func fourBytes(_ text: String) -> UInt32 {
        text.utf8.reduce(0) { $0 << 8 | UInt32($1) }
    }

    // MARK: - Web

    private static let webPrefixes: [(text: String, scheme: String)] = [("https://", ""), ("http://", ""), ("www.", "https://")]

    private static func webAddress(in characters: [Character], at start: Int) -> Match? {
        guard start == 0 || !isWordCharacter(characters[start - 1]) else { return nil }
        for prefix in webPrefixes where matches(prefix.text, in: characters, at: start) {
            var end = start
            while end < characters.count && isURLCharacter(characters[end]) { end += 1 }
            end = trimmedEnd(characters, start: start, end: end)
            let text = String(characters[start..<end])
            // Something after the prefix, with a dot in the host: `www.` alone is no address.
            let host = text.dropFirst(prefix.text.count).prefix { $0 != "/" }
            guard host.contains("."), host.last != "." else { return nil }
            return Match(range: start..<end, uri: prefix.scheme + text)
        }
        return nil
    }

    private static func matches(_ prefix: String, in characters: [Character], at start: Int) -> Bool {
        let count = prefix.count
        guard start + count <= characters.count else { return false }
        return String(characters[start..<(start + count)]).lowercased() == prefix
    }

    /// The end of an address without its trailing punctuation; `)` stays when it closes a `(`
    /// of the address (`…/Économie_(France)`).
    private static func trimmedEnd(_ characters: [Character], start: Int, end: Int) -> Int {
        var end = end
        while end > start {
            let last = characters[end - 1]
            if ".,;:!?»'".contains(last) {
                end -= 1
            } else if last == ")" {
                let opened = characters[start..<end].filter { $0 == "(" }.count
                let closed = characters[start..<end].filter { $0 == ")" }.count
                guard closed > opened else { break }
                end -= 1
            } else {
                break
            }
        }
        return end
    }

    // MARK: - E-mail

    private static func emailAddress(in characters: [Character], at: Int, after previous: Match?) -> Match? {
        guard characters[at] == "@" else { return nil }
        let floor = previous?.range.upperBound ?? 0
        var start = at
        while start > floor && isLocalCharacter(characters[start - 1]) { start -= 1 }
        while start < at && characters[start] == "." { start += 1 }
        var end = at + 1
        while end < characters.count && isDomainCharacter(characters[end]) { end += 1 }
        while end > at + 1 && ".-".contains(characters[end - 1]) { end -= 1 }
        guard start < at, end > at + 1 else { return nil }
        let domain = characters[(at + 1)..<end].split(separator: ".", omittingEmptySubsequences: false)
        guard domain.count >= 2, domain.allSatisfy({ !$0.isEmpty }),
              let tld = domain.last, tld.count >= 2, tld.allSatisfy(\.isLetter) else { return nil }
        return Match(range: start..<end, uri: "mailto:" + String(characters[start..<end]))
    }

    // MARK: - Characters

    private static func isWordCharacter(_ c: Character) -> Bool {
        c.isLetter || c.isNumber || c == "/" || c == "." || c == "@" || c == "-" || c == "_"
    }

    /// What an address may hold: printable ASCII but spaces, quotes, angle and square brackets,
    /// braces, `|`, `\`, `^` and backquotes, which end it (Markdown writes `[text](url)`).
    private static func isURLCharacter(_ c: Character) -> Bool {
        guard c.isASCII, let value = c.asciiValue, value > 0x20, value < 0x7F else { return false }
        return !"\"<>[]{}|\\^`".contains(c)
    }

    private static func isLocalCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || "._%+-".contains(c))
    }

    private static func isDomainCharacter(_ c: Character) -> Bool {
        c.isASCII && (c.isLetter || c.isNumber || ".-".contains(c))
    }
}
