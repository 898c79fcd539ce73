import ESSModel

/// The folded form of a name for sorting and prefix search, equal to ``TextFolding/fold(_:)`` but
/// fast on the common case: ASCII and Latin-1 letters are folded byte by byte, anything else goes
/// through the general (Foundation) folding. A million names are folded in an import, so nothing
/// here allocates but the result.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var text = text
        return text.withUTF8 { bytes in
            withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2 + 1) { output in
                var count = 0
                var pendingSpace = false
                var index = 0
                while index < bytes.count {
                    let byte = bytes[index]
                    index += 1
                    var first: UInt8
                    var second: UInt8 = 0
                    if byte < 0x80 {
                        switch byte {
                        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "0")...UInt8(ascii: "9"): first = byte
                        case UInt8(ascii: "A")...UInt8(ascii: "Z"): first = byte + 32
                        default: pendingSpace = true; continue
                        }
                    } else if byte == 0xC3, index < bytes.count, latin1[Int(bytes[index])].0 != 0 {
                        (first, second) = latin1[Int(bytes[index])]
                        index += 1
                    } else {
                        return TextFolding.fold(String(decoding: bytes, as: UTF8.self))
                    }
                    if pendingSpace && count > 0 {
                        output[count] = UInt8(ascii: " ")
                        count += 1
                    }
                    pendingSpace = false
                    output[count] = first
                    count += 1
                    if second != 0 {
                        output[count] = second
                        count += 1
                    }
                }
                return String(decoding: UnsafeBufferPointer(rebasing: output[0..<count]), as: UTF8.self)
            }
        }
    }

    /// For each second byte of U+00C0…U+00FF (after 0xC3), the one or two ASCII letters it folds
    /// to; (0, 0) for those that fold to none (×, ÷).
    private static let latin1: [(UInt8, UInt8)] = {
        var table = [(UInt8, UInt8)](repeating: (0, 0), count: 256)
        let letters: [(String, String)] = [
            ("ÀÁÂÃÄÅàáâãäå", "a"), ("Çç", "c"), ("ÈÉÊËèéêë", "e"), ("ÌÍÎÏìíîï", "i"), ("Ññ", "n"),
            ("ÒÓÔÕÖòóôõö", "o"), ("ÙÚÛÜùúûü", "u"), ("Ýýÿ", "y"), ("Ææ", "ae"), ("Øø", "o"), ("ß", "ss"),
        ]
        for (characters, fold) in letters {
            let folded = Array(fold.utf8)
            for scalar in characters.unicodeScalars {
                let bytes = Array(String(scalar).utf8)
                if bytes.count == 2 && bytes[0] == 0xC3 { table[Int(bytes[1])] = (folded[0], folded.count > 1 ? folded[1] : 0) }
            }
        }
        return table
    }()
}
