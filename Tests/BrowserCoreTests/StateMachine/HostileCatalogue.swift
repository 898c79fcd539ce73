import ESSModel

/// Records whose text tries everything that could break a screen: escape sequences, bidi
/// overrides, wide and combining characters, emoji sequences, a very long name and summary.
///
/// `longText` scales the long name and summary: the property test keeps them at a few thousand
/// characters so that thousands of sequences stay fast; `LongTextTests` uses 100,000.
enum HostileCatalogue {
    static func make(longText: Int = 1_000) -> Catalogue {
        Catalogue(
            programmes: [
                Programme(id: "p-escape", name: "Programme \u{1B}]0;pwned\u{07}\u{1B}[2J titre", kind: .programmeTerritorial,
                          territories: ["france"], summary: "\u{202E}à l'envers\u{202C} puis \u{2066}isolé\u{2069}"),
            ],
            actors: [
                Actor(id: "a-long", name: String(String(repeating: "Très long nom ", count: longText / 14 + 1).prefix(longText)), kind: .autre,
                      summary: String(String(repeating: "mot ", count: longText / 4 + 1).prefix(longText))),
                Actor(id: "a-wide", name: "漢字の協同組合👩‍💻🇫🇷e\u{301}\u{301}", kind: .reseau,
                      links: [Link(target: "p-escape", role: .partenaire)]),
                Actor(id: "a-controls", name: "\u{0}\u{8}\u{D}\u{85}\u{9B}31m rouge", kind: .autre),
            ],
            territories: [Territory(id: "france", name: "France", level: .france)])
    }
}
