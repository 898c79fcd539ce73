/// A plain, whole-buffer scan of CSV bytes that only counts fields: the reference the harness
/// holds the streaming reader's records against.
///
/// The reader's rules, written as simply as possible: a field starting with `"` runs to the next
/// lone `"` (`""` is a quote), then any text up to the separator or line end; any other field runs
/// to the separator or line end; LF, CRLF and a lone CR end a record; a record that is one empty
/// field (a blank line) is none.
enum CSVFieldCounter {
    static func fieldCounts(_ bytes: ArraySlice<UInt8>, separator: UInt8) -> [Int] {
        let quote = UInt8(ascii: "\"")
        var counts: [Int] = []
        var index = bytes.startIndex
        func atFieldEnd(_ index: Int) -> Bool {
            index == bytes.endIndex || bytes[index] == separator || bytes[index] == 0x0A || bytes[index] == 0x0D
        }
        while index < bytes.endIndex {
            var fields = 0
            var blank = true
            while true {
                fields += 1
                let fieldStart = index
                if bytes[index...].first == quote {
                    index += 1
                    while index < bytes.endIndex {
                        if bytes[index] == quote {
                            if index + 1 < bytes.endIndex && bytes[index + 1] == quote { index += 2; continue }
                            index += 1
                            break
                        }
                        index += 1
                    }
                    // `""` alone is an empty field, like nothing at all.
                    if index - fieldStart > 2 { blank = false }
                    while !atFieldEnd(index) { index += 1; blank = false }
                } else {
                    while !atFieldEnd(index) { index += 1; blank = false }
                }
                if index == bytes.endIndex { break }
                if bytes[index] == separator { index += 1; continue }
                index += (bytes[index] == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A) ? 2 : 1
                break
            }
            if !(fields == 1 && blank) { counts.append(fields) }
        }
        return counts
    }
}
