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
        #expect(catalogue.people.count == 7)
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
