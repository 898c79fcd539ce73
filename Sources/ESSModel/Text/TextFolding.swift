import Foundation

/// Folds text for matching: case, accents, ligatures and punctuation do not matter, so
/// "saint etienne" matches "Saint-Étienne" and "oeuvre" matches "œuvre".
public enum TextFolding {
    /// Lower-case, accent-free, words separated by single spaces.
    public static func fold(_ text: String) -> String {
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

    /// The words of the folded text.
    public static func words(_ text: String) -> [Substring] {
        fold(text).split(separator: " ")
    }

    private static let ligatures: [Unicode.Scalar: String] = [
        "œ": "oe", "æ": "ae", "ß": "ss", "ø": "o", "ł": "l", "đ": "d", "ı": "i",
    ]
}
