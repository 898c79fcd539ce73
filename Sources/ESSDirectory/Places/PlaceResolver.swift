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
}

/// Resolves the place fields of records, in this order: the commune code; the commune name within
/// the département of the record or of its postcode; the postcode alone; the département code.
/// One per reading thread: it keeps the places it resolved (a file names a few thousand distinct
/// places for a million rows).
final class PlaceResolver {
    private let places: PlaceIndex
    private let table = CommuneTable.shared
    private var cache: [PlaceFields: ResolvedPlace] = [:]
    /// The départements of each postcode met (a few thousand), asked by most uncached resolutions.
    private var postcodeDepartements = Memo<String, [String]>()

    /// A record's place values, the cache's key: the four strings hashed and compared as bytes
    /// (joining them into one string allocated a string per record, and `String`'s own hashing
    /// normalises a name with accents first, a tenth of a mapping thread's time).
    private struct PlaceFields: Hashable {
        var communeCode, name, postcode, departement: String?

        static func == (a: PlaceFields, b: PlaceFields) -> Bool {
            FNV1a.sameBytes(a.communeCode, b.communeCode) && FNV1a.sameBytes(a.name, b.name)
                && FNV1a.sameBytes(a.postcode, b.postcode) && FNV1a.sameBytes(a.departement, b.departement)
        }

        /// One FNV-1a over the four values' bytes, then one `combine`: a `combine` per value and
        /// per separator was most of a lookup's time.
        func hash(into hasher: inout Hasher) {
            var hash = FNV1a()
            hash.add(communeCode)
            hash.add(name)
            hash.add(postcode)
            hash.add(departement)
            hasher.combine(hash.value)
        }
    }

    init(places: PlaceIndex) { self.places = places }

    /// The place of normalised values (see ``ValueNormaliser``); nil values are absent.
    func resolve(communeCode: String?, commune name: String?, postcode: String?, departement: String?) -> ResolvedPlace {
        guard communeCode != nil || name != nil || postcode != nil || departement != nil else { return ResolvedPlace() }
        let key = PlaceFields(communeCode: communeCode, name: name, postcode: postcode, departement: departement)
        if let known = cache[key] { return known }
        let resolved = uncachedResolve(communeCode: communeCode, name: name, postcode: postcode, departement: departement)
        if cache.count < 200_000 { cache[key] = resolved }
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
            var candidates: [String] = []
            for code in [departementPlace?.departementCode].compactMap({ $0 }) + postcodeDepartements where !candidates.contains(code) {
                candidates.append(code)
            }
            result.commune = commune(named: CommuneTable.foldedName(name), in: candidates, postcode: postcode)
            if result.commune == nil && !candidates.isEmpty {
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

    /// The commune of that folded name in the first of these départements that has one: the one
    /// with the record's postcode when homonyms share a département, else a commune before a
    /// commune déléguée; a city of municipal arrondissements gives the arrondissement of the postcode.
    private func commune(named folded: String, in departements: [String], postcode: String?) -> Commune? {
        let named = table.positions(foldedName: folded)
        guard !named.isEmpty else { return nil }
        for departement in departements {
            let found = named.filter { table.communes[$0].departement == departement }
            guard !found.isEmpty else { continue }
            var chosen = found.first { table.communes[$0].postcode != nil && table.communes[$0].postcode == postcode }
                ?? found.first { table.communes[$0].kind == .commune } ?? found[0]
            if table.communes[chosen].kind == .commune, let postcode,
               let arrondissement = table.positions(postcode: postcode).first(where: {
                   table.communes[$0].parent == table.communes[chosen].code && table.communes[$0].kind == .municipalArrondissement
               }) {
                chosen = arrondissement
            }
            return table.communes[chosen]
        }
        return nil
    }
}
