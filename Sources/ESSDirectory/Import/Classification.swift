/// Coarse classifications that filters use: the NAF section of an activity code and the ESS family
/// of a legal category.
public enum Classification {
    /// The NAF rév. 2 section letter (A–U) of an activity code such as "88.99B" or "8899B".
    public static func nafSection(_ code: String) -> String? {
        let digits = code.utf8.prefix { $0 != UInt8(ascii: ".") }.prefix(2)
        guard digits.count == 2, let division = Int(String(decoding: digits, as: UTF8.self)) else { return nil }
        for (section, range) in sections where range.contains(division) { return section }
        return nil
    }

    public static let sections: [(String, ClosedRange<Int>)] = [
        ("A", 1...3), ("B", 5...9), ("C", 10...33), ("D", 35...35), ("E", 36...39), ("F", 41...43),
        ("G", 45...47), ("H", 49...53), ("I", 55...56), ("J", 58...63), ("K", 64...66), ("L", 68...68),
        ("M", 69...75), ("N", 77...82), ("O", 84...84), ("P", 85...85), ("Q", 86...88), ("R", 90...93),
        ("S", 94...96), ("T", 97...98), ("U", 99...99),
    ]

    /// The ESS family of an INSEE legal category code (catégorie juridique, 4 digits): the families
    /// ESS France's list uses. Cooperatives and ESS commercial companies share codes with ordinary
    /// companies, so a 5xxx code with no cooperative form reads as "Sociétés commerciales de l'ESS".
    public static func family(legalCategory code: String) -> String? {
        guard code.count == 4, let value = Int(code) else { return nil }
        switch value {
        case 9210...9260: return Family.association
        case 9300: return Family.fondation
        case 8210...8290: return Family.mutuelle
        case 5385, 5458...5460, 5551...5560, 5631...5632, 5651...5652, 6316...6318, 6532...6533: return Family.cooperative
        case 5000...5999: return Family.commerciale
        default: return nil
        }
    }

    /// The family names of ESS France's list, also used for SIRENE imports.
    public enum Family {
        public static let association = "Associations"
        public static let cooperative = "Coopératives"
        public static let mutuelle = "Mutuelles"
        public static let fondation = "Fondations"
        public static let commerciale = "Sociétés commerciales de l'ESS"
    }
}
