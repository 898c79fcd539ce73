import ESSModel

/// Which columns of a file fill which fields.
public enum ImportPreset: String, CaseIterable, Sendable {
    /// ESS France's legal list of ESS enterprises (8 columns).
    case essFrance = "ess-france"
    /// INSEE's SIRENE unit file (StockUniteLegale), ESS-flagged units.
    case sirene
    /// Columns named by `--map` (and columns already named like a field).
    case generic

    /// The header names, folded, that fill each field; the first one found wins.
    var columns: [ActorField: [String]] {
        switch self {
        case .essFrance:
            return [
                .siren: ["siren"],
                .name: ["nom ou raison sociale de l entreprise", "nom ou raison sociale", "raison sociale"],
                .legalFamily: ["famille juridique de l entreprise", "famille juridique"],
                .postcode: ["code postal"],
                .commune: ["libelle de la commune de l etablissement", "commune"],
                .departement: ["code du departement de l etablissement", "code departement"],
            ]
        case .sirene:
            return [
                .siren: ["siren"],
                .name: ["denominationunitelegale", "denominationusuelle1unitelegale", "nomusageunitelegale", "nomunitelegale"],
                .acronym: ["sigleunitelegale"],
                .legalCategory: ["categoriejuridiqueunitelegale"],
                .naf: ["activiteprincipaleunitelegale"],
                .headcount: ["trancheeffectifsunitelegale"],
                .created: ["datecreationunitelegale"],
                .state: ["etatadministratifunitelegale"],
                .ess: ["economiesocialesolidaireunitelegale"],
            ]
        case .generic:
            var columns: [ActorField: [String]] = [:]
            for field in ActorField.allCases {
                columns[field] = [TextFolding.fold(field.rawValue)] + (Self.genericHeaders[field] ?? [])
            }
            return columns
        }
    }

    /// Headers, folded, that French exports (CRESS spreadsheets, SIRENE extracts written by pandas)
    /// give the fields, read without `--map`. Only names that cannot mean something else: a bare
    /// `id` or `effectif` (a number, not a band) is left to `--map`.
    static let genericHeaders: [ActorField: [String]] = [
        .name: ["nom", "raison sociale", "nom ou raison sociale", "denomination"],
        .acronym: ["sigle"],
        .legalFamily: ["famille juridique", "famille"],
        .legalCategory: ["categorie juridique", "code categorie juridique"],
        .naf: ["code naf", "ape", "code ape", "activite principale"],
        .headcount: ["tranche effectif", "tranche effectifs", "tranche d effectifs"],
        .created: ["date creation", "date de creation"],
        .state: ["etat administratif"],
        .postcode: ["code postal", "cp"],
        .commune: ["libelle commune", "ville"],
        .communeCode: ["code commune", "code insee", "code insee commune"],
        .departement: ["code departement", "dept"],
    ]

    /// The fields a file must fill for this preset.
    var required: [ActorField] {
        switch self {
        case .essFrance: [.siren, .name]
        case .sirene: [.siren, .ess]
        case .generic: [.name]
        }
    }
}
