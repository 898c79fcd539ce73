import Foundation

/// An entry of a list sorted by bytes kept in an arena (the name order's folded names, the key
/// list's keys): where its bytes lie, their first eight as a number (most comparisons end
/// there, without reading the arena), and the actor's id, which breaks ties.
protocol BytesOrderEntry {
    var prefix: UInt64 { get }
    var start: UInt32 { get }
    var length: UInt32 { get }
    var id: Int64 { get }
}

extension BytesOrderEntry {
    /// The first eight bytes of `bytes[start..<end]`, zero-padded, as a big-endian number.
    static func prefixNumber(_ bytes: [UInt8], start: Int, end: Int) -> UInt64 {
        var prefix: UInt64 = 0
        for index in 0..<8 { prefix = prefix << 8 | UInt64(start + index < end ? bytes[start + index] : 0) }
        return prefix
    }
}

extension Array where Element == UInt8 {
    /// Appends the UTF-8 of `text` in one copy (appending `text.utf8` goes element by element).
    mutating func appendUTF8(_ text: String) {
        var text = text
        text.withUTF8 { append(contentsOf: $0) }
    }
}

extension Array where Element: BytesOrderEntry {
    /// Sorts by bytes in SQLite's BINARY order (memcmp, a prefix first), then by id.
    mutating func sortByBytes(in arena: [UInt8]) {
        arena.withUnsafeBufferPointer { arena in
            let base = arena.baseAddress
            sort { a, b in
                if a.prefix != b.prefix { return a.prefix < b.prefix }
                let common = Int(Swift.min(a.length, b.length))
                if common > 8, let base {
                    let order = memcmp(base + Int(a.start) + 8, base + Int(b.start) + 8, common - 8)
                    if order != 0 { return order < 0 }
                }
                return a.length != b.length ? a.length < b.length : a.id < b.id
            }
        }
    }
}
