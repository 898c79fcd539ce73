/// A plain, whole-buffer scan of CSV bytes: the reference the harness holds the streaming
/// reader's records against, field by field and byte by byte.
///
/// The reader's rules, written as simply as possible: a field starting with `"` runs to the next
/// lone `"` (`""` is a quote), then any text up to the separator or line end is kept; any other
/// field runs to the separator or line end; LF, CRLF and a lone CR end a record; a record that is
/// one empty field (a blank line) is none.
enum CSVReferenceScan {
    /// The records of `bytes`, each a list of fields as bytes.
    static func records(_ bytes: ArraySlice<UInt8>, separator: UInt8) -> [[[UInt8]]] {
        let quote = UInt8(ascii: "\"")
        var records: [[[UInt8]]] = []
        var index = bytes.startIndex
        func atFieldEnd(_ index: Int) -> Bool {
            index == bytes.endIndex || bytes[index] == separator || bytes[index] == 0x0A || bytes[index] == 0x0D
        }
        while index < bytes.endIndex {
            var fields: [[UInt8]] = []
            while true {
                var field: [UInt8] = []
                if bytes[index...].first == quote {
                    index += 1
                    while index < bytes.endIndex {
                        if bytes[index] == quote {
                            index += 1
                            guard index < bytes.endIndex && bytes[index] == quote else { break }
                        }
                        field.append(bytes[index])
                        index += 1
                    }
                }
                while !atFieldEnd(index) { field.append(bytes[index]); index += 1 }
                fields.append(field)
                if index == bytes.endIndex { break }
                if bytes[index] == separator { index += 1; continue }
                index += (bytes[index] == 0x0D && index + 1 < bytes.endIndex && bytes[index + 1] == 0x0A) ? 2 : 1
                break
            }
            if !(fields.count == 1 && fields[0].isEmpty) { records.append(fields) }
        }
        return records
    }
}
