import ESSModel

/// A way to narrow the imported actors beyond their territory: the columns the directory counts.
public enum ImportedFacet: String, CaseIterable, Hashable, Sendable {
    case departement
    case legalFamily = "legal-family"
    case nafSection = "naf-section"

    /// The facet's name before its value in the header and the list heading.
    public var label: Localized {
        switch self {
        case .departement: Localized(fr: "Département", en: "Département")
        case .legalFamily: Localized(fr: "Famille juridique", en: "Legal family")
        case .nafSection: Localized(fr: "Section NAF", en: "NAF section")
        }
    }

    /// The picker's title.
    public var pickerTitle: Localized {
        switch self {
        case .departement: Localized(fr: "Choisir un département (acteurs importés)", en: "Choose a département (imported actors)")
        case .legalFamily: Localized(fr: "Choisir une famille juridique (acteurs importés)", en: "Choose a legal family (imported actors)")
        case .nafSection: Localized(fr: "Choisir une section NAF (acteurs importés)", en: "Choose a NAF section (imported actors)")
        }
    }

    /// The picker's first line, which drops the filter.
    public var allChoice: Localized {
        switch self {
        case .departement: Localized(fr: "Tous les départements", en: "All départements")
        case .legalFamily: Localized(fr: "Toutes les familles juridiques", en: "All legal families")
        case .nafSection: Localized(fr: "Toutes les sections NAF", en: "All NAF sections")
        }
    }
}

/// One value of a facet: the code the directory stores ("69", "Q", "Associations") and how a
/// person reads it ("Rhône (69)", "Q · Santé humaine et action sociale").
public struct ImportedFacetChoice: Hashable, Sendable {
    public var code: String
    public var label: String
    /// For a NAF division chosen in the `n` picker, its section: the picker opens it again.
    public var section: String?

    public init(code: String, label: String, section: String? = nil) {
        self.code = code
        self.label = label
        self.section = section
    }
}

/// A facet value with the number of imported actors it holds within the other filters.
public struct ImportedFacetCount: Hashable, Sendable {
    public var choice: ImportedFacetChoice
    public var count: Int

    public init(_ choice: ImportedFacetChoice, count: Int) {
        self.choice = choice
        self.count = count
    }
}

/// The facet values the imported actors of the Actors list are narrowed to, on top of their
/// territory (the region, or a programme's territory). Empty: no narrowing.
public struct ImportedActorFilter: Hashable, Sendable {
    private var choices: [ImportedFacet: ImportedFacetChoice] = [:]

    public init(_ choices: [ImportedFacet: ImportedFacetChoice] = [:]) {
        self.choices = choices
    }

    public subscript(facet: ImportedFacet) -> ImportedFacetChoice? {
        get { choices[facet] }
        set { choices[facet] = newValue }
    }

    /// The code chosen for `facet`, as the directory stores it.
    public func code(_ facet: ImportedFacet) -> String? { choices[facet]?.code }

    public var isEmpty: Bool { choices.isEmpty }

    /// The same filter without `facet`: what the counts of that facet's picker are taken within.
    public func removing(_ facet: ImportedFacet) -> ImportedActorFilter {
        var copy = self
        copy[facet] = nil
        return copy
    }

    /// The chosen values, in facet order: "Rhône (69) · Associations".
    public var labels: [String] { ImportedFacet.allCases.compactMap { choices[$0]?.label } }
}
