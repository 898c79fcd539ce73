/// The groups a mapping thread met, numbered in the order met, by their key packed into one
/// number (place, legal family, NAF section): an open-addressing table probed linearly. Every
/// actor of an import asks for its group; a dictionary of three-number keys, hashed by SipHash,
/// was the mapping's third largest cost after the place resolution (docs/performance.md).
struct GroupNumbers {
    /// The key plus one (0 for an empty slot) and its number, side by side: one cache line per probe.
    private struct Slot {
        var key: UInt64 = 0
        var number: Int32 = 0
    }

    private var slots = [Slot](repeating: Slot(), count: 1024)
    private var mask = 1023
    private(set) var count = 0

    /// The group's number, and whether it is met first here. `place` is -1 or a number,
    /// `family` and `section` numbers under 2^24 and 2^8.
    mutating func number(place: Int32, family: Int32, section: Int32) -> (number: Int32, isNew: Bool) {
        let key = (UInt64(UInt32(bitPattern: place)) << 32 | UInt64(UInt32(family) & 0xFF_FFFF) << 8 | UInt64(UInt32(section) & 0xFF)) &+ 1
        var slot = Self.slot(key, mask)
        while slots[slot].key != 0 {
            if slots[slot].key == key { return (slots[slot].number, false) }
            slot = (slot + 1) & mask
        }
        slots[slot] = Slot(key: key, number: Int32(count))
        count += 1
        if count * 2 > slots.count { grow() }
        return (Int32(count - 1), true)
    }

    /// Fibonacci hashing: the key's bits spread by one multiplication, the top ones taken.
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func grow() {
        let old = slots
        slots = Array(repeating: Slot(), count: old.count * 2)
        mask = slots.count - 1
        for entry in old where entry.key != 0 {
            var slot = Self.slot(entry.key, mask)
            while slots[slot].key != 0 { slot = (slot + 1) & mask }
            slots[slot] = entry
        }
    }
}
