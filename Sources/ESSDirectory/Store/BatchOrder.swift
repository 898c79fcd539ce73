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
    /// when the thread meets it first; -1 when groups are not numbered), its commune's key (-1
    /// for none), and its NAF division (-1 for none).
    mutating func append(sortName: ArraySlice<UInt8>, key: ArraySlice<UInt8>, group: Int32, newGroup: ActorGroup?,
                         communeKey: Int32, division: Int32) {
        guard !keepsNothing else { return }
        var entry = Entry(nameEnd: 0, keyEnd: 0, group: -1, commune: -1, division: -1)
        if keepsNames {
            names.append(contentsOf: sortName)
            entry.group = group
            if let newGroup { newGroups.append(newGroup) }
            entry.commune = communeKey
            entry.division = division
        }
        if keepsKeys { keys.append(contentsOf: key) }
        entry.nameEnd = UInt32(names.count)
        entry.keyEnd = UInt32(keys.count)
        entries.append(entry)
    }
}
