import Foundation

/// The five families of ESS enterprises that ESS France's list uses and that a catégorie juridique
/// (niveau III) decides: the mapping below reads the whole table of ``Nomenclatures``, and
/// docs/directory.md lists it for people.
///
/// Cooperatives and the ESS commercial companies share forms with ordinary companies: a code is a
/// cooperative one only where INSEE's label says so (or it is a cooperative bank or mutual credit
/// fund); every other commercial company form (5xxx) is read as an ESS commercial company, which
/// holds for the rows of an ESS directory only (a SCIC, registered as a SAS, is counted there too:
/// no catégorie juridique tells a SCIC apart).
public enum LegalFamily: String, CaseIterable, Hashable, Sendable {
    case associations = "Associations"
    case cooperatives = "Coopératives"
    case mutuelles = "Mutuelles"
    case fondations = "Fondations"
    case societesCommerciales = "Sociétés commerciales de l'ESS"

    /// The name stored in the directory and shown to people.
    public var name: String { rawValue }

    /// The `--legal-family` spelling: `associations`, `cooperatives`, `mutuelles`, `fondations`,
    /// `societes-commerciales`.
    public var option: String {
        switch self {
        case .associations: "associations"
        case .cooperatives: "cooperatives"
        case .mutuelles: "mutuelles"
        case .fondations: "fondations"
        case .societesCommerciales: "societes-commerciales"
        }
    }

    /// The family of a catégorie juridique code ("9220", also "9220.0" or " 9220"); nil for the
    /// forms outside the ESS (public bodies, individual entrepreneurs, civil companies …) and for
    /// codes that are not in the nomenclature.
    public init?(legalCategory code: String) {
        var text = code.filter { $0 != " " }
        if text.hasSuffix(".0") { text.removeLast(2) }
        guard text.count == 4, let value = Int(text), Nomenclatures.legalCategoryLabel(text) != nil else { return nil }
        if Self.cooperativeCodes.contains(value) {
            self = .cooperatives
        } else if Self.mutualCodes.contains(value) {
            self = .mutuelles
        } else if (9210...9260).contains(value) {
            self = .associations
        } else if value == 9300 {
            self = .fondations
        } else if (5000...5999).contains(value) {
            self = .societesCommerciales
        } else {
            return nil
        }
    }

    /// Cooperative forms: every form INSEE names "coopérative" (SCOP 5458/5558/5658, the "autres"
    /// SARL/SA coopératives under which SCIC and CAE register, unions of cooperatives, cooperatives
    /// of consumers, shopkeepers, craftsmen, transport, housing and HLM production; CUMA 6316,
    /// agricultural cooperatives 6317–6318; civil cooperatives 6543–6560), the SICA (collective
    /// agricultural interest companies, 5432, 5532, 5632, 6532), and cooperative banks and mutual
    /// credit funds (Banque populaire 5192, Crédit maritime 5193, Crédit mutuel 5194 and 6595,
    /// Caisses d'épargne 5196 and 6100, Crédit agricole 6596, sociétés de caution mutuelle 5191,
    /// associations coopératives of Alsace-Moselle 5195).
    static let cooperativeCodes: Set<Int> = [
        5191, 5192, 5193, 5194, 5195, 5196,
        5203, 5307, 5309,
        5432, 5443, 5451, 5453, 5454, 5455, 5458, 5459, 5460,
        5532, 5543, 5547, 5551, 5552, 5553, 5554, 5555, 5558, 5559, 5560,
        5632, 5643, 5647, 5651, 5652, 5653, 5654, 5655, 5658, 5659, 5660,
        6100, 6316, 6317, 6318, 6532, 6543, 6551, 6554, 6558, 6560, 6595, 6596,
    ]

    /// Mutual forms: mutuelles (8210), agricultural mutual insurance (8250), other mutual bodies
    /// (8290) and mutual insurance companies (6411).
    static let mutualCodes: Set<Int> = [6411, 8210, 8250, 8290]

    /// A family by its name or `--legal-family` spelling, ignoring case and accents
    /// (`cooperatives`, `Coopératives`, `societes-commerciales`), or by a prefix of four letters
    /// or more (`asso`, `coop`, `mutu`).
    public init?(named text: String) {
        let folded = Self.fold(text)
        guard !folded.isEmpty else { return nil }
        if let exact = Self.allCases.first(where: { Self.fold($0.name) == folded || Self.fold($0.option) == folded }) {
            self = exact
            return
        }
        guard folded.count >= 4, let prefixed = Self.allCases.first(where: { Self.fold($0.option).hasPrefix(folded) }) else { return nil }
        self = prefixed
    }

    /// Lowercase letters and digits without accents: "Sociétés commerciales de l'ESS" → "societescommercialesdeless".
    private static func fold(_ text: String) -> String {
        String(text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
            .unicodeScalars.filter { $0.isASCII && $0.properties.isAlphabetic || ("0"..."9").contains($0) }.map(Character.init))
    }
}
