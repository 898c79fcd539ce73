import Foundation

/// Splits a commune name into lowercase ASCII words: accents removed (œ and æ as two letters),
/// anything that is not a letter or a digit a word boundary.
enum CommuneNameFolding {
    static func words(_ name: String) -> [String] {
        var words: [String] = []
        var word = ""
        func flush() {
            if !word.isEmpty { words.append(word); word = "" }
        }
        for scalar in name.unicodeScalars {
            if scalar.isASCII {
                let value = scalar.value
                switch value {
                case 0x41...0x5A: word.unicodeScalars.append(Unicode.Scalar(value + 32)!)
                case 0x61...0x7A, 0x30...0x39: word.unicodeScalars.append(scalar)
                default: flush()
                }
            } else if scalar.value < 0x180, let folded = latin[Int(scalar.value) - 0x80] {
                word += folded
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                let base = String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil)
                word += base.lowercased()
            } else {
                flush()
            }
        }
        flush()
        return words
    }

    /// U+0080…U+017F (Latin-1 and Latin Extended-A, the letters of French names) folded once:
    /// Foundation's folding per letter made decoding the table three times slower.
    private static let latin: [String?] = (0x80..<0x180).map { value in
        let scalar = Unicode.Scalar(value)!
        if let special = special[scalar] { return special }
        guard scalar.properties.isAlphabetic else { return nil }
        return String(scalar).folding(options: [.diacriticInsensitive, .caseInsensitive], locale: nil).lowercased()
    }

    private static let special: [Unicode.Scalar: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"]
}
