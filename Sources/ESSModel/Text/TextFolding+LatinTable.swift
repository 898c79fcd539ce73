extension TextFolding {
    /// The fold of each scalar from U+0080 to U+017F, as `slowFold` gives it (a test compares
    /// every entry). Written out rather than computed on first use: computing it went through
    /// Foundation's normalisation and ICU, a part of every start that folds a name.
    static let latinTable: [String] = [
        /* U+0080 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+0090 */ "", "", "", "", "", "", "", "", "", "", "", "", "", "", "", "",
        /* U+00A0 */ "", "", "", "", "", "", "", "", "", "", "\u{AA}", "", "", "", "", "",
        /* U+00B0 */ "", "", "\u{B2}", "\u{B3}", "", "\u{B5}", "", "", "", "\u{B9}", "\u{BA}", "", "\u{BC}", "\u{BD}", "\u{BE}", "",
        /* U+00C0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00D0 */ "\u{F0}", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "\u{FE}", "ss",
        /* U+00E0 */ "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",
        /* U+00F0 */ "\u{F0}", "n", "o", "o", "o", "o", "o", "", "o", "u", "u", "u", "u", "y", "\u{FE}", "y",
        /* U+0100 */ "a", "a", "a", "a", "a", "a", "c", "c", "c", "c", "c", "c", "c", "c", "d", "d",
        /* U+0110 */ "d", "d", "e", "e", "e", "e", "e", "e", "e", "e", "e", "e", "g", "g", "g", "g",
        /* U+0120 */ "g", "g", "g", "g", "h", "h", "\u{127}", "\u{127}", "i", "i", "i", "i", "i", "i", "i", "i",
        /* U+0130 */ "i", "i", "\u{133}", "\u{133}", "j", "j", "k", "k", "\u{138}", "l", "l", "l", "l", "l", "l", "\u{140}",
        /* U+0140 */ "\u{140}", "l", "l", "n", "n", "n", "n", "n", "n", "\u{149}", "\u{14B}", "\u{14B}", "o", "o", "o", "o",
        /* U+0150 */ "o", "o", "oe", "oe", "r", "r", "r", "r", "r", "r", "s", "s", "s", "s", "s", "s",
        /* U+0160 */ "s", "s", "t", "t", "t", "t", "\u{167}", "\u{167}", "u", "u", "u", "u", "u", "u", "u", "u",
        /* U+0170 */ "u", "u", "u", "u", "w", "w", "y", "y", "y", "z", "z", "z", "z", "z", "z", "\u{17F}",
    ]
}
