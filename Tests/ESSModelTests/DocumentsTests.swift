import ESSModel
import Testing

/// The five source documents (copies in shared/seeds), by file name.
let documentFiles = [
    "000_3b37cdf470e26123.txt",  // RTES 2010: PROGRESS en Roannais
    "001_6bf25478bad35b09.txt",  // Rencontres Sociales 2011: interview de Maurice Vincent
    "002_5881cfeab5e1ad9d.txt",  // SRESS des Pays de la Loire 2017/2021
    "003_6ef114e612845dde.txt",  // RTES: conférence nationale, table ronde 1
    "004_beeb2007f3cd26d3.txt",  // Coopérons sur les territoires rhônalpins !
]

@Suite("Built-in catalogue: sources")
struct DocumentSourcesTests {
    @Test func everyRecordCitesAtLeastOneSource() throws {
        let catalogue = try BuiltIn.catalogue()
        for type in [RecordType.programme, .actor, .person, .event] {
            for record in catalogue.records(of: type) {
                #expect(!record.sources.isEmpty, "\(record.id) cites no source")
                for source in record.sources {
                    #expect(catalogue.source(source) != nil, "\(record.id) cites \(source), which is not a source")
                }
            }
        }
    }

    @Test func everySourceIsOneOfTheFiveDocumentsAndEachDocumentIsCitedOnce() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(catalogue.sources.map(\.file) == documentFiles)
        #expect(catalogue.sources.map(\.id.rawValue) == [
            "rtes-2010-progress", "rencontres-sociales-2011-sem", "sress-pdl-2017",
            "rtes-conference-nationale-table-ronde-1", "cooperons-territoires-rhonalpins",
        ])
        #expect(catalogue.source("rtes-2010-progress")?.date == PartialDate(year: 2010, month: 9, day: 24))
        #expect(catalogue.source("rencontres-sociales-2011-sem")?.date == PartialDate(year: 2011, month: 1, day: 15))
        #expect(catalogue.source("rencontres-sociales-2011-sem")?.url == "http://rencontres-sociales.org/spip/spip.php?article2281")
    }

    @Test(arguments: ["rtes-2010-progress", "rencontres-sociales-2011-sem", "sress-pdl-2017",
                      "rtes-conference-nationale-table-ronde-1", "cooperons-territoires-rhonalpins"])
    func everySourceIsCited(_ id: String) throws {
        let catalogue = try BuiltIn.catalogue()
        let citing = catalogue.neighbours(of: RecordID(id)).filter { $0.relation == .source && $0.direction == .incoming }
        #expect(citing.count >= 5)
    }
}

@Suite("Built-in catalogue: the SRESS des Pays de la Loire (document 002)")
struct SRESSDocumentTests {
    /// The three stakes and fifteen objectives, verbatim from document 002.
    static let stakes: [(String, [String])] = [
        ("Intégrer les acteurs de l’ESS dans le développement économique territorial", [
            "Améliorer l’accessibilité des entreprises de l’ESS aux dispositifs d’accompagnement et de financement de droit commun",
            "Favoriser le développement et la lisibilité de politiques locales en faveur de l’ESS",
            "Faire prendre en compte les capacités d’innovation des entreprises de l’ESS par les acteurs de l’innovation et du développement économique",
            "Qualifier l’utilité sociale et territoriale des entreprises de l’ESS et la promouvoir",
        ]),
        ("Accompagner le développement des entreprises de l’ESS", [
            "Consolider les solutions d’accompagnement et de financement des entreprises de l’ESS",
            "Valoriser et poursuivre les dispositifs de formation des bénévoles",
            "Promouvoir et développer les offres de biens et services des entreprises de l’ESS",
            "Accompagner la fonction employeur",
            "Faciliter la rencontre entre l’offre et la demande d’emploi dans l’ESS notamment par des emplois de qualité",
            "Renforcer la détection et l’accompagnement des entreprises en difficulté",
            "Favoriser l’action structurante des organisations professionnelles et des réseaux de l’ESS",
        ]),
        ("Faire connaître et valoriser l’ESS", [
            "Valoriser le bénévolat auprès des jeunes et des futurs retraités",
            "Développer la représentativité de l’ESS dans les instances publiques",
            "Sensibiliser et former les acteurs publics, les acteurs économiques, les jeunes et le grand public à l’ESS",
            "Développer les actions de communication",
        ]),
    ]

    @Test func threeStakesWithFourSevenAndFourObjectives() throws {
        let sress = try #require(try BuiltIn.catalogue().programme("sress-pays-de-la-loire"))
        #expect(sress.kind == .strategieRegionale)
        #expect(sress.acronym == "SRESS")
        #expect(sress.period == DateRange(start: PartialDate(year: 2017), end: PartialDate(year: 2021)))
        #expect(sress.territories == ["region-pays-de-la-loire"])
        #expect(sress.axes.count == 3)
        #expect(sress.axes.map(\.objectives.count) == [4, 7, 4])
        #expect(sress.objectiveCount == 15)
        #expect(sress.axes.map(\.id.rawValue) == ["sress-enjeu-1", "sress-enjeu-2", "sress-enjeu-3"])
    }

    @Test(arguments: 0..<3)
    func stakeAndObjectiveTitlesAreVerbatim(_ index: Int) throws {
        let sress = try #require(try BuiltIn.catalogue().programme("sress-pays-de-la-loire"))
        try #require(sress.axes.count == 3)
        let axis = sress.axes[index]
        #expect(axis.title == Self.stakes[index].0)
        #expect(axis.objectives.map(\.title) == Self.stakes[index].1)
        #expect(axis.objectives.map(\.id.rawValue) == (1...Self.stakes[index].1.count).map { "sress-obj-\(index + 1)-\($0)" })
    }

    @Test func governanceBodiesAndTheirCadence() throws {
        let catalogue = try BuiltIn.catalogue()
        let sress = try #require(catalogue.programme("sress-pays-de-la-loire"))
        #expect(sress.governance.map(\.name) == ["Conférence régionale de l’ESS", "Comité de pilotage", "Comité technique"])
        #expect(sress.governance.map(\.cadence) == ["tous les deux ans", "une fois par an", "une fois par trimestre"])
        #expect(sress.governance[1].members.map(\.target.rawValue) == [
            "direccte-pays-de-la-loire", "drdjscs-pays-de-la-loire", "conseil-regional-pays-de-la-loire",
            "cress-pays-de-la-loire", "caisse-des-depots", "bpi-france", "france-active",
        ])
        #expect(sress.governance[2].members.map(\.target.rawValue) == [
            "direccte-pays-de-la-loire", "drdjscs-pays-de-la-loire", "direction-entreprise-innovation-pays-de-la-loire",
            "cress-pays-de-la-loire",
        ])
        #expect(sress.governance.allSatisfy { $0.members.allSatisfy { $0.role == .membre } })
    }

    @Test func steeredByTheRegionWithTheStateAndTheCRESS() throws {
        let sress = try #require(try BuiltIn.catalogue().programme("sress-pays-de-la-loire"))
        #expect(sress.links.contains(Link(target: "conseil-regional-pays-de-la-loire", role: .pilote)))
        #expect(sress.links.contains(Link(target: "etat", role: .copilote)))
        #expect(sress.links.contains(Link(target: "cress-pays-de-la-loire", role: .copilote)))
        #expect(sress.figures.contains(KeyFigure(value: 15, unit: "objectifs opérationnels", label: "objectifs opérationnels")))
    }

    @Test(arguments: [
        ("sress-lancement-concertation", 120.0, "participants", "2016-04-28", "commune-ancenis"),
        ("sress-questionnaire", 275.0, "répondants", "2016", "region-pays-de-la-loire"),
        ("sress-premiere-conference-regionale", 200.0, "acteurs", "2016-06-28", "commune-angers"),
        ("sress-boite-a-idees", 20.0, "contributeurs", "2016", "region-pays-de-la-loire"),
    ])
    func concertationSteps(id: String, value: Double, unit: String, date: String, place: String) throws {
        let catalogue = try BuiltIn.catalogue()
        let event = try #require(catalogue.event(RecordID(id)))
        #expect(event.figures.map(\.value) == [value])
        #expect(event.figures.first?.unit == unit)
        #expect(event.date?.start?.description == date)
        #expect(event.territories == [RecordID(place)])
        #expect(event.links == [Link(target: "sress-concertation", role: .etapeDe)])
        #expect(event.sources == ["sress-pdl-2017"])
    }

    @Test func concertationAndAdoptionDates() throws {
        let catalogue = try BuiltIn.catalogue()
        let concertation = try #require(catalogue.event("sress-concertation"))
        #expect(concertation.date?.start == PartialDate(year: 2016, month: 4, day: 28))
        #expect(concertation.date?.end == PartialDate(year: 2016, month: 9))
        let adoption = try #require(catalogue.event("sress-adoption"))
        #expect(Formatting.range(adoption.date!, .fr) == "14 – 16 décembre 2016 (les 14, 15 et 16 décembre)")
        // The steps of the concertation are navigable from it.
        let steps = catalogue.neighbourGroups(of: "sress-concertation").first { $0.relation == .link(.etapeDe) && $0.direction == .incoming }
        #expect(Set(steps?.neighbours.map(\.id.rawValue) ?? []) == [
            "sress-lancement-concertation", "sress-questionnaire", "sress-premiere-conference-regionale", "sress-boite-a-idees",
            "sress-fin-concertation",
        ])
    }
}

@Suite("Built-in catalogue: PROGRESS, the PTCE, people and Loire Active")
struct DocumentRecordsTests {
    @Test func progressHasFiveAxesSixteenActionsAndTwoHundredActors() throws {
        let progress = try #require(try BuiltIn.catalogue().programme("progress"))
        #expect(progress.axes.count == 5)
        #expect(progress.fullName == "PROGramme Roannais pour l’ESS")
        #expect(progress.territories == ["arrondissement-roanne"])
        #expect(progress.figures.contains { $0.value == 16 && $0.unit == "actions" })
        #expect(progress.figures.contains { $0.value == 200 && $0.unit == "acteurs" && $0.date == PartialDate(year: 2009) })
        #expect(progress.figures.contains { $0.value == 5 && $0.unit == "axes" })
        #expect(progress.links.first == Link(target: "grand-roanne-agglomeration", role: .porteur))
        #expect(progress.sources == ["rtes-2010-progress"])
    }

    /// The ten PTCE that document 004 names, with their names as written there.
    static let ptce: [(String, String)] = [
        ("pole-sud", "Pôle Sud"),
        ("pole-culture-et-cooperation", "Pôle Culture et Coopération"),
        ("reflex", "RéFlex"),
        ("atelier-26", "L’Atelier 26"),
        ("le-pirat", "Le Pirat"),
        ("ag2i", "AG2I"),
        ("plateforme-eco-construction-metiers-du-bois", "La Plateforme territoriale de l’éco-construction et des métiers du bois"),
        ("pole-ressources-du-roannais", "Pôle ressources du Roannais"),
        ("savoie-leman-solidaire", "Savoie Léman Solidaire"),
        ("pole-territorial-saone-vallee", "Pôle territorial Saône Vallée"),
    ]

    @Test func theTenPTCEOfDocument004() throws {
        let catalogue = try BuiltIn.catalogue()
        for (id, name) in Self.ptce {
            let actor = try #require(catalogue.actor(RecordID(id)), "\(id)")
            #expect(actor.name == name)
            #expect(actor.kind == .ptce)
            #expect(actor.sources.contains("cooperons-territoires-rhonalpins"))
            #expect(catalogue.regions(of: actor.id) == ["region-auvergne-rhone-alpes"], "\(id)")
            #expect(catalogue.neighbours(of: actor.id).contains(
                Neighbour(id: "reseau-ptce-rhone-alpes", relation: .link(.membre), direction: .incoming)), "\(id)")
        }
        #expect(Set(catalogue.actors.filter { $0.kind == .ptce }.map(\.id.rawValue)) == Set(Self.ptce.map(\.0)))
    }

    @Test(arguments: [
        ("samuel-jabrin", "Samuel Jabrin", "grand-roanne-agglomeration", LinkRole.elu,
         "conseiller communautaire en charge de l’économie sociale et solidaire"),
        ("camille-citerne", "Camille Citerne", "grand-roanne-agglomeration", LinkRole.salarie,
         "chargée de mission Economie Sociale et Solidaire"),
        ("maurice-vincent", "Maurice Vincent", "saint-etienne-metropole", LinkRole.preside, "Président de Saint-Étienne Métropole"),
        ("mathieu-klein", "Mathieu Klein", "conseil-departemental-meurthe-et-moselle", LinkRole.preside,
         "président du département de Meurthe et Moselle"),
        ("mathieu-theurier", "Mathieu Theurier", "rennes-metropole", LinkRole.elu, "vice-président à l’ESS de Rennes métropole"),
        ("guy-hascoet", "Guy Hascoët", "la-poste", LinkRole.salarie, "délégué ESS au sein du groupe La Poste"),
    ])
    func peopleAndTheirOrganisations(id: String, name: String, organisation: String, role: LinkRole, title: String) throws {
        let catalogue = try BuiltIn.catalogue()
        let person = try #require(catalogue.person(RecordID(id)))
        #expect(person.name == name)
        #expect(person.links.first == Link(target: RecordID(organisation), role: role, title: title))
        #expect(catalogue.type(of: RecordID(organisation)) == .actor)
        // Seen from the organisation, the person is there too.
        #expect(catalogue.neighbours(of: RecordID(organisation)).contains(
            Neighbour(id: RecordID(id), relation: .link(role), direction: .incoming, title: title)))
    }

    @Test func michelAbherveSpokeAtTheRoundTable() throws {
        // Document 003 names no organisation for him: he is linked to the round table he spoke at.
        let catalogue = try BuiltIn.catalogue()
        let person = try #require(catalogue.person("michel-abherve"))
        #expect(person.name == "Michel Abhervé")
        #expect(person.sources == ["rtes-conference-nationale-table-ronde-1"])
        #expect(catalogue.neighbours(of: "michel-abherve").contains { $0.id == "rtes-table-ronde-1" && $0.relation == .link(.intervenant) })
        #expect(catalogue.people.count == 8)
    }

    @Test func loireActiveWasCreatedWithFranceActiveAndTheCaisseDesDepots() throws {
        let catalogue = try BuiltIn.catalogue()
        let loireActive = try #require(catalogue.actor("loire-active"))
        #expect(loireActive.kind == .financeur)
        #expect(loireActive.territories == ["departement-loire"])
        #expect(loireActive.founded?.start == PartialDate(year: 2010))
        #expect(loireActive.links.filter { $0.role == .creePar }.map(\.target.rawValue)
                == ["france-active", "caisse-des-depots", "grand-roanne-agglomeration"])
        #expect(catalogue.actor("france-active")?.name == "France Active")
        #expect(catalogue.actor("caisse-des-depots")?.name == "Caisse des Dépôts")
        #expect(catalogue.neighbourGroups(of: "caisse-des-depots").contains {
            $0.relation == .link(.creePar) && $0.direction == .incoming && $0.neighbours.map(\.id) == ["loire-active"]
        })
    }
}

@Suite("Built-in catalogue: regions and départements")
struct DocumentTerritoriesTests {
    static let currentRegionCodes: [String: String] = [
        "region-ile-de-france": "11", "region-centre-val-de-loire": "24", "region-bourgogne-franche-comte": "27",
        "region-normandie": "28", "region-hauts-de-france": "32", "region-grand-est": "44", "region-pays-de-la-loire": "52",
        "region-bretagne": "53", "region-nouvelle-aquitaine": "75", "region-occitanie": "76", "region-auvergne-rhone-alpes": "84",
        "region-provence-alpes-cote-d-azur": "93", "region-corse": "94", "region-guadeloupe": "01", "region-martinique": "02",
        "region-guyane": "03", "region-la-reunion": "04", "region-mayotte": "06",
    ]

    static let formerToCurrent: [String: String] = [
        "ancienne-region-alsace": "region-grand-est", "ancienne-region-aquitaine": "region-nouvelle-aquitaine",
        "ancienne-region-auvergne": "region-auvergne-rhone-alpes", "ancienne-region-basse-normandie": "region-normandie",
        "ancienne-region-bourgogne": "region-bourgogne-franche-comte", "ancienne-region-champagne-ardenne": "region-grand-est",
        "ancienne-region-franche-comte": "region-bourgogne-franche-comte", "ancienne-region-haute-normandie": "region-normandie",
        "ancienne-region-languedoc-roussillon": "region-occitanie", "ancienne-region-limousin": "region-nouvelle-aquitaine",
        "ancienne-region-lorraine": "region-grand-est", "ancienne-region-midi-pyrenees": "region-occitanie",
        "ancienne-region-nord-pas-de-calais": "region-hauts-de-france", "ancienne-region-picardie": "region-hauts-de-france",
        "ancienne-region-poitou-charentes": "region-nouvelle-aquitaine", "ancienne-region-rhone-alpes": "region-auvergne-rhone-alpes",
    ]

    @Test func eighteenCurrentRegionsWithTheirCodes() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(catalogue.currentRegions.count == 18)
        let codes = Dictionary(uniqueKeysWithValues: catalogue.currentRegions.map { ($0.id.rawValue, $0.code ?? "") })
        #expect(codes == Self.currentRegionCodes)
        #expect(catalogue.currentRegions.allSatisfy { $0.parent == "france" })
    }

    @Test func sixteenFormerRegionsEachWithItsCurrentRegion() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(catalogue.formerRegions.count == 16)
        let current = Dictionary(uniqueKeysWithValues: catalogue.formerRegions.map { ($0.id.rawValue, $0.current?.rawValue ?? "") })
        #expect(current == Self.formerToCurrent)
        // The départements a former region held now lie in the region it merged into, each held once.
        var held: [RecordID] = []
        for former in catalogue.formerRegions {
            #expect(!former.departements.isEmpty, "\(former.id)")
            for departement in former.departements {
                #expect(catalogue.territory(departement)?.level == .departement, "\(departement)")
                #expect(catalogue.territory(departement)?.parent == former.current, "\(departement) of \(former.id)")
            }
            held += former.departements
        }
        #expect(held.count == 65)
        #expect(Set(held).count == 65)
        #expect(catalogue.territory("ancienne-region-rhone-alpes")?.code == "82")
        #expect(catalogue.territory("ancienne-region-rhone-alpes")?.departements.count == 8)
    }

    @Test func oneHundredAndOneDepartementsWithINSEECodes() throws {
        let catalogue = try BuiltIn.catalogue()
        let departements = catalogue.territories.filter { $0.level == .departement }
        #expect(departements.count == 101)
        let expectedCodes = (1...95).filter { $0 != 20 }.map { $0 < 10 ? "0\($0)" : "\($0)" } + ["2A", "2B"]
            + ["971", "972", "973", "974", "976"]
        #expect(Set(departements.compactMap(\.code)) == Set(expectedCodes))
        #expect(departements.allSatisfy { $0.code != nil })
        #expect(departements.allSatisfy { $0.parent.map { catalogue.territory($0)?.level == .region } ?? false })
        #expect(catalogue.territories.first { $0.code == "42" && $0.level == .departement }?.name == "Loire")
        #expect(catalogue.territory("departement-loire")?.parent == "region-auvergne-rhone-alpes")
    }
}

/// The targets of a record's links with one role, in the order the catalogue writes them.
private func targets(_ links: [Link], _ role: LinkRole) -> [String] {
    links.filter { $0.role == role }.map(\.target.rawValue)
}

@Suite("Built-in catalogue: what each document names, and nothing else")
struct DocumentCoverageTests {
    /// For each document, the actors, people, programmes and events that cite it. A record added
    /// or dropped must come with a look at the document it cites.
    static let citing: [(String, [RecordType: Set<String>])] = [
        ("rtes-2010-progress", [
            .actor: ["grand-roanne-agglomeration", "saint-etienne-metropole", "loire-forez-agglomeration", "syndicat-pays-roannais",
                     "conseil-regional-rhone-alpes", "cress-rhone-alpes", "rtes", "france-active", "caisse-des-depots",
                     "loire-active", "pole-ressources-du-roannais"],
            .person: ["samuel-jabrin", "camille-citerne"],
            .programme: ["progress"],
            .event: ["creation-loire-active", "creation-pole-ressource-roannais", "progress-co-construction-plan-d-actions"],
        ]),
        ("rencontres-sociales-2011-sem", [
            .actor: ["grand-roanne-agglomeration", "saint-etienne-metropole", "loire-forez-agglomeration", "conseil-general-loire",
                     "conseil-regional-rhone-alpes", "rtes", "loire-active", "creafil", "dla", "loire-solidaires-org",
                     "insertion-et-design", "cfac", "maison-de-l-emploi", "epiceries-sociales-et-solidaires", "rencontres-sociales",
                     "lettre-du-rtes", "biennale-internationale-design-saint-etienne"],
            .person: ["maurice-vincent"],
            .programme: ["politique-ess-saint-etienne-metropole"],
            .event: ["interview-maurice-vincent-2011"],
        ]),
        ("sress-pdl-2017", [
            .actor: ["conseil-regional-pays-de-la-loire", "direction-entreprise-innovation-pays-de-la-loire", "nantes-metropole", "compa",
                     "aldev", "carene", "la-roche-sur-yon-agglomeration", "etat", "direccte-pays-de-la-loire",
                     "drdjscs-pays-de-la-loire", "cress-pays-de-la-loire", "france-active", "caisse-des-depots", "bpi-france", "fondes",
                     "credit-mutuel", "assises-cooperation-mutualisme"],
            .person: ["macron"],
            .programme: ["srdeii-pays-de-la-loire", "sress-pays-de-la-loire", "sress-plan-d-actions-2017-2018"],
            .event: ["creation-assises-cooperation-mutualisme", "assises-cooperation-mutualisme-8e", "tribune-millier-associatifs-macron",
                     "srdeii-adoption", "sress-concertation", "sress-lancement-concertation", "sress-questionnaire",
                     "sress-premiere-conference-regionale", "sress-boite-a-idees", "sress-fin-concertation", "sress-adoption",
                     "sress-debut-mise-en-oeuvre", "sress-installation-comite-de-pilotage"],
        ]),
        ("rtes-conference-nationale-table-ronde-1", [
            .actor: ["rennes-metropole", "conseil-regional-bretagne", "conseil-departemental-ille-et-vilaine",
                     "conseil-departemental-meurthe-et-moselle", "rtes", "alliance-dynamique", "comites-de-bassin-d-emplois", "idee-cap",
                     "comptoirs-de-l-ess", "incubateurs-rennes-metropole", "espaces-innovation-sociale-technique-paris", "la-poste",
                     "okhra", "pole-matieres-et-couleurs-du-luberon"],
            .person: ["michel-abherve", "mathieu-klein", "mathieu-theurier", "guy-hascoet"],
            .programme: ["experimentations-la-poste-ess", "schema-metropolitain-ess-rennes"],
            .event: ["rtes-conference-nationale-ess", "rtes-table-ronde-1", "rtes-table-ronde-2", "okhra-passage-en-scic",
                     "rennes-lancement-schema-metropolitain"],
        ]),
        ("cooperons-territoires-rhonalpins", [
            .actor: ["conseil-regional-rhone-alpes", "conseil-departemental-ain", "conseil-departemental-isere",
                     "conseil-departemental-ardeche", "cddra-alpes-sud-isere", "cddra-val-de-drome", "etat", "direccte-rhone-alpes",
                     "cress-rhone-alpes", "cncres", "rtes", "coorace", "coorace-rhone-alpes", "labo-ess", "pole-sud",
                     "pole-culture-et-cooperation", "reflex", "atelier-26", "le-pirat", "ag2i",
                     "plateforme-eco-construction-metiers-du-bois", "pole-ressources-du-roannais", "savoie-leman-solidaire",
                     "pole-territorial-saone-vallee", "echo-le-valentinois", "salon-des-entrepreneurs", "rencontres-solidaires",
                     "forum-emploi-metiers-ess"],
            .person: [],
            .programme: ["appel-a-candidatures-ptce", "contrat-economique-sectoriel-ess-rhone-alpes",
                         "politique-economie-de-proximite-rhone-alpes", "reseau-ptce-rhone-alpes"],
            .event: ["etats-generaux-ess-2011"],
        ]),
    ]

    @Test(arguments: 0..<5)
    func recordsCitingEachDocument(_ index: Int) throws {
        let catalogue = try BuiltIn.catalogue()
        let (source, expected) = Self.citing[index]
        for type in [RecordType.actor, .person, .programme, .event] {
            let citing = Set(catalogue.records(of: type).filter { $0.sources.contains(RecordID(source)) }.map(\.id.rawValue))
            #expect(citing == expected[type], "\(type) citing \(source)")
        }
    }

    @Test func everyActorPersonProgrammeAndEventIsInTheTable() throws {
        let catalogue = try BuiltIn.catalogue()
        for type in [RecordType.actor, .person, .programme, .event] {
            let listed = Self.citing.reduce(into: Set<String>()) { $0.formUnion($1.1[type] ?? []) }
            #expect(Set(catalogue.records(of: type).map(\.id.rawValue)) == listed, "\(type)")
        }
    }

    @Test func namesSpelledAsTheDocumentsSpellThem() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(catalogue.programme("appel-a-candidatures-ptce")?.name
                == "Appel à candidature sur les Pôles territoriaux de coopération économique")
        #expect(catalogue.actor("conseil-general-loire")?.name == "Conseil Général de la Loire")
        #expect(catalogue.actor("okhra")?.name == "ôkhra")
        #expect(catalogue.actor("alliance-dynamique")?.name == "Alliance Dynamique")
        #expect(catalogue.actor("pole-matieres-et-couleurs-du-luberon")?.name == "Matières et Couleurs du Lubéron")
        #expect(catalogue.actor("aldev")?.acronym == "Aldev")
        #expect(catalogue.actor("aldev")?.name == "Angers Loire développement")
        #expect(catalogue.actor("compa")?.name == "Communauté de communes du Pays d’Ancenis")
        #expect(catalogue.actor("carene")?.aliases.contains("Saint Nazaire agglomération") == true)
        #expect(catalogue.actor("cfac")?.name == "Convention de centralité")
        #expect(catalogue.actor("cfac")?.acronym == "CFAC")
        #expect(catalogue.actor("bpi-france")?.name == "BPI France")
    }
}

@Suite("Built-in catalogue: PROGRESS and the Loire (documents 000 and 001)")
struct LoireDocumentsTests {
    @Test func progressIsLedByGrandRoanneWithItsPartners() throws {
        let catalogue = try BuiltIn.catalogue()
        let progress = try #require(catalogue.programme("progress"))
        #expect(targets(progress.links, .partenaire) == [
            "cress-rhone-alpes", "conseil-regional-rhone-alpes", "syndicat-pays-roannais", "saint-etienne-metropole",
            "loire-forez-agglomeration",
        ])
        #expect(progress.figures.contains { $0.value == 10 && $0.unit == "communautés de communes" })
        #expect(progress.axes.map(\.title) == [
            "Développer les collaborations et constituer un réseau d'acteurs",
            "Renforcer les dispositifs d'ingénierie, de financement et de formation",
            "Accompagner la création d'activités",
            "Sensibiliser le grand public, les syndicats, les élus et les consulaires",
            "Accompagner les projets structurants",
        ])
        let coConstruction = try #require(catalogue.event("progress-co-construction-plan-d-actions"))
        #expect(coConstruction.date == DateRange(PartialDate(year: 2009), note: "fin 2009"))
        #expect(coConstruction.figures.map(\.value) == [200])
    }

    @Test func thePoleRessourceIsPartOfProgressAndAPTCE() throws {
        let catalogue = try BuiltIn.catalogue()
        let pole = try #require(catalogue.actor("pole-ressources-du-roannais"))
        #expect(pole.founded?.start == PartialDate(year: 2011))
        #expect(targets(pole.links, .inscritDans) == ["progress"])
        #expect(targets(pole.links, .porteur) == ["grand-roanne-agglomeration"])
        #expect(pole.sources == ["rtes-2010-progress", "cooperons-territoires-rhonalpins"])
        let creation = try #require(catalogue.event("creation-pole-ressource-roannais"))
        #expect(creation.date?.start == PartialDate(year: 2011))
    }

    @Test func saintEtienneMetropolePolicyItsPartnersToolsAndCollective() throws {
        let catalogue = try BuiltIn.catalogue()
        let policy = try #require(catalogue.programme("politique-ess-saint-etienne-metropole"))
        #expect(targets(policy.links, .porteur) == ["saint-etienne-metropole"])
        #expect(targets(policy.links, .partenaire) == [
            "conseil-regional-rhone-alpes", "conseil-general-loire", "grand-roanne-agglomeration", "loire-forez-agglomeration",
        ])
        #expect(targets(policy.links, .outil) == ["cfac", "creafil", "dla", "loire-solidaires-org", "insertion-et-design"])
        #expect(policy.axes.count == 3)
        #expect(policy.governance.count == 1)
        #expect(policy.governance.first?.cadence == "régulièrement")
        #expect(policy.governance.first?.members.map(\.target.rawValue) == ["maison-de-l-emploi", "loire-active"])
        #expect(catalogue.actor("loire-solidaires-org")?.website == "www.loire-solidaires.org")
        #expect(targets(catalogue.actor("saint-etienne-metropole")?.links ?? [], .adherentDe) == ["rtes"])
        #expect(targets(catalogue.actor("epiceries-sociales-et-solidaires")?.links ?? [], .soutien) == ["saint-etienne-metropole"])
    }

    @Test func theInterviewOfMauriceVincent() throws {
        let catalogue = try BuiltIn.catalogue()
        let interview = try #require(catalogue.event("interview-maurice-vincent-2011"))
        #expect(interview.date?.start == PartialDate(year: 2011, month: 1, day: 15))
        #expect(targets(interview.links, .intervenant) == ["maurice-vincent"])
        #expect(targets(interview.links, .organisateur) == ["lettre-du-rtes"])
        #expect(targets(interview.links, .publiePar) == ["rencontres-sociales"])
        #expect(targets(catalogue.actor("lettre-du-rtes")?.links ?? [], .publiePar) == ["rtes"])
        #expect(catalogue.source("rencontres-sociales-2011-sem")?.publisher == "rencontres-sociales")
    }
}

@Suite("Built-in catalogue: the round table and the Pays de la Loire (documents 002 and 003)")
struct RoundTableAndPaysDeLaLoireTests {
    @Test func concertationNamesItsParticipantsAndSixThemes() throws {
        let catalogue = try BuiltIn.catalogue()
        let concertation = try #require(catalogue.event("sress-concertation"))
        #expect(targets(concertation.links, .participant) == [
            "nantes-metropole", "compa", "aldev", "carene", "la-roche-sur-yon-agglomeration", "fondes", "caisse-des-depots",
            "credit-mutuel",
        ])
        #expect(concertation.figures.map(\.value) == [6])
        let sress = try #require(catalogue.programme("sress-pays-de-la-loire"))
        #expect(sress.figures.contains { $0.value == 100 && $0.unit == "actions" })
        #expect(targets(sress.links, .inscritDans) == ["srdeii-pays-de-la-loire"])
        #expect(catalogue.programme("sress-plan-d-actions-2017-2018")?.period
                == DateRange(start: PartialDate(year: 2017), end: PartialDate(year: 2018)))
        #expect(catalogue.event("srdeii-adoption")?.date?.start == PartialDate(year: 2016, month: 12))
        #expect(catalogue.event("sress-installation-comite-de-pilotage")?.date?.start == PartialDate(year: 2017, month: 2))
    }

    @Test func theOtherArticlesOfDocument002() throws {
        let catalogue = try BuiltIn.catalogue()
        let assises = try #require(catalogue.actor("assises-cooperation-mutualisme"))
        #expect(assises.founded?.start == PartialDate(year: 2012))
        #expect(assises.territories == ["commune-bruxelles", "commune-rennes", "commune-paris"])
        #expect(catalogue.event("creation-assises-cooperation-mutualisme")?.date?.start == PartialDate(year: 2012))
        #expect(targets(catalogue.event("assises-cooperation-mutualisme-8e")?.links ?? [], .composante) == ["assises-cooperation-mutualisme"])
        let tribune = try #require(catalogue.event("tribune-millier-associatifs-macron"))
        #expect(tribune.date == nil)
        #expect(tribune.figures.map(\.value) == [1000])
        #expect(targets(catalogue.person("macron")?.links ?? [], .soutien) == ["tribune-millier-associatifs-macron"])
    }

    @Test func laPosteAndTheAllianceDynamique() throws {
        let catalogue = try BuiltIn.catalogue()
        let experiments = try #require(catalogue.programme("experimentations-la-poste-ess"))
        #expect(experiments.figures.map(\.value) == [41, 20000, 17000])
        #expect(experiments.figures.map(\.unit) == ["réseaux", "points d'implantation", "points"])
        #expect(targets(experiments.links, .porteur) == ["la-poste"])
        #expect(targets(experiments.links, .partenaire) == ["alliance-dynamique"])
        #expect(experiments.axes.map(\.title) == ["Numérique", "Mutualisation des lieux et de secteurs", "Plate-forme de circuits courts"])
    }

    @Test func rennesSchemeItsShareOfTheBudgetAndItsJointCommittee() throws {
        let catalogue = try BuiltIn.catalogue()
        let scheme = try #require(catalogue.programme("schema-metropolitain-ess-rennes"))
        #expect(scheme.period?.start == PartialDate(year: 2015))
        #expect(scheme.figures.map(\.value) == [6.5])
        #expect(scheme.figures.first?.unit == "%")
        #expect(scheme.governance.map(\.name) == ["Comité technique conjoint"])
        #expect(scheme.governance.first?.members.map(\.target.rawValue) == [
            "rennes-metropole", "conseil-regional-bretagne", "conseil-departemental-ille-et-vilaine",
        ])
        #expect(catalogue.event("rennes-lancement-schema-metropolitain")?.date == DateRange(PartialDate(year: 2015), note: "début 2015"))
    }

    @Test func theRoundTableItsSpeakersAndOkhra() throws {
        let catalogue = try BuiltIn.catalogue()
        let roundTable = try #require(catalogue.event("rtes-table-ronde-1"))
        #expect(targets(roundTable.links, .intervenant) == ["michel-abherve", "mathieu-klein", "mathieu-theurier", "guy-hascoet", "okhra"])
        #expect(targets(roundTable.links, .composante) == ["rtes-conference-nationale-ess"])
        #expect(targets(catalogue.event("rtes-conference-nationale-ess")?.links ?? [], .organisateur) == ["rtes"])
        #expect(catalogue.event("okhra-passage-en-scic")?.date?.start == PartialDate(year: 2004))
        #expect(targets(catalogue.actor("pole-matieres-et-couleurs-du-luberon")?.links ?? [], .porteur) == ["okhra"])
        #expect(targets(catalogue.actor("okhra")?.links ?? [], .partenaire) == ["comites-de-bassin-d-emplois"])
        #expect(targets(catalogue.actor("idee-cap")?.links ?? [], .porteur) == ["conseil-departemental-meurthe-et-moselle"])
        #expect(targets(catalogue.actor("incubateurs-rennes-metropole")?.links ?? [], .soutien) == ["rennes-metropole"])
        // The document names no collectivity behind the Paris spaces.
        #expect(catalogue.actor("espaces-innovation-sociale-technique-paris")?.links == [])
    }
}

@Suite("Built-in catalogue: the PTCE in Rhône-Alpes (document 004)")
struct RhoneAlpesPTCEDocumentTests {
    @Test func theCallLaunchedByFourNetworksAndEncouragedByThreeRegionalActors() throws {
        let catalogue = try BuiltIn.catalogue()
        let call = try #require(catalogue.programme("appel-a-candidatures-ptce"))
        #expect(targets(call.links, .lancePar) == ["labo-ess", "cncres", "coorace", "rtes"])
        #expect(targets(call.links, .soutien) == ["conseil-regional-rhone-alpes", "coorace-rhone-alpes", "cress-rhone-alpes"])
        #expect(catalogue.event("etats-generaux-ess-2011")?.date?.start == PartialDate(year: 2011))
        #expect(targets(catalogue.actor("conseil-regional-rhone-alpes")?.links ?? [], .adherentDe) == ["rtes"])
    }

    @Test func theSectoralContractAndTheNetworkOfPTCE() throws {
        let catalogue = try BuiltIn.catalogue()
        let contract = try #require(catalogue.programme("contrat-economique-sectoriel-ess-rhone-alpes"))
        #expect(contract.name == "Contrat économique sectoriel ESS")
        #expect(targets(contract.links, .signataire) == ["etat", "conseil-regional-rhone-alpes", "cress-rhone-alpes"])
        let network = try #require(catalogue.programme("reseau-ptce-rhone-alpes"))
        #expect(targets(network.links, .porteur) == ["conseil-regional-rhone-alpes"])
        #expect(targets(network.links, .partenaire) == ["coorace-rhone-alpes", "cress-rhone-alpes", "direccte-rhone-alpes"])
        #expect(targets(network.links, .inscritDans) == [
            "contrat-economique-sectoriel-ess-rhone-alpes", "politique-economie-de-proximite-rhone-alpes",
        ])
        #expect(targets(network.links, .outil) == ["salon-des-entrepreneurs", "rencontres-solidaires", "forum-emploi-metiers-ess"])
        #expect(network.figures.map(\.value) == [15])
        #expect(network.territories == ["ancienne-region-rhone-alpes", "pays-voironnais", "pays-rhone-pluriel", "pays-rovaltain"])
    }
}
