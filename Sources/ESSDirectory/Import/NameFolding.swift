import ESSModel

/// The folded form of a name for sorting and prefix search, equal to ``TextFolding/fold(_:)`` but
/// fast on the common case: ASCII and Latin-1 letters are folded byte by byte, anything else goes
/// through the general (Foundation) folding. A million names are folded in an import.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var output: [UInt8] = []
        output.reserveCapacity(text.utf8.count)
        var pendingSpace = false
        var iterator = text.utf8.makeIterator()
        while let byte = iterator.next() {
            var folded: [UInt8]
            if byte < 0x80 {
                switch byte {
                case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): folded = [byte]
                case UInt8(ascii: "A")...UInt8(ascii: "Z"): folded = [byte + 32]
                default: pendingSpace = true; continue
                }
            } else if byte == 0xC3, let next = iterator.next(), let latin = latin1[next] {
                folded = latin
            } else {
                return TextFolding.fold(text)
            }
            if pendingSpace && !output.isEmpty { output.append(UInt8(ascii: " ")) }
            pendingSpace = false
            output.append(contentsOf: folded)
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// Second bytes of U+00C0…U+00FF (after 0xC3) that fold to ASCII letters.
    private static let latin1: [UInt8: [UInt8]] = {
        var table: [UInt8: [UInt8]] = [:]
        let letters: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
            ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"), ("Ææ", "ae"), ("Øø", "o"), ("ß", "ss"),
        ]
        for (characters, fold) in letters {
            for scalar in characters.unicodeScalars {
                let bytes = Array(String(scalar).utf8)
                if bytes.count == 2 && bytes[0] == 0xC3 { table[bytes[1]] = Array(fold.utf8) }
            }
        }
        return table
    }()
}
