import Foundation

/// Folds the characters of a commune name into lowercase ASCII words: accents removed (œ and æ
/// as two letters), anything that is not a letter or a digit a word boundary.
enum CommuneNameFolding {
    /// What a character of a name becomes in its folded form.
    enum Folded {
        /// An ASCII letter or digit, lowercase.
        case letter(UInt8)
        /// A letter with its accent removed, lowercase, as UTF-8 (œ gives two letters).
        case letters([UInt8])
        /// Anything that is not a letter or a digit: it separates words.
        case boundary
    }

    static func fold(_ scalar: Unicode.Scalar) -> Folded {
        let value = scalar.value
        if value < 0x80 {
            switch value {
            case 0x41...0x5A: return .letter(UInt8(value + 32))
            case 0x61...0x7A, 0x30...0x39: return .letter(UInt8(value))
            default: return .boundary
            }
        }
        if value < 0x180 { return latin[Int(value) - 0x80].map(Folded.letters) ?? .boundary }
        guard scalar.properties.isAlphabetic || scalar.properties.numericType != nil else { return .boundary }
        return .letters(Array(String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().utf8))
    }

    /// U+0080…U+017F (Latin-1 and Latin Extended-A, the letters of French names) folded once:
    /// Foundation's folding per letter made decoding the table three times slower.
    private static let latin: [[UInt8]?] = (0x80..<0x180).map { value in
        let scalar = Unicode.Scalar(value)!
        if let special = special[scalar] { return Array(special.utf8) }
        guard scalar.properties.isAlphabetic else { return nil }
        return Array(String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased().utf8)
    }

    private static let special: [Unicode.Scalar: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"]
}
