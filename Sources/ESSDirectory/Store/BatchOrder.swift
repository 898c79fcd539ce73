/// What the name order and the key list need of a batch's actors, gathered by the mapping
/// thread that maps the batch: folded names and keys end to end, and each actor's group,
/// commune and NAF division as numbers. Groups are numbered by the mapping thread across its
/// batches (a batch brings the groups new to its thread), communes by their code's position in
/// the commune table, divisions by their two digits. The writer then merges a batch with array
/// lookups, and hashes only what it has not met: hashing six strings per actor was a sixth of
/// its time, and a few per distinct group of a batch a tenth with a mixed file's thousand
/// groups per batch (docs/performance.md).
struct BatchOrder: Sendable {
    struct Entry: Sendable {
        /// Where its folded name and its key end in `names` and `keys` (each starts where the
        /// previous actor's ends).
        var nameEnd: UInt32
        var keyEnd: UInt32
        /// Its group's number on the mapping thread.
        var group: Int32
        /// Its commune's key (``ResolvedPlace/communeKey``) and its NAF division (the code's two
        /// digits as a number); -1 for no commune, no NAF code.
        var commune: Int32
        var division: Int32
    }

    /// An actor's group as a mapping thread numbers its parts (see ``MappingContext``): hashed
    /// and compared as three numbers, where its ``ActorGroup`` is six strings.
    struct GroupKey: Hashable, Sendable {
        var place: Int32
        var family: Int32
        var section: Int32
    }

    let keepsNames: Bool
    let keepsKeys: Bool
    /// The mapping thread that mapped the batch, whose group numbers its entries hold.
    let mapper: Int
    private(set) var names: [UInt8] = []
    private(set) var keys: [UInt8] = []
    private(set) var entries: [Entry] = []
    /// The groups its mapping thread met first in this batch, in the order of their numbers.
    private(set) var newGroups: [ActorGroup] = []

    init(keepsNames: Bool, keepsKeys: Bool, capacity: Int, mapper: Int) {
        self.keepsNames = keepsNames
        self.keepsKeys = keepsKeys
        self.mapper = mapper
        if keepsNames { names.reserveCapacity(capacity * 32) }
        if keepsKeys { keys.reserveCapacity(capacity * 10) }
        if keepsNames || keepsKeys { entries.reserveCapacity(capacity) }
    }

    var keepsNothing: Bool { !keepsNames && !keepsKeys }

    /// Adds the next actor of the batch: its group's number on the mapping thread (with the group
    /// when the thread meets it first), its commune's key (-1 for none), and its NAF code, whose
    /// first two characters are its division (two digits, as ``ValueNormaliser/naf(_:)`` writes it).
    /// The group is asked for only when the batch keeps names.
    mutating func append(sortName: ArraySlice<UInt8>, key: String, group: @autoclosure () -> (number: Int32, isNew: Bool),
                         newGroup: @autoclosure () -> ActorGroup, communeKey: Int32, naf: String?) {
        guard !keepsNothing else { return }
        var entry = Entry(nameEnd: 0, keyEnd: 0, group: -1, commune: -1, division: -1)
        if keepsNames {
            names.append(contentsOf: sortName)
            let (number, isNew) = group()
            entry.group = number
            if isNew { newGroups.append(newGroup()) }
            entry.commune = communeKey
            if let naf { entry.division = Self.division(naf) }
        }
        if keepsKeys { keys.appendUTF8(key) }
        entry.nameEnd = UInt32(names.count)
        entry.keyEnd = UInt32(keys.count)
        entries.append(entry)
    }

    /// The division of a NAF code written `62.01Z`: its first two digits as a number.
    private static func division(_ naf: String) -> Int32 {
        var naf = naf
        return naf.withUTF8 { bytes in
            guard bytes.count >= 2, (0x30...0x39).contains(bytes[0]), (0x30...0x39).contains(bytes[1]) else { return -1 }
            return Int32(bytes[0] - 0x30) * 10 + Int32(bytes[1] - 0x30)
        }
    }
}
