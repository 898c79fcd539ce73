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
            } else if let folded = special[scalar] {
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

    private static let special: [Unicode.Scalar: String] = ["œ": "oe", "Œ": "oe", "æ": "ae", "Æ": "ae", "ß": "ss"]
}
