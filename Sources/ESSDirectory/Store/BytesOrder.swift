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
        bytes.withUnsafeBufferPointer { bigEndianWord($0, start: start, count: Swift.min(8, end - start)) }
    }
}

/// The `count` (up to eight) bytes of `bytes` from `start`, zero-padded, as a big-endian number:
/// eight bytes read at once and those past `count` cleared, unless they would pass the end of
/// `bytes` (the sort reads such a word for every entry at every level of its partitions).
func bigEndianWord(_ bytes: UnsafeBufferPointer<UInt8>, start: Int, count: Int) -> UInt64 {
    guard count > 0 else { return 0 }
    if start + 8 <= bytes.count, let base = bytes.baseAddress {
        let word = UInt64(bigEndian: UnsafeRawPointer(base + start).loadUnaligned(as: UInt64.self))
        return count >= 8 ? word : word & ~(UInt64.max >> (count * 8))
    }
    var word: UInt64 = 0
    for index in 0..<8 { word = word << 8 | UInt64(index < count ? bytes[start + index] : 0) }
    return word
}

extension Array where Element == UInt64 {
    /// The numbers in ascending order: a least-significant-digit radix sort, 16 bits a pass, a
    /// pass skipped where every number has the same digit (the commune counts' keys, SIRENs).
    func radixSorted() -> [UInt64] {
        var numbers = self, other = [UInt64](repeating: 0, count: count)
        for shift in stride(from: 0, to: 64, by: 16) {
            var starts = [Int](repeating: 0, count: (1 << 16) + 1)
            for number in numbers { starts[Int(number >> UInt64(shift) & 0xFFFF) + 1] += 1 }
            if starts.contains(numbers.count) { continue }
            for digit in 0..<(1 << 16) { starts[digit + 1] += starts[digit] }
            for number in numbers {
                let digit = Int(number >> UInt64(shift) & 0xFFFF)
                other[starts[digit]] = number
                starts[digit] += 1
            }
            swap(&numbers, &other)
        }
        return numbers
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
    /// Sorts by bytes in SQLite's BINARY order (memcmp, a prefix first), then by id: a multikey
    /// quicksort on eight bytes at a time (Bentley and Sedgewick's, by words), where entries that
    /// share a word are partitioned on the next one, never compared again from their start. A
    /// merge sort compared names of a long common start (every "Association …") byte by byte
    /// from the ninth one at each of its 20 million comparisons; the name order's sort is the
    /// last thing a first import waits for (docs/performance.md).
    mutating func sortByBytes(in arena: [UInt8]) {
        arena.withUnsafeBufferPointer { arena in
            withUnsafeMutableBufferPointer { entries in
                BytesSorter(arena: arena, entries: entries).sort(0, entries.count, depth: 0)
            }
        }
    }
}

private struct BytesSorter<Entry: BytesOrderEntry> {
    let arena: UnsafeBufferPointer<UInt8>
    let entries: UnsafeMutableBufferPointer<Entry>

    /// Ranges this short are sorted by insertion.
    private static var small: Int { 16 }

    /// Sorts `entries[low..<high]`, whose bytes before `depth * 8` are the same.
    func sort(_ low: Int, _ high: Int, depth: Int) {
        var (low, high, depth) = (low, high, depth)
        while high - low > Self.small {
            let pivot = median(word(entries[low], depth), word(entries[(low + high) / 2], depth), word(entries[high - 1], depth))
            // Three parts: words below the pivot's, equal to it, above it.
            var below = low, index = low, above = high
            var longest: UInt32 = 0
            while index < above {
                let value = word(entries[index], depth)
                if value < pivot {
                    entries.swapAt(below, index)
                    below += 1
                    index += 1
                } else if value > pivot {
                    above -= 1
                    entries.swapAt(index, above)
                } else {
                    longest = Swift.max(longest, entries[index].length)
                    index += 1
                }
            }
            sort(low, below, depth: depth)
            sort(above, high, depth: depth)
            // The equal part: on to the next word, unless none of them has bytes past this one;
            // then they differ at most by trailing zero bytes, that is by length, then id.
            if Int(longest) <= (depth + 1) * 8 {
                var equal = UnsafeMutableBufferPointer(rebasing: entries[below..<above])
                equal.sort { ($0.length, $0.id) < ($1.length, $1.id) }
                return
            }
            (low, high, depth) = (below, above, depth + 1)
        }
        insertionSort(low, high)
    }

    /// The eight bytes of an entry from `depth * 8` on, zero-padded, as a big-endian number.
    private func word(_ entry: Entry, _ depth: Int) -> UInt64 {
        if depth == 0 { return entry.prefix }
        let offset = depth * 8, length = Int(entry.length)
        guard offset < length else { return 0 }
        return bigEndianWord(arena, start: Int(entry.start) + offset, count: Swift.min(8, length - offset))
    }

    private func median(_ a: UInt64, _ b: UInt64, _ c: UInt64) -> UInt64 {
        a < b ? (b < c ? b : (a < c ? c : a)) : (a < c ? a : (b < c ? c : b))
    }

    private func insertionSort(_ low: Int, _ high: Int) {
        guard high - low > 1 else { return }
        for next in (low + 1)..<high {
            let entry = entries[next]
            var index = next
            while index > low && less(entry, entries[index - 1]) {
                entries[index] = entries[index - 1]
                index -= 1
            }
            entries[index] = entry
        }
    }

    /// The whole order: bytes (the first eight as the prefix), then length, then id.
    private func less(_ a: Entry, _ b: Entry) -> Bool {
        if a.prefix != b.prefix { return a.prefix < b.prefix }
        let common = Int(Swift.min(a.length, b.length))
        if common > 8, let base = arena.baseAddress {
            let order = memcmp(base + Int(a.start) + 8, base + Int(b.start) + 8, common - 8)
            if order != 0 { return order < 0 }
        }
        return a.length != b.length ? a.length < b.length : a.id < b.id
    }
}
