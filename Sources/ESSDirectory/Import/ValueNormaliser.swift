/// Recovers codes that spreadsheets and pandas exports damage, without guessing: a number written
/// as a float (`84200.0`), leading zeros lost (`7400` for 07400, `62201199` for 062201199), spaces
/// inside (`84 200`, `775 672 272`), lowercase letters (`2a`, `62.01z`), a NAF code without its
/// dot (`6201Z`). A value it cannot read as the code is nil: the field is left empty.
enum ValueNormaliser {
    /// A code as written, as bytes (the import's records) or a string.
    typealias Bytes = UnsafeBufferPointer<UInt8>

    static func postcode(_ value: Bytes) -> String? { digits(value, width: 5, lostZeros: 1) }

    static func siren(_ value: Bytes) -> String? { digits(value, width: 9, lostZeros: 2) }

    static func siret(_ value: Bytes) -> String? { digits(value, width: 14, lostZeros: 2) }

    /// A catégorie juridique: four digits (none starts with 0).
    static func legalCategory(_ value: Bytes) -> String? { digits(value, width: 4, lostZeros: 0) }

    /// A commune code: five digits (one leading zero lost) or Corsica's `2A004`/`2B033`.
    static func communeCode(_ value: Bytes) -> String? {
        bare(value, floatZero: true, uppercase: true) { bare in
            if bare.count == 5, bare[0] == UInt8(ascii: "2"), bare[1] == UInt8(ascii: "A") || bare[1] == UInt8(ascii: "B"),
               bare[2...].allSatisfy(isDigit) {
                return string(bare)
            }
            return padded(bare, width: 5, lostZeros: 1)
        }
    }

    /// A département code: two digits (`1` → `01`), `2A`/`2B`, or three overseas (`971`).
    static func departement(_ value: Bytes) -> String? {
        bare(value, floatZero: true, uppercase: true) { bare in
            if bare.count == 2, bare[0] == UInt8(ascii: "2"), bare[1] == UInt8(ascii: "A") || bare[1] == UInt8(ascii: "B") { return string(bare) }
            guard !bare.isEmpty, bare.count <= 3, bare.allSatisfy(isDigit) else { return nil }
            return bare.count == 1 ? "0" + string(bare) : string(bare)
        }
    }

    /// A tranche d'effectifs: `NN` or two digits (`1.0` → `01`).
    static func headcount(_ value: Bytes) -> String? {
        bare(value, floatZero: false, uppercase: true) { bare in
            if bare.count == 2, bare[0] == UInt8(ascii: "N"), bare[1] == UInt8(ascii: "N") { return "NN" }
            return digits(bare, width: 2, lostZeros: 1)
        }
    }

    /// A NAF rév. 2 code as INSEE writes it, `62.01Z`: from `6201Z`, `62.01z`, `62 01 Z`.
    static func naf(_ value: Bytes) -> String? {
        bare(value, floatZero: false, uppercase: false) { bare in
            var code: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
            var count = 0
            for byte in bare where byte != UInt8(ascii: ".") {
                switch count {
                case 0: code.0 = byte
                case 1: code.1 = byte
                case 2: code.2 = byte
                case 3: code.3 = byte
                case 4: code.4 = byte
                default: return nil
                }
                count += 1
            }
            guard count == 5, isDigit(code.0), isDigit(code.1), isDigit(code.2), isDigit(code.3) else { return nil }
            var letter = code.4
            if letter >= UInt8(ascii: "a") && letter <= UInt8(ascii: "z") { letter -= 32 }
            guard letter >= UInt8(ascii: "A") && letter <= UInt8(ascii: "Z") else { return nil }
            // A tuple, not an array: no allocation for the code of every record.
            return withUnsafeBytes(of: (code.0, code.1, UInt8(ascii: "."), code.2, code.3, letter)) { String(decoding: $0, as: UTF8.self) }
        }
    }

    // MARK: - From strings

    static func postcode(_ value: String) -> String? { bytes(of: value, postcode) }
    static func siren(_ value: String) -> String? { bytes(of: value, siren) }
    static func siret(_ value: String) -> String? { bytes(of: value, siret) }
    static func legalCategory(_ value: String) -> String? { bytes(of: value, legalCategory) }
    static func communeCode(_ value: String) -> String? { bytes(of: value, communeCode) }
    static func departement(_ value: String) -> String? { bytes(of: value, departement) }
    static func headcount(_ value: String) -> String? { bytes(of: value, headcount) }
    static func naf(_ value: String) -> String? { bytes(of: value, naf) }

    private static func bytes(of value: String, _ normalise: (Bytes) -> String?) -> String? {
        var value = value
        return value.withUTF8(normalise)
    }

    // MARK: - Helpers

    /// The value as a fixed-width code of digits: `width` digits, at most `lostZeros` of them
    /// leading zeros a number lost.
    private static func digits(_ value: Bytes, width: Int, lostZeros: Int) -> String? {
        bare(value, floatZero: true, uppercase: false) { padded($0, width: width, lostZeros: lostZeros) }
    }

    /// Bare digits padded with the leading zeros a number lost.
    private static func padded(_ bare: Bytes, width: Int, lostZeros: Int) -> String? {
        let count = bare.count
        guard count <= width, count >= width - lostZeros, count > 0, bare.allSatisfy(isDigit) else { return nil }
        return count == width ? string(bare) : String(repeating: "0", count: width - count) + string(bare)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte >= 0x30 && byte <= 0x39 }

    /// A space, a tab, or the first byte of U+00A0 or U+202F (and of other characters).
    private static func startsSpace(_ byte: UInt8) -> Bool { byte == 0x20 || byte == 0x09 || byte == 0xC2 || byte == 0xE2 }

    private static func string(_ bytes: Bytes) -> String { String(decoding: bytes, as: UTF8.self) }

    /// Calls `body` with the value without spaces (tabs and the non-breaking spaces French
    /// typography puts in numbers), then without a float's zeros (`84200.0` → `84200`,
    /// `9220.00` → `9220`) and uppercased, when asked. ASCII is handled on the bytes; a value
    /// with other characters goes through strings (where spaces and case are Unicode's).
    private static func bare(_ value: Bytes, floatZero: Bool, uppercase: Bool, _ body: (Bytes) -> String?) -> String? {
        // Spaces are removed only when one of these bytes is there (the first byte of U+00A0 or
        // U+202F, say), as the string form always did.
        let spaced = value.contains(where: startsSpace)
        guard value.allSatisfy({ $0 < 0x80 }) else {
            var text = String(decoding: value, as: UTF8.self)
            if spaced {
                text = String(text.unicodeScalars.filter { !$0.properties.isWhitespace && $0 != "\u{202F}" && $0 != "\u{A0}" }.map(Character.init))
            }
            if uppercase { text = text.uppercased() }
            return text.withUTF8 { withoutFloatZero($0, floatZero, body) }
        }
        return withUnsafeTemporaryAllocation(of: UInt8.self, capacity: value.count) { buffer in
            var count = 0
            for var byte in value {
                if spaced && (byte == 0x20 || (byte >= 0x09 && byte <= 0x0D)) { continue }
                if uppercase && byte >= UInt8(ascii: "a") && byte <= UInt8(ascii: "z") { byte -= 32 }
                buffer[count] = byte
                count += 1
            }
            return withoutFloatZero(Bytes(rebasing: buffer[0..<count]), floatZero, body)
        }
    }

    /// `body` of the bytes up to the first dot when all that follows it is zeros (at least one),
    /// and not at the start; else of the bytes unchanged.
    private static func withoutFloatZero(_ value: Bytes, _ enabled: Bool, _ body: (Bytes) -> String?) -> String? {
        guard enabled, let dot = value.firstIndex(of: UInt8(ascii: ".")), dot != 0 else { return body(value) }
        let fraction = value[(dot + 1)...]
        guard !fraction.isEmpty, fraction.allSatisfy({ $0 == UInt8(ascii: "0") }) else { return body(value) }
        return body(Bytes(rebasing: value[..<dot]))
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
