import Foundation

/// The communes' folded names (``CommuneTable/foldedName(_:)``) end to end, in an
/// open-addressing table keyed by their hash and compared as bytes: a name folded into a
/// caller's own buffer (``CommuneTable/fold(_:into:)``) is looked up with no string made, which
/// the import does for every record it cannot place from its cache. Keyed without the
/// département, so that a name is folded once and looked up once whatever the départements it
/// may be in.
final class CommuneNameIndex: Sendable {
    private let names: FoldedNames
    /// Name `n`'s communes are `positions[positionStarts[n]..<positionStarts[n + 1]]`, in table order.
    private let positions: [Int32]
    private let positionStarts: [Int32]

    /// Each commune's name folded and numbered by first appearance through the table itself,
    /// then the positions grouped by name by counting: no dictionary keyed by arrays, which cost
    /// more than the rest of the import's start (docs/performance.md).
    init(_ communes: [Commune]) {
        var names = FoldedNames(capacity: communes.count)
        var folded: [UInt8] = [], nameOfCommune: [Int] = []
        nameOfCommune.reserveCapacity(communes.count)
        for position in communes.indices {
            CommuneTable.fold(communes[position].name, into: &folded)
            nameOfCommune.append(folded.withUnsafeBufferPointer { names.number(of: $0) })
        }
        // Each name's communes in table order: counted, then placed.
        var positionStarts = [Int32](repeating: 0, count: names.count + 1)
        for name in nameOfCommune { positionStarts[name + 1] += 1 }
        for name in 0..<names.count { positionStarts[name + 1] += positionStarts[name] }
        var next = positionStarts
        var positions = [Int32](repeating: 0, count: communes.count)
        for (position, name) in nameOfCommune.enumerated() {
            positions[Int(next[name])] = Int32(position)
            next[name] += 1
        }
        (self.names, self.positions, self.positionStarts) = (names, positions, positionStarts)
    }

    /// The positions of the communes whose folded name is these bytes, in table order.
    func positions(_ name: [UInt8]) -> ArraySlice<Int32> {
        guard let found = name.withUnsafeBufferPointer(names.find) else { return [] }
        return positions[Int(positionStarts[found])..<Int(positionStarts[found + 1])]
    }
}

/// Distinct folded names end to end, numbered in the order added, in an open-addressing table
/// keyed by their hash and compared as bytes.
private struct FoldedNames: Sendable {
    /// Name `n` is `bytes[nameStarts[n]..<nameStarts[n + 1]]`.
    private var bytes: [UInt8] = []
    private var nameStarts: [Int32] = [0]
    private var hashes: [Int] = []
    /// Name numbers by hash, -1 for an empty slot.
    private var slots: [Int32]
    private let mask: Int

    var count: Int { hashes.count }

    /// A table for up to `names` names, at most half full.
    init(capacity names: Int) {
        var capacity = 1
        while capacity < names * 2 { capacity <<= 1 }
        slots = [Int32](repeating: -1, count: capacity)
        mask = capacity - 1
    }

    /// The number of `name`, nil when it is not in the table.
    func find(_ name: UnsafeBufferPointer<UInt8>) -> Int? {
        probe(name, hash: Self.hash(name)).number
    }

    /// The number of `name`, added when it is new.
    mutating func number(of name: UnsafeBufferPointer<UInt8>) -> Int {
        let hash = Self.hash(name)
        let (found, slot) = probe(name, hash: hash)
        if let found { return found }
        slots[slot] = Int32(hashes.count)
        bytes.append(contentsOf: name)
        nameStarts.append(Int32(bytes.count))
        hashes.append(hash)
        return hashes.count - 1
    }

    /// The number of `name` (whose hash is `hash`) and its slot, or nil and the empty slot where
    /// it would go.
    private func probe(_ name: UnsafeBufferPointer<UInt8>, hash: Int) -> (number: Int?, slot: Int) {
        var slot = hash & mask
        return bytes.withUnsafeBufferPointer { bytes in
            while slots[slot] >= 0 {
                let number = Int(slots[slot])
                let start = Int(nameStarts[number])
                if hashes[number] == hash && Int(nameStarts[number + 1]) - start == name.count
                    && (name.isEmpty || memcmp(bytes.baseAddress! + start, name.baseAddress!, name.count) == 0) {
                    return (number, slot)
                }
                slot = (slot + 1) & mask
            }
            return (nil, slot)
        }
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
