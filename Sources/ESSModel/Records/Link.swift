/// A typed, directed link written once in the data: "`target` is `role` of the record that holds it".
public struct Link: Hashable, Sendable, Codable, Attested {
    public var target: RecordID
    public var role: LinkRole
    /// The function the link stands for, e.g. "conseiller communautaire en charge de l'ESS".
    public var title: String?
    public var note: String?
    public var evidence: Evidence?
    public var basis: Basis

    public init(target: RecordID, role: LinkRole, title: String? = nil, note: String? = nil,
                evidence: Evidence? = nil, basis: Basis = .stated) {
        self.target = target
        self.role = role
        self.title = title
        self.note = note
        self.evidence = evidence
        self.basis = basis
    }
}

/// The roles a link can carry, with how they read from either end.
public enum LinkRole: String, CaseIterable, Sendable, Codable {
    case porteur, pilote, copilote, partenaire, financeur, membre, signataire, participant
    case creePar = "cree-par"
    case intervenant, organisateur
    case lancePar = "lance-par"
    case outil, elu, salarie, preside
    case adherentDe = "adherent-de"
    case inscritDans = "inscrit-dans"
    case etapeDe = "etape-de"
    case publiePar = "publie-par"
    case soutien, instance, composante

    /// How the role reads on the record that holds the link (what the target is to it).
    public var forwardLabel: Localized {
        switch self {
        case .porteur: Localized(fr: "Porteur", en: "Led by")
        case .pilote: Localized(fr: "Pilote", en: "Steered by")
        case .copilote: Localized(fr: "En collaboration avec", en: "In collaboration with")
        case .partenaire: Localized(fr: "Partenaires", en: "Partners")
        case .financeur: Localized(fr: "Financeurs", en: "Funders")
        case .membre: Localized(fr: "Membres", en: "Members")
        case .signataire: Localized(fr: "Signataires", en: "Signatories")
        case .participant: Localized(fr: "Participants", en: "Participants")
        case .creePar: Localized(fr: "Créé par", en: "Created by")
        case .intervenant: Localized(fr: "Intervenants", en: "Speakers")
        case .organisateur: Localized(fr: "Organisé par", en: "Organised by")
        case .lancePar: Localized(fr: "Lancé par", en: "Launched by")
        case .outil: Localized(fr: "Outils mobilisés", en: "Tools used")
        case .elu: Localized(fr: "Élu·e de", en: "Elected member of")
        case .salarie: Localized(fr: "Travaille pour", en: "Works for")
        case .preside: Localized(fr: "Préside", en: "Chairs")
        case .adherentDe: Localized(fr: "Adhère à", en: "Member of network")
        case .inscritDans: Localized(fr: "Inscrit dans", en: "Part of the framework")
        case .etapeDe: Localized(fr: "Étape de", en: "Step of")
        case .publiePar: Localized(fr: "Publié par", en: "Published by")
        case .soutien: Localized(fr: "Soutenu par", en: "Supported by")
        case .instance: Localized(fr: "Instance de", en: "Body of")
        case .composante: Localized(fr: "Fait partie de", en: "Part of")
        }
    }

    /// How the role reads from the target's side (what the holder is to the target).
    public var reverseLabel: Localized {
        switch self {
        case .porteur: Localized(fr: "Porte", en: "Leads")
        case .pilote: Localized(fr: "Pilote", en: "Steers")
        case .copilote: Localized(fr: "Collabore au pilotage de", en: "Co-steers")
        case .partenaire: Localized(fr: "Partenaire de", en: "Partner of")
        case .financeur: Localized(fr: "Finance", en: "Funds")
        case .membre: Localized(fr: "Membre de", en: "Member of")
        case .signataire: Localized(fr: "Signataire de", en: "Signatory of")
        case .participant: Localized(fr: "Participe à", en: "Takes part in")
        case .creePar: Localized(fr: "A créé", en: "Created")
        case .intervenant: Localized(fr: "Intervient à", en: "Speaks at")
        case .organisateur: Localized(fr: "Organise", en: "Organises")
        case .lancePar: Localized(fr: "A lancé", en: "Launched")
        case .outil: Localized(fr: "Outil de", en: "Tool of")
        case .elu: Localized(fr: "Élu·e·s", en: "Elected members")
        case .salarie: Localized(fr: "Équipe", en: "Staff")
        case .preside: Localized(fr: "Présidé par", en: "Chaired by")
        case .adherentDe: Localized(fr: "Adhérents", en: "Network members")
        case .inscritDans: Localized(fr: "Inclut", en: "Includes")
        case .etapeDe: Localized(fr: "Étapes", en: "Steps")
        case .publiePar: Localized(fr: "A publié", en: "Published")
        case .soutien: Localized(fr: "Soutient", en: "Supports")
        case .instance: Localized(fr: "Instances", en: "Bodies")
        case .composante: Localized(fr: "Composantes", en: "Components")
        }
    }

    /// The label for one direction.
    public func label(_ direction: LinkDirection) -> Localized {
        direction == .outgoing ? forwardLabel : reverseLabel
    }
}

/// Whether a neighbour was written on the record (outgoing) or derived from the other end (incoming).
public enum LinkDirection: String, Sendable, Hashable, Codable {
    case outgoing, incoming
}
