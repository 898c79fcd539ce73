/// What the name order and the key list need of a batch's actors, gathered by the mapping
/// thread that maps the batch: folded names and keys end to end, and each actor's group,
/// commune and NAF division numbered within the batch. The writer then merges a batch with a
/// few lookups per distinct group or commune instead of hashing six strings per actor, which
/// was a sixth of its time (docs/performance.md).
struct BatchOrder: Sendable {
    struct Entry: Sendable {
        /// Where its folded name and its key end in `names` and `keys` (each starts where the
        /// previous actor's ends).
        var nameEnd: UInt32
        var keyEnd: UInt32
        /// Numbers within the batch; -1 for no commune, no NAF division.
        var group: Int32
        var commune: Int32
        var division: Int32
    }

    /// An actor's group as the mapping thread numbers its parts (see ``MappingContext``): hashed
    /// and compared as three numbers, where its ``ActorGroup`` is six strings.
    struct GroupKey: Hashable, Sendable {
        var place: Int32
        var family: Int32
        var section: Int32
    }

    let keepsNames: Bool
    let keepsKeys: Bool
    /// The mapping thread that mapped the batch: its group keys mean the same in all its batches.
    let mapper: Int
    private(set) var names: [UInt8] = []
    private(set) var keys: [UInt8] = []
    private(set) var entries: [Entry] = []
    private(set) var groups = Interner<ActorGroup>()
    /// The key of each of `groups`, in the same order.
    private(set) var groupKeys: [GroupKey] = []
    /// The number in `groups` of each group key met.
    private var groupNumbers: [GroupKey: Int32] = [:]
    /// The communes met, by their code's position in the commune table (``ResolvedPlace/communeKey``).
    private(set) var communes = Interner<Int32>()
    private(set) var divisions = Interner<String>()

    init(keepsNames: Bool, keepsKeys: Bool, capacity: Int, mapper: Int) {
        self.keepsNames = keepsNames
        self.keepsKeys = keepsKeys
        self.mapper = mapper
        if keepsNames {
            names.reserveCapacity(capacity * 32)
            groups = Interner(capacity: min(capacity, 1024))
            groupNumbers.reserveCapacity(min(capacity, 1024))
            communes = Interner(capacity: min(capacity, 1024))
        }
        if keepsKeys { keys.reserveCapacity(capacity * 10) }
        if keepsNames || keepsKeys { entries.reserveCapacity(capacity) }
    }

    var keepsNothing: Bool { !keepsNames && !keepsKeys }

    /// Adds the next actor of the batch; `naf` is its NAF code, whose first two characters are
    /// its division; `communeKey` its commune (-1 for none).
    mutating func append(sortName: ArraySlice<UInt8>, key: String, groupKey: GroupKey, group: @autoclosure () -> ActorGroup,
                         communeKey: Int32, naf: String?) {
        guard !keepsNothing else { return }
        var entry = Entry(nameEnd: 0, keyEnd: 0, group: -1, commune: -1, division: -1)
        if keepsNames {
            names.append(contentsOf: sortName)
            if let known = groupNumbers[groupKey] {
                entry.group = known
            } else {
                entry.group = groups.number(group())
                groupNumbers[groupKey] = entry.group
                groupKeys.append(groupKey)
            }
            if communeKey >= 0 { entry.commune = communes.number(communeKey) }
            if let naf { entry.division = divisions.number(String(naf.prefix(2))) }
        }
        if keepsKeys { keys.appendUTF8(key) }
        entry.nameEnd = UInt32(names.count)
        entry.keyEnd = UInt32(keys.count)
        entries.append(entry)
    }
}
