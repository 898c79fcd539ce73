import ESSModel

/// A small catalogue built in code, so exact screens do not change when the seeds grow.
///
/// Two current regions and a former one (Rhône-Alpes → Auvergne-Rhône-Alpes), three
/// programmes (one with axes, one with no period), four actors (one named with an accent),
/// a person, four events (one undated, one leading to an actor) and a source.
enum SampleCatalogue {
    static func make() -> Catalogue {
        Catalogue(programmes: programmes, actors: actors, people: people, events: events,
                  territories: territories, sources: sources)
    }

    static let territories: [Territory] = [
        Territory(id: "france", name: "France", level: .france),
        Territory(id: "region-aura", name: "Auvergne-Rhône-Alpes", level: .region, code: "84", parent: "france",
                  aliases: ["ARA"]),
        Territory(id: "region-pdl", name: "Pays de la Loire", level: .region, code: "52", parent: "france"),
        Territory(id: "ancienne-region-rhone-alpes", name: "Rhône-Alpes", level: .ancienneRegion, code: "82",
                  parent: "france", current: "region-aura", departements: ["dep-loire"]),
        Territory(id: "dep-loire", name: "Loire", level: .departement, code: "42", parent: "region-aura"),
        Territory(id: "dep-loire-atlantique", name: "Loire-Atlantique", level: .departement, code: "44",
                  parent: "region-pdl"),
    ]

    static let programmes: [Programme] = [
        Programme(
            id: "progress", name: "PROGRESS", fullName: "Programme roannais pour l'ESS", kind: .programmeTerritorial,
            territories: ["dep-loire"], period: DateRange(start: PartialDate(year: 2009), end: nil),
            summary: "Programme qui traite l'économie sociale comme un secteur économique à part entière.",
            axes: [
                Axis(id: "progress-axe-1", title: "Développer les collaborations",
                     objectives: [Objective(id: "progress-o-1", title: "Créer un réseau d'acteurs"),
                                  Objective(id: "progress-o-2", title: "Partager les outils")]),
                Axis(id: "progress-axe-2", title: "Sensibiliser le grand public"),
            ],
            governance: [GovernanceBody(name: "Comité de pilotage", cadence: "deux fois par an")],
            figures: [KeyFigure(value: 200, unit: "acteurs", label: "acteurs associés")],
            links: [Link(target: "roannais-agglomeration", role: .porteur),
                    Link(target: "cress-rhone-alpes", role: .partenaire, note: "convention d'objectifs")],
            sources: ["document-progress"]),
        Programme(
            id: "sress", name: "Stratégie régionale de l'ESS", acronym: "SRESS", kind: .strategieRegionale,
            territories: ["region-pdl"],
            period: DateRange(start: PartialDate(year: 2017), end: PartialDate(year: 2021)),
            summary: "Feuille de route régionale.",
            links: [Link(target: "region-pays-de-la-loire", role: .pilote)]),
        Programme(id: "schema-rennes", name: "Schéma métropolitain de l'ESS", kind: .schemaMetropolitain),
    ]

    static let actors: [Actor] = [
        Actor(id: "roannais-agglomeration", name: "Roannais Agglomération", kind: .epci, territories: ["dep-loire"]),
        Actor(id: "cress-rhone-alpes", name: "CRESS Rhône-Alpes", kind: .cress,
              territories: ["ancienne-region-rhone-alpes"]),
        Actor(id: "region-pays-de-la-loire", name: "Région des Pays de la Loire", kind: .region,
              territories: ["region-pdl"]),
        Actor(id: "economie-solidaire-44", name: "Économie Solidaire 44", kind: .reseau,
              territories: ["dep-loire-atlantique"]),
    ]

    static let people: [Person] = [
        Person(id: "maurice-vincent", name: "Maurice Vincent",
               links: [Link(target: "roannais-agglomeration", role: .preside, title: "Président")]),
    ]

    static let events: [Event] = [
        Event(id: "lancement-progress", title: "Lancement de PROGRESS",
              date: DateRange(PartialDate(year: 2009, month: 11)), links: [Link(target: "progress", role: .etapeDe)]),
        Event(id: "conference-regionale", title: "Conférence régionale",
              date: DateRange(PartialDate(year: 2016, month: 6, day: 28)), territories: ["region-pdl"],
              links: [Link(target: "economie-solidaire-44", role: .organisateur)]),
        Event(id: "adoption-sress", title: "Adoption de la SRESS",
              date: DateRange(PartialDate(year: 2016, month: 12, day: 16)), territories: ["region-pdl"],
              links: [Link(target: "sress", role: .etapeDe)]),
        Event(id: "table-ronde", title: "Table ronde sans date"),
    ]

    static let sources: [Source] = [
        Source(id: "document-progress", title: "PROGRESS en Roannais", file: "001.txt"),
    ]
}
