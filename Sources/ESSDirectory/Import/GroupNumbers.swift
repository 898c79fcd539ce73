/// The groups a mapping thread met, numbered in the order met, by their key packed into one
/// number (place, legal family, NAF section): an open-addressing table probed linearly. Every
/// actor of an import asks for its group; a dictionary of three-number keys, hashed by SipHash,
/// was the mapping's third largest cost after the place resolution (docs/performance.md).
struct GroupNumbers {
    /// Per slot: the key plus one (0 for an empty slot), and its number.
    private var keys: [UInt64]
    private var numbers: [Int32]
    private var mask: Int
    private(set) var count = 0

    init() {
        keys = Array(repeating: 0, count: 1024)
        numbers = Array(repeating: 0, count: 1024)
        mask = 1023
    }

    /// The group's number, and whether it is met first here. `place` is -1 or a number,
    /// `family` and `section` numbers under 2^24 and 2^8.
    mutating func number(place: Int32, family: Int32, section: Int32) -> (number: Int32, isNew: Bool) {
        let key = (UInt64(UInt32(bitPattern: place)) << 32 | UInt64(UInt32(family) & 0xFF_FFFF) << 8 | UInt64(UInt32(section) & 0xFF)) &+ 1
        var slot = Self.slot(key, mask)
        while keys[slot] != 0 {
            if keys[slot] == key { return (numbers[slot], false) }
            slot = (slot + 1) & mask
        }
        keys[slot] = key
        numbers[slot] = Int32(count)
        count += 1
        if count * 2 > keys.count { grow() }
        return (Int32(count - 1), true)
    }

    /// Fibonacci hashing: the key's bits spread by one multiplication, the top ones taken.
    private static func slot(_ key: UInt64, _ mask: Int) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 40) & mask
    }

    private mutating func grow() {
        let (oldKeys, oldNumbers) = (keys, numbers)
        keys = Array(repeating: 0, count: oldKeys.count * 2)
        numbers = Array(repeating: 0, count: oldKeys.count * 2)
        mask = keys.count - 1
        for (key, number) in zip(oldKeys, oldNumbers) where key != 0 {
            var slot = Self.slot(key, mask)
            while keys[slot] != 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            numbers[slot] = number
        }
    }
}
