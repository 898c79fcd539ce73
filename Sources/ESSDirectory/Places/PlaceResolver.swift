import Foundation
import ESSReference

/// Where a record places an actor, resolved against the communes of the COG 2025: the commune
/// (when the record allows it), its département and regions, and whether the commune is a guess.
struct ResolvedPlace: Sendable {
    var place: Place?
    /// The commune's position in the commune table, -1 for none.
    var commune: Int32 = -1
    /// A postcode several communes share, and nothing else in the record to choose between them:
    /// the most populous one was taken.
    var guessed = false
    /// Place values that name nothing known, left empty (the postcode, the département code, the
    /// commune code), and a commune name not found.
    var problems: [(field: ActorField, kind: ValueNote.Kind, reason: String)] = []
    /// The number of its département and arrondissement among those the resolver met, -1 for
    /// neither: the place's part of an actor's group (see ``ActorGroup``), compared without its strings.
    var groupPlace: Int32 = -1
    /// The position of the commune's code in the commune table (see ``CommuneTable/position(code:)``),
    /// -1 for no commune: the code as a number, the same on every thread.
    var communeKey: Int32 = -1
}

/// Resolves the place fields of records, in this order: the commune code; the commune name within
/// the département of the record or of its postcode; the postcode alone; the département code.
/// One per reading thread: it keeps the places it resolved last.
final class PlaceResolver {
    private let places: PlaceIndex
    private let lookup = CommuneLookup.shared
    private var table: CommuneTable { lookup.table }
    /// The buffer commune names are folded into.
    private var folded: [UInt8] = []
    /// The places resolved last, by the hash of their values: a fixed table where a new place
    /// takes the slot of the one its hash falls on. A file names a few dozen places (ESS France's
    /// list) or hundreds of thousands of combinations of them (a mixed export, every layout of
    /// 35,000 communes): a dictionary of the latter spent more on growing and copying than
    /// resolving again costs (docs/performance.md).
    private var slots: [Slot]
    private let slotMask: Int
    /// By postcode number, for postcodes no commune of the table has: the département of its
    /// first digits, -1 for none, -2 not yet asked (filled on first use: most files need none).
    private var postcodeDepartements: [Int32] = []
    /// The département and arrondissement pairs met (their numbers in one), numbered in the
    /// order met (see ``ResolvedPlace/groupPlace``).
    private var groupPlaces: [Int64: Int32] = [:]

    private struct Slot {
        /// 0 for a slot never filled (whose key, all absent, no resolution asks for).
        var hash: UInt64 = 0
        var key = PlaceKey()
        var value = ResolvedPlace()
    }

    /// A record's place values: its codes as numbers (see ``CommuneLookup``; -1 absent, -2 for
    /// a value that is no code of the table's form), its commune name as written. Compared as
    /// numbers and bytes: resolving a record again from the table costs little more than
    /// hashing four strings did.
    private struct PlaceKey {
        var communeCode: Int32 = -1
        var postcode: Int32 = -1
        var departement: Int32 = -1
        var name: String?

        init() {}

        /// The codes as numbers; the name, as written, is kept as a string only by ``named(_:)``
        /// (for a value the cache does not hold).
        init(communeCode: String?, postcode: String?, departement: String?) {
            func number(_ value: String?, _ read: (String) -> Int?) -> Int32 { value.map { read($0).map(Int32.init) ?? -2 } ?? -1 }
            self.communeCode = number(communeCode, CommuneLookup.codeNumber)
            self.postcode = number(postcode, CommuneLookup.postcodeNumber)
            self.departement = number(departement, CommuneLookup.departementNumber)
        }

        func named(_ name: UnsafeBufferPointer<UInt8>?) -> PlaceKey {
            var key = self
            key.name = name.map { String(decoding: $0, as: UTF8.self) }
            return key
        }

        /// The same codes and the same name, compared as bytes.
        func matches(_ other: PlaceKey, name: UnsafeBufferPointer<UInt8>?) -> Bool {
            guard communeCode == other.communeCode && postcode == other.postcode && departement == other.departement else { return false }
            guard var stored = other.name, let name else { return other.name == nil && name == nil }
            return stored.withUTF8 { $0.count == name.count && ($0.isEmpty || memcmp($0.baseAddress!, name.baseAddress!, name.count) == 0) }
        }

        /// FNV-1a over the name's bytes and the codes.
        func hash(name: UnsafeBufferPointer<UInt8>?) -> UInt64 {
            var hash = FNV1a()
            hash.add(name)
            hash.add(number: UInt64(UInt32(bitPattern: communeCode)) << 32 | UInt64(UInt32(bitPattern: postcode)))
            hash.add(number: UInt64(UInt32(bitPattern: departement)))
            return hash.value
        }
    }

    /// A resolver whose cache holds `1 << slotBits` places (8,192 by default, about 1.5 MB).
    init(places: PlaceIndex, slotBits: Int = 13) {
        self.places = places
        slots = Array(repeating: Slot(), count: 1 << slotBits)
        slotMask = (1 << slotBits) - 1
    }

    /// The place of normalised values (see ``ValueNormaliser``) and a commune name as written
    /// (a record's bytes); nil values are absent.
    func resolve(communeCode: String?, commune name: UnsafeBufferPointer<UInt8>?, postcode: String?, departement: String?) -> ResolvedPlace {
        guard communeCode != nil || name != nil || postcode != nil || departement != nil else { return ResolvedPlace() }
        let codes = PlaceKey(communeCode: communeCode, postcode: postcode, departement: departement)
        let hash = codes.hash(name: name) | 1
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & slotMask
        if slots[slot].hash == hash && codes.matches(slots[slot].key, name: name) { return slots[slot].value }
        let key = codes.named(name)
        let resolved = uncachedResolve(key)
        slots[slot] = Slot(hash: hash, key: key, value: resolved)
        return resolved
    }

    /// The same with the commune name as a string (the head offices' file, read as strings).
    func resolve(communeCode: String?, commune name: String?, postcode: String?, departement: String?) -> ResolvedPlace {
        guard var name else { return resolve(communeCode: communeCode, commune: nil as UnsafeBufferPointer<UInt8>?, postcode: postcode, departement: departement) }
        return name.withUTF8 { resolve(communeCode: communeCode, commune: $0, postcode: postcode, departement: departement) }
    }

    /// The commune a resolution found, nil for none.
    func commune(of resolved: ResolvedPlace) -> Commune? { resolved.commune < 0 ? nil : table.communes[Int(resolved.commune)] }

    /// The communes of the table, by the positions resolutions hold.
    var communes: [Commune] { table.communes }

    private func uncachedResolve(_ key: PlaceKey) -> ResolvedPlace {
        var result = ResolvedPlace()
        // The département the record's own code names, when it names one.
        var own: Int?
        if key.departement != -1 {
            own = place(departement: Int(key.departement)) == nil ? nil : Int(key.departement)
            if own == nil { result.problems.append((.departement, .leftEmpty, "no such département")) }
        }
        let postcode = key.postcode >= 0 ? Int(key.postcode) : nil
        let postcodeDepartements = postcode.map(departements(postcode:)) ?? []
        if key.postcode != -1, postcodeDepartements.isEmpty { result.problems.append((.postcode, .leftEmpty, "in no département")) }
        var chosen: Int32 = -1
        if key.communeCode != -1 {
            chosen = lookup.position(codeNumber: Int(key.communeCode))
            if chosen < 0 { result.problems.append((.communeCode, .leftEmpty, "no such commune in the COG 2025")) }
        }
        if chosen < 0, let name = key.name {
            // The record's own département first, then its postcode's.
            CommuneTable.fold(name, into: &folded)
            let named = lookup.positions(foldedName: folded)
            if !named.isEmpty {
                if let own { chosen = commune(among: named, in: own, postcode: postcode) }
                for departement in postcodeDepartements where chosen < 0 && departement != own {
                    chosen = commune(among: named, in: departement, postcode: postcode)
                }
            }
            if chosen < 0 && (own != nil || !postcodeDepartements.isEmpty) {
                let candidates = own.map { [$0] + postcodeDepartements.filter { $0 != own } } ?? postcodeDepartements
                result.problems.append((.commune, .notFound,
                                        "no commune of that name in \(candidates.map(CommuneLookup.departementCode).joined(separator: ", "))"))
            }
        }
        if chosen < 0, key.name == nil, let postcode {
            // The most populous of the communes (not their parts) that share it, the first on a tie.
            var best: Int32 = -1, sharing = 0
            for position in lookup.positions(postcode: postcode) {
                let kind = lookup.kinds[Int(position)]
                guard kind == .commune || kind == .municipalArrondissement else { continue }
                sharing += 1
                if best < 0 || lookup.populations[Int(best)] < lookup.populations[Int(position)] { best = position }
            }
            if best >= 0 {
                chosen = best
                result.guessed = sharing > 1
            }
        }
        // The département that places the actor, by number.
        var placed: Int?
        if chosen >= 0 {
            result.commune = chosen
            result.communeKey = lookup.codePositions[Int(chosen)]
            placed = Int(lookup.departements[Int(chosen)])
        } else {
            let ofCode = key.communeCode < 0 ? nil : CommuneLookup.departementNumber(codeNumber: Int(key.communeCode))
            for candidate in [own, postcodeDepartements.first, ofCode] where placed == nil {
                if let candidate, place(departement: candidate) != nil { placed = candidate }
            }
        }
        result.place = placed.flatMap(place(departement:))
        let arrondissement = chosen >= 0 ? lookup.arrondissements[Int(chosen)] : -1
        if result.place != nil || arrondissement >= 0 {
            let pair = Int64(result.place == nil ? -1 : placed!) << 32 | Int64(UInt32(bitPattern: arrondissement))
            result.groupPlace = groupPlaces[pair] ?? Int32(groupPlaces.count)
            groupPlaces[pair] = result.groupPlace
        }
        return result
    }

    /// The place of a département number, nil for one the catalogue does not know.
    private func place(departement number: Int) -> Place? {
        places.place(departementNumber: number)
    }

    /// The départements a postcode may be in: by the commune table, else by its first digits
    /// (three overseas; Corsica at 20200, the split the table's Corsican postcodes all follow).
    private func departements(postcode: Int) -> [Int] {
        let found = lookup.departements(postcode: postcode)
        if !found.isEmpty { return found }
        if postcodeDepartements.isEmpty { postcodeDepartements = Array(repeating: -2, count: 100_000) }
        if postcodeDepartements[postcode] == -2 {
            let place = places.place(postcode: CommuneLookup.postcodeText(postcode))
            postcodeDepartements[postcode] = place.flatMap { CommuneLookup.departementNumber($0.departementCode) }.map(Int32.init) ?? -1
        }
        let departement = postcodeDepartements[postcode]
        return departement < 0 ? [] : [Int(departement)]
    }

    /// The commune among these positions (of one folded name) in this département: the one with
    /// the record's postcode when homonyms share a département, else a commune before a commune
    /// déléguée; a city of municipal arrondissements gives the arrondissement of the postcode.
    private func commune(among named: ArraySlice<Int32>, in departement: Int, postcode: Int?) -> Int32 {
        var first: Int32 = -1, firstCommune: Int32 = -1, withPostcode: Int32 = -1
        for position in named where Int(lookup.departements[Int(position)]) == departement {
            if first < 0 { first = position }
            if let postcode, Int(lookup.postcodes[Int(position)]) == postcode {
                withPostcode = position
                break
            }
            if firstCommune < 0 && lookup.kinds[Int(position)] == .commune { firstCommune = position }
        }
        guard first >= 0 else { return -1 }
        var chosen = withPostcode >= 0 ? withPostcode : firstCommune >= 0 ? firstCommune : first
        if lookup.kinds[Int(chosen)] == .commune, let postcode,
           let arrondissement = lookup.positions(postcode: postcode).first(where: {
               lookup.parents[Int($0)] == chosen && lookup.kinds[Int($0)] == .municipalArrondissement
           }) {
            chosen = arrondissement
        }
        return chosen
    }
}
