/// Recovers codes that spreadsheets and pandas exports damage, without guessing: a number written
/// as a float (`84200.0`), leading zeros lost (`7400` for 07400, `62201199` for 062201199), spaces
/// inside (`84 200`, `775 672 272`), lowercase letters (`2a`, `62.01z`), a NAF code without its
/// dot (`6201Z`). A value it cannot read as the code is nil: the field is left empty.
enum ValueNormaliser {
    /// The value as a fixed-width code of digits: `width` digits, at most `lostZeros` of them
    /// leading zeros a number lost.
    static func digits(_ value: String, width: Int, lostZeros: Int) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value))
        let count = bare.utf8.count
        guard count <= width, count >= width - lostZeros, count > 0, bare.utf8.allSatisfy(isDigit) else { return nil }
        return count == width ? bare : String(repeating: "0", count: width - count) + bare
    }

    static func postcode(_ value: String) -> String? { digits(value, width: 5, lostZeros: 1) }

    static func siren(_ value: String) -> String? { digits(value, width: 9, lostZeros: 2) }

    static func siret(_ value: String) -> String? { digits(value, width: 14, lostZeros: 2) }

    /// A commune code: five digits (one leading zero lost) or Corsica's `2A004`/`2B033`.
    static func communeCode(_ value: String) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value)).uppercased()
        if bare.utf8.count == 5, bare.hasPrefix("2A") || bare.hasPrefix("2B"), bare.utf8.dropFirst(2).allSatisfy(isDigit) { return bare }
        return digits(bare, width: 5, lostZeros: 1)
    }

    /// A département code: two digits (`1` → `01`), `2A`/`2B`, or three overseas (`971`).
    static func departement(_ value: String) -> String? {
        let bare = withoutFloatZero(withoutSpaces(value)).uppercased()
        if bare == "2A" || bare == "2B" { return bare }
        guard !bare.isEmpty, bare.utf8.count <= 3, bare.utf8.allSatisfy(isDigit) else { return nil }
        return bare.utf8.count == 1 ? "0" + bare : bare
    }

    /// A catégorie juridique: four digits (none starts with 0).
    static func legalCategory(_ value: String) -> String? { digits(value, width: 4, lostZeros: 0) }

    /// A tranche d'effectifs: `NN` or two digits (`1.0` → `01`).
    static func headcount(_ value: String) -> String? {
        let bare = withoutSpaces(value).uppercased()
        return bare == "NN" ? bare : digits(bare, width: 2, lostZeros: 1)
    }

    /// A NAF rév. 2 code as INSEE writes it, `62.01Z`: from `6201Z`, `62.01z`, `62 01 Z`.
    static func naf(_ value: String) -> String? {
        let bytes = Array(withoutSpaces(value).utf8.filter { $0 != UInt8(ascii: ".") })
        guard bytes.count == 5, bytes[0..<4].allSatisfy(isDigit) else { return nil }
        var letter = bytes[4]
        if letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") { letter -= 32 }
        guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") else { return nil }
        return String(decoding: bytes[0..<2] + [UInt8(ascii: ".")] + bytes[2..<4] + [letter], as: UTF8.self)
    }

    // MARK: - Helpers

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// `84200.0` → `84200`, `9220.00` → `9220`; anything else unchanged.
    private static func withoutFloatZero(_ value: String) -> String {
        guard let dot = value.utf8.firstIndex(of: UInt8(ascii: ".")), dot != value.utf8.startIndex else { return value }
        let fraction = value.utf8[value.utf8.index(after: dot)...]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return value }
        return String(value[..<dot])
    }

    /// Without spaces, tabs and the non-breaking spaces French typography puts in numbers.
    private static func withoutSpaces(_ value: String) -> String {
        guard value.utf8.contains(where: { $0 == 0x20 || $0 == 0x09 || $0 == 0xC2 || $0 == 0xE2 }) else { return value }
        return String(value.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }
            .map(Character.init))
    }
}

/// A value an import changed or could not use, for the report.
public struct ValueNote: Equatable, Sendable {
    public enum Kind: String, Sendable {
        /// Rewritten into the code it meant (`84200.0` → `84200`).
        case normalised
        /// Not understood: the field is left empty, the record kept.
        case leftEmpty
        /// A commune name no commune of the record's département has: kept as written, not placed
        /// at a commune.
        case notFound
    }
}
