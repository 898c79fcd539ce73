import ESSModel

/// The words of the evidence overlay and of `e`, in both interface languages.
extension UIStrings {
    public static let evidenceTitle = Localized(fr: "Sources des faits", en: "Evidence")
    public static let passageNotLocated = Localized(fr: "passage non localisé", en: "passage not located")
    public static let documentLabel = Localized(fr: "Document : ", en: "Document: ")
    public static let referenceLabel = Localized(fr: "Référence : ", en: "Reference: ")
    public static let noFacts = Localized(fr: "Aucun fait sourcé sur cette fiche", en: "No sourced fact on this page")
    public static let documentMissing = Localized(
        fr: "Document absent du dossier des sources : passage affiché", en: "Document not in the sources folder: passage shown")
}
