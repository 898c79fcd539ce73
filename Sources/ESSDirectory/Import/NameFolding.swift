import ESSModel

/// The folded form of a name for sorting and prefix search, equal to ``TextFolding/fold(_:)`` but
/// fast on the common case: ASCII and Latin-1 letters are folded byte by byte, anything else goes
/// through the general (Foundation) folding. A million names are folded in an import, straight
/// into the batch's buffer: nothing here allocates.
public enum NameFolding {
    public static func fold(_ text: String) -> String {
        var folded: [UInt8] = []
        fold(text, into: &folded)
        return String(decoding: folded, as: UTF8.self)
    }

    /// Appends the folded form's UTF-8 to `output` (the import's batch buffer: no string made).
    static func fold(_ text: String, into output: inout [UInt8]) {
        var text = text
        text.withUTF8 { fold($0, into: &output) }
    }

    /// Appends the folded form of a name's UTF-8 (valid: a record's scanned bytes) to `output`.
    static func fold(_ bytes: UnsafeBufferPointer<UInt8>, into output: inout [UInt8]) {
        let start = output.count
        // Written into a buffer on the stack, then appended in one copy: appending byte by
        // byte checked the array's uniqueness and capacity at each (a tenth of a mapping
        // thread's time). A byte gives at most two: a letter after a space, or two letters
        // for two bytes.
        let fast = withUnsafeTemporaryAllocation(of: UInt8.self, capacity: bytes.count * 2) { folded in
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
                    return false
                }
                if pendingSpace && count > 0 {
                    folded[count] = UInt8(ascii: " ")
                    count += 1
                }
                pendingSpace = false
                folded[count] = first
                count += 1
                if second != 0 {
                    folded[count] = second
                    count += 1
                }
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: folded[0..<count]))
            return true
        }
        if !fast {
            output.removeSubrange(start...)
            output.appendUTF8(TextFolding.fold(String(decoding: bytes, as: UTF8.self)))
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
