import Foundation

/// The communes' folded names (``CommuneTable/foldedName(_:)``) end to end, in an
/// open-addressing table keyed by their hash and compared as bytes: a name folded into a
/// caller's own buffer (``CommuneTable/fold(_:into:)``) is looked up with no string made, which
/// the import does for every record it cannot place from its cache. Keyed without the
/// département, so that a name is folded once and looked up once whatever the départements it
/// may be in.
final class CommuneNameIndex: Sendable {
    /// The distinct folded names end to end; name `n` is `bytes[nameStarts[n]..<nameStarts[n + 1]]`.
    private let bytes: [UInt8]
    private let nameStarts: [Int32]
    private let hashes: [Int]
    /// Name `n`'s communes are `positions[positionStarts[n]..<positionStarts[n + 1]]`, in table order.
    private let positions: [Int32]
    private let positionStarts: [Int32]
    /// Name numbers by hash, -1 for an empty slot.
    private let slots: [Int32]
    private let mask: Int

    init(_ communes: [Commune]) {
        var names: [[UInt8]: [Int32]] = [:]
        var order: [[UInt8]] = []
        var folded: [UInt8] = []
        for (position, commune) in communes.enumerated() {
            CommuneTable.fold(commune.name, into: &folded)
            if names[folded] == nil { order.append(folded) }
            names[folded, default: []].append(Int32(position))
        }
        var capacity = 1
        while capacity < order.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var bytes: [UInt8] = [], nameStarts: [Int32] = [0], hashes: [Int] = [], positions: [Int32] = [], positionStarts: [Int32] = [0]
        mask = capacity - 1
        for name in order {
            let hash = Self.hash(name)
            var slot = hash & mask
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = Int32(hashes.count)
            bytes.append(contentsOf: name)
            nameStarts.append(Int32(bytes.count))
            hashes.append(hash)
            positions.append(contentsOf: names[name]!)
            positionStarts.append(Int32(positions.count))
        }
        (self.slots, self.bytes, self.nameStarts, self.hashes, self.positions, self.positionStarts) = (slots, bytes, nameStarts, hashes, positions, positionStarts)
    }

    /// The positions of the communes whose folded name is these bytes, in table order.
    func positions(_ name: [UInt8]) -> ArraySlice<Int32> {
        let hash = Self.hash(name)
        var slot = hash & mask
        let found: Int? = name.withUnsafeBufferPointer { name in
            bytes.withUnsafeBufferPointer { bytes in
                while slots[slot] >= 0 {
                    let number = Int(slots[slot])
                    let start = Int(nameStarts[number])
                    if hashes[number] == hash && Int(nameStarts[number + 1]) - start == name.count
                        && (name.isEmpty || memcmp(bytes.baseAddress! + start, name.baseAddress!, name.count) == 0) {
                        return number
                    }
                    slot = (slot + 1) & mask
                }
                return nil
            }
        }
        guard let found else { return [] }
        return positions[Int(positionStarts[found])..<Int(positionStarts[found + 1])]
    }

    /// FNV-1a over the bytes, its high bits folded into the low ones the slots are taken from: a
    /// commune name is a few dozen bytes, where `Hasher`'s seeding and finalising cost more than
    /// the bytes themselves (looked up for every record the import's cache does not place).
    private static func hash(_ bytes: [UInt8]) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
