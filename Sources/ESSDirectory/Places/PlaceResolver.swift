import ESSReference

/// Where a record places an actor, resolved against the communes of the COG 2025: the commune
/// (when the record allows it), its département and regions, and whether the commune is a guess.
struct ResolvedPlace: Sendable {
    var place: Place?
    var commune: Commune?
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
    private let table = CommuneTable.shared
    /// The places resolved last, by the hash of their values: a fixed table where a new place
    /// takes the slot of the one its hash falls on. A file names a few dozen places (ESS France's
    /// list) or hundreds of thousands of combinations of them (a mixed export, every layout of
    /// 35,000 communes): a dictionary of the latter spent more on growing and copying than
    /// resolving again costs (docs/performance.md).
    private var slots: [Slot]
    private let slotMask: Int
    /// The départements of each postcode met (a few thousand), asked by most uncached resolutions.
    private var postcodeDepartements = Memo<String, [String]>()
    /// The département and arrondissement pairs met, numbered (see ``ResolvedPlace/groupPlace``).
    private var groupPlaces: [String: Int32] = [:]

    private struct Slot {
        /// 0 for a slot never filled (whose key, all nil, no resolution asks for).
        var hash: UInt64 = 0
        var key = PlaceFields()
        var value = ResolvedPlace()
    }

    /// A record's place values, compared as bytes and hashed with one FNV-1a over them (joining
    /// them into one string allocated a string per record, and `String`'s own hashing
    /// normalises a name with accents first).
    private struct PlaceFields {
        var communeCode, name, postcode, departement: String?

        static func == (a: PlaceFields, b: PlaceFields) -> Bool {
            FNV1a.sameBytes(a.communeCode, b.communeCode) && FNV1a.sameBytes(a.name, b.name)
                && FNV1a.sameBytes(a.postcode, b.postcode) && FNV1a.sameBytes(a.departement, b.departement)
        }

        var hash: UInt64 {
            var hash = FNV1a()
            hash.add(communeCode)
            hash.add(name)
            hash.add(postcode)
            hash.add(departement)
            return hash.value
        }
    }

    /// A resolver whose cache holds `1 << slotBits` places (8,192 by default, about 2 MB).
    init(places: PlaceIndex, slotBits: Int = 13) {
        self.places = places
        slots = Array(repeating: Slot(), count: 1 << slotBits)
        slotMask = (1 << slotBits) - 1
    }

    /// The place of normalised values (see ``ValueNormaliser``); nil values are absent.
    func resolve(communeCode: String?, commune name: String?, postcode: String?, departement: String?) -> ResolvedPlace {
        guard communeCode != nil || name != nil || postcode != nil || departement != nil else { return ResolvedPlace() }
        let key = PlaceFields(communeCode: communeCode, name: name, postcode: postcode, departement: departement)
        let hash = key.hash
        let slot = Int(truncatingIfNeeded: hash ^ (hash >> 32)) & slotMask
        if slots[slot].hash == hash && slots[slot].key == key { return slots[slot].value }
        let resolved = uncachedResolve(communeCode: communeCode, name: name, postcode: postcode, departement: departement)
        slots[slot] = Slot(hash: hash, key: key, value: resolved)
        return resolved
    }

    private func uncachedResolve(communeCode: String?, name: String?, postcode: String?, departement: String?) -> ResolvedPlace {
        var result = ResolvedPlace()
        // The département the record's own code names, when it names one.
        var departementPlace: Place?
        if let departement {
            departementPlace = places.place(departementCode: departement)
            if departementPlace == nil { result.problems.append((.departement, .leftEmpty, "no such département")) }
        }
        let postcodeDepartements = postcode.map(departements(postcode:)) ?? []
        if postcode != nil, postcodeDepartements.isEmpty { result.problems.append((.postcode, .leftEmpty, "in no département")) }
        if let communeCode {
            result.commune = table.commune(code: communeCode)
            if result.commune == nil { result.problems.append((.communeCode, .leftEmpty, "no such commune in the COG 2025")) }
        }
        if result.commune == nil, let name {
            // The record's own département first, then its postcode's.
            let own = departementPlace?.departementCode
            let named = table.positions(foldedName: CommuneTable.foldedName(name))
            if !named.isEmpty {
                result.commune = own.flatMap { commune(among: named, in: $0, postcode: postcode) }
                for departement in postcodeDepartements where result.commune == nil && departement != own {
                    result.commune = commune(among: named, in: departement, postcode: postcode)
                }
            }
            if result.commune == nil && (own != nil || !postcodeDepartements.isEmpty) {
                let candidates = own.map { [$0] + postcodeDepartements.filter { $0 != own } } ?? postcodeDepartements
                result.problems.append((.commune, .notFound, "no commune of that name in \(candidates.joined(separator: ", "))"))
            }
        }
        if result.commune == nil, name == nil, let postcode {
            // The most populous of the communes (not their parts) that share it, the first on a tie.
            var best: Int?, sharing = 0
            for position in table.positions(postcode: postcode) {
                let commune = table.communes[position]
                guard commune.kind == .commune || commune.kind == .municipalArrondissement else { continue }
                sharing += 1
                if best.map({ (table.communes[$0].population ?? 0) < (commune.population ?? 0) }) ?? true { best = position }
            }
            if let best {
                result.commune = table.communes[best]
                result.guessed = sharing > 1
            }
        }
        if let commune = result.commune {
            result.place = places.place(departementCode: commune.departement)
        } else {
            result.place = departementPlace
                ?? postcodeDepartements.first.flatMap(places.place(departementCode:))
                ?? communeCode.flatMap(places.place(communeCode:))
        }
        if let commune = result.commune { result.communeKey = table.position(code: commune.code).map(Int32.init) ?? -1 }
        if result.place != nil || result.commune?.arrondissement != nil {
            let pair = (result.place?.departementCode ?? "") + "|" + (result.commune?.arrondissement ?? "")
            result.groupPlace = groupPlaces[pair] ?? Int32(groupPlaces.count)
            groupPlaces[pair] = result.groupPlace
        }
        return result
    }

    /// The départements a postcode may be in: by the commune table, else by its first digits
    /// (three overseas; Corsica at 20200, the split the table's Corsican postcodes all follow).
    private func departements(postcode: String) -> [String] {
        postcodeDepartements.value(postcode) { postcode in
            let known = table.departements(postcode: postcode)
            if !known.isEmpty { return known }
            return places.place(postcode: postcode).map { [$0.departementCode] } ?? []
        }
    }

    /// The commune among these positions (of one folded name) in this département: the one with
    /// the record's postcode when homonyms share a département, else a commune before a commune
    /// déléguée; a city of municipal arrondissements gives the arrondissement of the postcode.
    private func commune(among named: [Int], in departement: String, postcode: String?) -> Commune? {
        var first: Int?, firstCommune: Int?, withPostcode: Int?
        for position in named where table.communes[position].departement == departement {
            if first == nil { first = position }
            if let postcode, table.communes[position].postcode == postcode {
                withPostcode = position
                break
            }
            if firstCommune == nil && table.communes[position].kind == .commune { firstCommune = position }
        }
        guard let first else { return nil }
        var chosen = withPostcode ?? firstCommune ?? first
        if table.communes[chosen].kind == .commune, let postcode,
           let arrondissement = table.positions(postcode: postcode).first(where: {
               table.communes[$0].parent == table.communes[chosen].code && table.communes[$0].kind == .municipalArrondissement
           }) {
            chosen = arrondissement
        }
        return table.communes[chosen]
    }
}
