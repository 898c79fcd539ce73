/// Writes CSV files shaped like ESS France's list and INSEE's SIRENE unit and establishment files:
/// N rows of realistic names, communes and activity codes, the same for the same seed and N.
public struct DirectoryGenerator {
    public enum Shape: String, CaseIterable, Sendable {
        case essFrance = "ess-france"
        case sirene
        /// SIRENE's establishment file: one head office per unit of `sirene`, same seed.
        case sireneEstablishments = "sirene-etablissements"
        /// A generic file (`--preset generic`) whose rows place actors every way a file can: no
        /// place, only a postcode, only a commune code, only a commune name, a département alone,
        /// and mixes; communes drawn from the whole COG, names as the COG or SIRENE writes them
        /// (`ST YRIEIX LA PERCHE`), postcodes sometimes written as numbers (`1400.0`).
        case mixed
    }

    public let shape: Shape
    public let rows: Int
    public let seed: UInt64

    public init(shape: Shape, rows: Int, seed: UInt64 = 2016) {
        self.shape = shape
        self.rows = rows
        self.seed = seed
    }

    public var header: String {
        switch shape {
        case .essFrance:
            "SIREN;Nom ou raison sociale de l'entreprise;Famille juridique de l'entreprise;Code postal;"
                + "Libellé de la commune de l'établissement;Code du département de l'établissement;"
                + "Département de l'établissement;Région de l'établissement"
        case .sirene:
            "siren,dateCreationUniteLegale,sigleUniteLegale,trancheEffectifsUniteLegale,etatAdministratifUniteLegale,"
                + "nomUniteLegale,denominationUniteLegale,categorieJuridiqueUniteLegale,activitePrincipaleUniteLegale,"
                + "nicSiegeUniteLegale,economieSocialeSolidaireUniteLegale"
        case .sireneEstablishments:
            "siren,nic,siret,etablissementSiege,codePostalEtablissement,libelleCommuneEtablissement,codeCommuneEtablissement"
        case .mixed:
            "siren,name,legal-category,naf,postcode,commune,commune-code,departement"
        }
    }

    /// Calls `write` with each line (header first), without line ends.
    public func generate(_ write: (String) -> Void) {
        write(header)
        var random = SplitMix64(seed: seed)
        for index in 0..<rows {
            let unit = Unit(index: index, random: &random)
            write(shape == .mixed ? MixedPlaces.line(unit.fields, random: &random) : line(unit))
        }
    }

    /// The whole file as a string (for small N), with LF line ends.
    public func text() -> String {
        var lines: [String] = []
        generate { lines.append($0) }
        return lines.joined(separator: "\n") + "\n"
    }

    private func line(_ unit: Unit) -> String {
        switch shape {
        case .essFrance:
            let commune = unit.commune
            return [unit.siren, unit.name, unit.family, commune.postcode, commune.name, commune.departement,
                    commune.departementName, commune.region].map { Self.quote($0, separator: ";") }.joined(separator: ";")
        case .sirene:
            return [unit.siren, unit.created, unit.acronym, unit.headcount, unit.active ? "A" : "C", "", unit.name,
                    unit.category, unit.naf, "00012", unit.ess ? "O" : "N"].map { Self.quote($0, separator: ",") }.joined(separator: ",")
        case .sireneEstablishments:
            let commune = unit.commune
            return [unit.siren, "00012", unit.siren + "00012", "true", commune.postcode, commune.name.uppercased(),
                    commune.code].map { Self.quote($0, separator: ",") }.joined(separator: ",")
        case .mixed:
            return "" // written by MixedPlaces
        }
    }

    static func quote(_ field: String, separator: Character) -> String {
        guard field.contains(where: { $0 == separator || $0 == "\"" || $0 == "\n" }) else { return field }
        return "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One generated legal unit; every shape reads the same units in the same order.
    private struct Unit {
        let siren, name, family, category, naf, created, acronym, headcount: String
        let active, ess: Bool
        let commune: SampleNames.Commune

        /// SIREN, name, legal category and NAF code.
        var fields: [String] { [siren, name, category, naf] }

        init(index: Int, random: inout SplitMix64) {
            // A bijection of 0..<10⁹ (the multiplier is prime to 10): distinct SIRENs in
            // scattered order, with leading zeros.
            let number = (UInt64(index) &* 982_451_653 &+ 12_345) % 1_000_000_000
            siren = String(repeating: "0", count: 9 - String(number).count) + String(number)
            let total = SampleNames.patterns.reduce(0) { $0 + $1.weight }
            var pick = Int(random.next() % UInt64(total))
            var chosen = SampleNames.patterns[0]
            for pattern in SampleNames.patterns {
                if pick < pattern.weight { chosen = pattern; break }
                pick -= pattern.weight
            }
            commune = SampleNames.communes[Int(random.next() % UInt64(SampleNames.communes.count))]
            let pattern = chosen.patterns[Int(random.next() % UInt64(chosen.patterns.count))]
            let noun = SampleNames.nouns[Int(random.next() % UInt64(SampleNames.nouns.count))]
            let person = SampleNames.people[Int(random.next() % UInt64(SampleNames.people.count))]
            name = FrenchArticles.contract(pattern.replacingOccurrences(of: "{c}", with: commune.name)
                .replacingOccurrences(of: "{n}", with: noun).replacingOccurrences(of: "{p}", with: person))
            family = chosen.family
            category = chosen.category
            naf = SampleNames.activities[Int(random.next() % UInt64(SampleNames.activities.count))]
            let year = 1901 + Int(random.next() % 124), month = 1 + Int(random.next() % 12), day = 1 + Int(random.next() % 28)
            created = "\(year)-" + (month < 10 ? "0\(month)" : "\(month)") + "-" + (day < 10 ? "0\(day)" : "\(day)")
            acronym = random.next() % 5 == 0 ? String(name.split(separator: " ").compactMap(\.first).prefix(4)).uppercased() : ""
            headcount = SampleNames.headcounts[Int(random.next() % UInt64(SampleNames.headcounts.count))]
            active = random.next() % 10 != 0
            ess = random.next() % 8 != 0
        }
    }
}

/// A small, fast, seedable generator (Steele, Lea and Flood's SplitMix64), so generated files are
/// the same on every machine.
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
