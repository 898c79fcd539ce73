import ESSModel
import ESSSeeds
import Foundation
import Testing

/// A source and France, so a test file only has to add the records it is about.
let baseYAML = """
    sources:
      - id: doc
        title: Un document
        file: 000_doc.txt
    territories:
      - id: france
        name: France
        level: france

    """

/// Loads YAML texts as files named `base.yaml` (the base above) and the given names.
func loadYAML(_ files: [(String, String)], withBase: Bool = true) -> Result<Catalogue, CatalogueErrors> {
    let base = withBase ? [CatalogueFile(path: "base.yaml", contents: baseYAML)] : []
    return CatalogueLoader.load(files: base + files.map { CatalogueFile(path: $0.0, contents: $0.1) })
}

/// The loaded catalogue; records an issue and throws when the load failed.
func loadedCatalogue(_ files: [(String, String)], withBase: Bool = true,
                     sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> Catalogue {
    switch loadYAML(files, withBase: withBase) {
    case .success(let catalogue):
        return catalogue
    case .failure(let errors):
        Issue.record("expected the catalogue to load, got:\n\(errors)", sourceLocation: sourceLocation)
        throw LoadFailed()
    }
}

struct LoadFailed: Error {}
struct UnexpectedSuccess: Error {}

/// The diagnostics of a load that must fail (all or nothing: there is no catalogue).
func failedLoad(_ files: [(String, String)], withBase: Bool = true,
                sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
    try diagnostics(of: loadYAML(files, withBase: withBase), sourceLocation: sourceLocation)
}

func diagnostics(of result: Result<Catalogue, CatalogueErrors>,
                 sourceLocation: Testing.SourceLocation = #_sourceLocation) throws -> [Diagnostic] {
    switch result {
    case .success(let catalogue):
        Issue.record("expected the load to fail, but it built \(catalogue.recordCount) records", sourceLocation: sourceLocation)
        throw UnexpectedSuccess()
    case .failure(let errors):
        return errors.diagnostics
    }
}

extension Diagnostic {
    /// `file:line:column: message`, the part of the description that tests compare.
    var line: String { "\(location): \(message)" }
}

/// The built-in catalogue, loaded once for all suites.
enum BuiltIn {
    static let result = BuiltInCatalogue.load()

    static func catalogue() throws -> Catalogue {
        switch result {
        case .success(let catalogue): return catalogue
        case .failure(let errors):
            Issue.record("the built-in catalogue does not load:\n\(errors)")
            throw LoadFailed()
        }
    }
}

/// A small catalogue built in code: two regions (one with a former region), a few places, actors,
/// a person, programmes and events, with links written once.
enum SmallCatalogue {
    static let territories: [Territory] = [
        Territory(id: "france", name: "France", level: .france),
        Territory(id: "region-ara", name: "Auvergne-Rhône-Alpes", level: .region, code: "84", parent: "france", aliases: ["ARA"]),
        Territory(id: "region-pdl", name: "Pays de la Loire", level: .region, code: "52", parent: "france"),
        Territory(id: "ancienne-region-rhone-alpes", name: "Rhône-Alpes", level: .ancienneRegion, code: "82", parent: "france",
                  current: "region-ara", departements: ["departement-loire"]),
        Territory(id: "departement-loire", name: "Loire", level: .departement, code: "42", parent: "region-ara"),
        Territory(id: "departement-loire-atlantique", name: "Loire-Atlantique", level: .departement, code: "44", parent: "region-pdl"),
        Territory(id: "commune-saint-etienne", name: "Saint-Étienne", level: .commune, code: "42218", parent: "departement-loire"),
        Territory(id: "commune-nantes", name: "Nantes", level: .commune, code: "44109", parent: "departement-loire-atlantique"),
    ]

    static let sources: [Source] = [
        Source(id: "doc-a", title: "Document A", date: PartialDate(year: 2010, month: 9, day: 24), file: "000_a.txt"),
        Source(id: "doc-b", title: "Document B", file: "001_b.txt"),
    ]

    static let actors: [Actor] = [
        Actor(id: "loire-active", name: "Loire Active", kind: .financeur, territories: ["departement-loire"],
              summary: "Appui à la création d'activité.", founded: DateRange(PartialDate(year: 2010)),
              links: [Link(target: "france-active", role: .creePar)], sources: ["doc-a"]),
        Actor(id: "france-active", name: "France Active", kind: .reseau, territories: ["france"], sources: ["doc-a"]),
        Actor(id: "pole-sud", name: "Pôle Sud", kind: .ptce, territories: ["commune-saint-etienne"], sources: ["doc-a"]),
        Actor(id: "cress-rhone-alpes", name: "CRESS Rhône-Alpes", kind: .cress, acronym: "CRESS",
              territories: ["ancienne-region-rhone-alpes"], sources: ["doc-a"]),
        Actor(id: "region-pays-de-la-loire-conseil", name: "Région des Pays de la Loire", kind: .region,
              territories: ["region-pdl"], summary: "Collectivité régionale de l'Économie ligérienne.", sources: ["doc-b"]),
        Actor(id: "nantes-metropole", name: "Nantes Métropole", kind: .epci, territories: ["commune-nantes"], sources: ["doc-b"]),
        Actor(id: "isolated", name: "Acteur isolé", kind: .autre, territories: ["france"], sources: ["doc-b"]),
    ]

    static let people: [Person] = [
        Person(id: "samuel-jabrin", name: "Samuel Jabrin",
               links: [Link(target: "loire-active", role: .elu, title: "conseiller en charge de l’ESS")], sources: ["doc-a"]),
    ]

    static let programmes: [Programme] = [
        Programme(id: "progress", name: "PROGRESS", acronym: "PROGRESS", fullName: "PROGramme Roannais pour l’ESS",
                  kind: .programmeTerritorial, territories: ["departement-loire"],
                  period: DateRange(start: PartialDate(year: 2009), end: nil, note: "fin 2009"),
                  summary: "Un programme roannais.",
                  axes: [
                      Axis(id: "progress-axe-1", title: "Développer les collaborations",
                           objectives: [Objective(id: "progress-obj-1", title: "Constituer un réseau"),
                                        Objective(id: "progress-obj-2", title: "Mise en œuvre des actions")]),
                      Axis(id: "progress-axe-2", title: "Accompagner la création"),
                  ],
                  governance: [GovernanceBody(name: "Comité de pilotage", role: "organe décisionnel", cadence: "une fois par an",
                                              members: [Link(target: "cress-rhone-alpes", role: .membre)])],
                  figures: [KeyFigure(value: 200, unit: "acteurs", label: "acteurs associés", date: PartialDate(year: 2009)),
                            KeyFigure(value: 16, unit: "actions", label: "actions")],
                  links: [Link(target: "loire-active", role: .partenaire, note: "collaboration"),
                          Link(target: "france-active", role: .partenaire)],
                  sources: ["doc-a"]),
        Programme(id: "sress", name: "Stratégie régionale de l’Economie Sociale et Solidaire", acronym: "SRESS",
                  kind: .strategieRegionale, territories: ["region-pdl"],
                  period: DateRange(start: PartialDate(year: 2017), end: PartialDate(year: 2021)),
                  links: [Link(target: "region-pays-de-la-loire-conseil", role: .pilote)], sources: ["doc-b"]),
    ]

    static let events: [Event] = [
        Event(id: "creation-loire-active", title: "Création de Loire Active", date: DateRange(PartialDate(year: 2010)),
              territories: ["departement-loire"], links: [Link(target: "loire-active", role: .etapeDe),
                                                          Link(target: "progress", role: .etapeDe)],
              sources: ["doc-a"]),
        Event(id: "sress-adoption", title: "Adoption de la SRESS",
              date: DateRange(start: PartialDate(year: 2016, month: 12, day: 14), end: PartialDate(year: 2016, month: 12, day: 16)),
              links: [Link(target: "sress", role: .etapeDe)], sources: ["doc-b"]),
        Event(id: "mise-en-oeuvre", title: "Début de la mise en œuvre", date: DateRange(PartialDate(year: 2016, month: 12)),
              territories: ["region-pdl"], links: [Link(target: "sress", role: .etapeDe)], sources: ["doc-b"]),
        Event(id: "undated", title: "Conférence sans date", links: [Link(target: "isolated", role: .organisateur)],
              sources: ["doc-b"]),
    ]

    static let catalogue = Catalogue(programmes: programmes, actors: actors, people: people, events: events,
                                     territories: territories, sources: sources)
}

func ids(_ records: [any CatalogueRecord]) -> [String] { records.map(\.id.rawValue) }
