import Foundation

/// Folds text for matching: case, accents, ligatures and punctuation do not matter, so
/// "saint etienne" matches "Saint-Étienne" and "oeuvre" matches "œuvre".
public enum TextFolding {
    /// Lower-case, accent-free, words separated by single spaces.
    public static func fold(_ text: String) -> String {
        fastFold(text) ?? slowFold(text)
    }

    /// Folding scalar by scalar with a table for ASCII and the Latin letters French uses; nil as
    /// soon as a scalar is outside the table (a combining mark, another script), for `slowFold`.
    private static func fastFold(_ text: String) -> String? {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            let folded: String
            if scalar.isASCII {
                let byte = UInt8(scalar.value)
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(scalar)
                case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                    if pendingSpace && !result.isEmpty { result.append(" ") }
                    pendingSpace = false
                    result.unicodeScalars.append(Unicode.Scalar(byte + 32))
                default:
                    pendingSpace = true
                }
                continue
            }
            if generalPunctuation.contains(scalar.value) {
                pendingSpace = true
                continue
            }
            guard latinTable.indices.contains(Int(scalar.value) - latinStart) else { return nil }
            folded = latinTable[Int(scalar.value) - latinStart]
            if folded.isEmpty {
                pendingSpace = true
            } else {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(folded)
            }
        }
        return result
    }

    /// General Punctuation (typographic apostrophes and quotes, dashes, spaces, invisible
    /// format characters): all separators, as `slowFold` folds them (a test checks each), so
    /// `l’atelier` stays on the fast path.
    static let generalPunctuation: ClosedRange<UInt32> = 0x2000...0x206F

    /// U+0080 to U+017F (Latin-1 Supplement and Latin Extended-A), each folded as `slowFold`
    /// folds it (TextFolding+LatinTable.swift).
    static let latinStart = 0x80

    /// Folding through Foundation's normalisation and Unicode properties: what the table holds
    /// for Latin letters, and the fold of any other text.
    static func slowFold(_ text: String) -> String {
        var result = ""
        result.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        for scalar in text.decomposedStringWithCanonicalMapping.lowercased().unicodeScalars {
            if scalar.properties.generalCategory == .nonspacingMark { continue }
            if let expansion = ligatures[scalar] {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.append(expansion)
            } else if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                if pendingSpace && !result.isEmpty { result.append(" ") }
                pendingSpace = false
                result.unicodeScalars.append(scalar)
            } else {
                pendingSpace = true
            }
        }
        return result
    }

    private static let ligatures: [Unicode.Scalar: String] = [
        "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
    ]
}
