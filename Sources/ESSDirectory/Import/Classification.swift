import ESSReference

/// Coarse classifications that filters use: the NAF section of an activity code and the ESS family
/// of a legal category, both read from the INSEE nomenclatures of ``ESSReference``.
public enum Classification {
    /// The NAF rév. 2 section letter (A–U) of an activity code such as "88.99B" or "8899B"; a code
    /// NAF rév. 2 does not list still gets the section of its division.
    public static func nafSection(_ code: String) -> String? {
        if let activity = Nomenclatures.nafActivity(code) { return activity.section }
        let digits = code.utf8.prefix { $0 != UInt8(ascii: ".") }.prefix(2)
        guard digits.count == 2, digits.allSatisfy({ $0 >= 0x30 && $0 <= 0x39 }) else { return nil }
        return Nomenclatures.nafSection(ofDivision: String(decoding: digits, as: UTF8.self))
    }

    /// The ESS family of an INSEE legal category code (catégorie juridique, 4 digits), as
    /// ``LegalFamily`` maps the whole nomenclature.
    public static func family(legalCategory code: String) -> String? {
        LegalFamily(legalCategory: code)?.name
    }

    /// The family names of ESS France's list, also used for SIRENE imports.
    public enum Family {
        public static let association = LegalFamily.associations.name
        public static let cooperative = LegalFamily.cooperatives.name
        public static let mutuelle = LegalFamily.mutuelles.name
        public static let fondation = LegalFamily.fondations.name
        public static let commerciale = LegalFamily.societesCommerciales.name
    }
}
