import ESSReference

/// The INSEE labels of an imported actor's codes, as people read them beside the code.
extension ImportedActor {
    /// "Association déclarée" for 9220; nil without a code or for a code the nomenclature lacks.
    public var legalCategoryLabel: String? { legalCategory.flatMap(Nomenclatures.legalCategoryLabel) }

    /// The NAF sub-class with its division and section; nil without a code or for one NAF rév. 2 lacks.
    public var nafActivity: NAFActivity? { naf.flatMap(Nomenclatures.nafActivity) }

    /// "Unité non employeuse ou effectif non renseigné" for NN.
    public var headcountLabel: String? { headcount.flatMap(Nomenclatures.headcountBandLabel) }

    /// "9220 Association déclarée"; the code alone when it has no label.
    public var legalCategoryText: String? { legalCategory.map { Self.coded($0, legalCategoryLabel) } }

    /// "62.01Z Programmation informatique"; the code alone when it has no label.
    public var nafText: String? { naf.map { Self.coded(nafActivity?.code ?? $0, nafActivity?.label) } }

    /// "NN Unité non employeuse ou effectif non renseigné".
    public var headcountText: String? { headcount.map { Self.coded($0, headcountLabel) } }

    static func coded(_ code: String, _ label: String?) -> String {
        label.map { "\(code) \($0)" } ?? code
    }
}
