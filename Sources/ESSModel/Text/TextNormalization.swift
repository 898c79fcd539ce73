import Foundation

/// NFC and trimming for text read from catalogue files, with fast paths for the common case:
/// Foundation's versions bridge through NSString and cost a third of the catalogue's load.
enum TextNormalization {
    /// `text` without surrounding white space, in Unicode normalisation form C.
    static func trimmedNFC(_ text: String) -> String {
        let trimmed = trimmed(text)
        return isAlreadyNFC(trimmed) ? trimmed : trimmed.precomposedStringWithCanonicalMapping
    }

    static func trimmed(_ text: String) -> String {
        guard let first = text.firstIndex(where: { !$0.isWhitespace }),
              let last = text.lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(text[first...last])
    }

    /// True when no scalar can take part in a canonical composition or has a singleton
    /// decomposition: below U+0300 (ASCII, Latin-1, Latin Extended-A and -B), and the general
    /// punctuation used in French text (’ « » – — …) except U+2000 and U+2001, which decompose.
    static func isAlreadyNFC(_ text: String) -> Bool {
        text.unicodeScalars.allSatisfy { scalar in
            scalar.value < 0x300 || (0x2002...0x206F).contains(scalar.value) || scalar.value == 0x20AC
        }
    }
}
