/// The fields of an imported actor that a column can fill (`--map COLUMN=FIELD`).
public enum ActorField: String, CaseIterable, Sendable {
    /// The key a re-import replaces by; the SIREN when not mapped.
    case key
    case siren
    case name
    case acronym
    /// ESS France's "famille juridique" (Associations, Coopératives …).
    case legalFamily = "legal-family"
    /// INSEE's 4-digit catégorie juridique.
    case legalCategory = "legal-category"
    /// NAF activity code (88.99B).
    case naf
    case headcount
    case created
    /// Administrative state: A (active) or C (ceased).
    case state
    /// The ESS flag: O (yes) or N.
    case ess
    case postcode
    case commune
    case communeCode = "commune-code"
    case departement

    /// The position in `allCases`, without building the array.
    var ordinal: Int {
        switch self {
        case .key: 0
        case .siren: 1
        case .name: 2
        case .acronym: 3
        case .legalFamily: 4
        case .legalCategory: 5
        case .naf: 6
        case .headcount: 7
        case .created: 8
        case .state: 9
        case .ess: 10
        case .postcode: 11
        case .commune: 12
        case .communeCode: 13
        case .departement: 14
        }
    }

    /// The names accepted in `--map`, French ones too.
    public static func named(_ text: String) -> ActorField? {
        if let field = ActorField(rawValue: text.lowercased()) { return field }
        let aliases: [String: ActorField] = [
            "nom": .name, "raison-sociale": .name, "sigle": .acronym, "famille": .legalFamily,
            "famille-juridique": .legalFamily, "categorie": .legalCategory, "categorie-juridique": .legalCategory,
            "activite": .naf, "ape": .naf, "effectif": .headcount, "creation": .created, "etat": .state,
            "code-postal": .postcode, "cp": .postcode, "code-commune": .communeCode, "dept": .departement,
            "département": .departement, "id": .key,
        ]
        return aliases[text.lowercased()]
    }
}

/// An actor read from one record, before it is stored.
public struct ActorRow: Equatable, Sendable {
    public var key: String
    public var siren: String?
    public var name: String
    public var acronym: String?
    public var legalFamily: String?
    public var legalCategory: String?
    public var naf: String?
    public var headcount: String?
    public var created: String?
    public var active: Bool?
    public var postcode: String?
    /// The COG's name of the commune when it was found, else the file's text.
    public var commune: String?
    /// The COG 2025 code of the commune found (see ``PlaceResolver``).
    public var communeCode: String?
    public var arrondissement: String?
    /// The commune is a best guess from a postcode several communes share.
    public var placeGuessed: Bool = false
    /// Nil when the record says nothing of where the actor is (a SIRENE unit without its head office).
    public var place: Place?

    public init(key: String, siren: String? = nil, name: String, acronym: String? = nil, legalFamily: String? = nil,
                legalCategory: String? = nil, naf: String? = nil, headcount: String? = nil, created: String? = nil,
                active: Bool? = nil, postcode: String? = nil, commune: String? = nil, communeCode: String? = nil,
                arrondissement: String? = nil, placeGuessed: Bool = false, place: Place?) {
        self.key = key
        self.siren = siren
        self.name = name
        self.acronym = acronym
        self.legalFamily = legalFamily
        self.legalCategory = legalCategory
        self.naf = naf
        self.headcount = headcount
        self.created = created
        self.active = active
        self.postcode = postcode
        self.commune = commune
        self.communeCode = communeCode
        self.arrondissement = arrondissement
        self.placeGuessed = placeGuessed
        self.place = place
    }
}
