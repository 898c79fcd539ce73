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

    /// Each commune's name folded into one buffer, numbered by first appearance through the
    /// table itself, then the positions grouped by name by counting: no dictionary keyed by
    /// arrays, which cost more than the rest of the import's start (docs/performance.md).
    init(_ communes: [Commune]) {
        var folded: [UInt8] = [], arena: [UInt8] = [], arenaStarts: [Int] = [0]
        arena.reserveCapacity(communes.count * 16)
        for commune in communes {
            CommuneTable.fold(commune.name, into: &folded)
            arena.append(contentsOf: folded)
            arenaStarts.append(arena.count)
        }
        var capacity = 1
        while capacity < communes.count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var slots = [Int32](repeating: -1, count: capacity)
        var bytes: [UInt8] = [], nameStarts: [Int32] = [0], hashes: [Int] = []
        var nameOfCommune = [Int32](repeating: 0, count: communes.count)
        arena.withUnsafeBufferPointer { arena in
            for position in communes.indices {
                let name = UnsafeBufferPointer(rebasing: arena[arenaStarts[position]..<arenaStarts[position + 1]])
                let hash = Self.hash(name)
                var slot = hash & mask
                var number = -1
                while slots[slot] >= 0 {
                    let candidate = Int(slots[slot])
                    if hashes[candidate] == hash, bytes[Int(nameStarts[candidate])..<Int(nameStarts[candidate + 1])].elementsEqual(name) {
                        number = candidate
                        break
                    }
                    slot = (slot + 1) & mask
                }
                if number < 0 {
                    number = hashes.count
                    slots[slot] = Int32(number)
                    bytes.append(contentsOf: name)
                    nameStarts.append(Int32(bytes.count))
                    hashes.append(hash)
                }
                nameOfCommune[position] = Int32(number)
            }
        }
        // Each name's communes in table order: counted, then placed.
        var positionStarts = [Int32](repeating: 0, count: hashes.count + 1)
        for name in nameOfCommune { positionStarts[Int(name) + 1] += 1 }
        for name in hashes.indices { positionStarts[name + 1] += positionStarts[name] }
        var next = positionStarts
        var positions = [Int32](repeating: 0, count: communes.count)
        for (position, name) in nameOfCommune.enumerated() {
            positions[Int(next[Int(name)])] = Int32(position)
            next[Int(name)] += 1
        }
        (self.slots, self.mask, self.bytes, self.nameStarts) = (slots, mask, bytes, nameStarts)
        (self.hashes, self.positions, self.positionStarts) = (hashes, positions, positionStarts)
    }

    /// The positions of the communes whose folded name is these bytes, in table order.
    func positions(_ name: [UInt8]) -> ArraySlice<Int32> {
        let hash = name.withUnsafeBufferPointer(Self.hash)
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
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: hash ^ (hash >> 29))
    }
}
