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
        #expect(sress.period?.start == PartialDate(year: 2017))
        #expect(sress.period?.end == PartialDate(year: 2021))
        #expect(sress.period?.evidence?.paragraph == 1)
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
        #expect(axis.basis == .stated && axis.objectives.allSatisfy { $0.basis == .stated })
        #expect(axis.objectives.map(\.title) == Self.stakes[index].1)
        #expect(axis.objectives.map(\.id.rawValue) == (1...Self.stakes[index].1.count).map { "sress-obj-\(index + 1)-\($0)" })
    }

    @Test func governanceBodiesAndTheirCadence() throws {
        let catalogue = try BuiltIn.catalogue()
        let sress = try #require(catalogue.programme("sress-pays-de-la-loire"))
        #expect(sress.governance.map(\.name) == ["Conférence régionale de l’ESS", "Comité de pilotage", "Comité technique"])
        #expect(sress.governance.map(\.cadence) == ["tous les deux ans", "une fois par an", "une fois par trimestre"])
        #expect(sress.governance[1].members.map(\.target.rawValue) == [
            "direccte-pays-de-la-loire", "drdjscs-pays-de-la-loire", "region-des-pays-de-la-loire",
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
        #expect(targets(sress.links, .pilote) == ["region-des-pays-de-la-loire"])
        #expect(targets(sress.links, .copilote) == ["etat", "cress-pays-de-la-loire"])
        #expect(sress.figures.contains { $0.value == 15 && $0.unit == "objectifs opérationnels" && !$0.approximate })
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
        #expect(event.links.map(\.target) == ["sress-concertation"])
        #expect(event.links.map(\.role) == [.etapeDe])
        #expect(event.figures.allSatisfy { !$0.approximate })
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
        #expect(progress.links.first?.target == "grand-roanne-agglomeration")
        #expect(progress.links.first?.role == .porteur)
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
            #expect(catalogue.neighbours(of: actor.id).contains {
                $0.id == "reseau-ptce-rhone-alpes" && $0.relation == .link(.membre) && $0.direction == .incoming
            }, "\(id)")
        }
        #expect(Set(catalogue.actors.filter { $0.kind == .ptce }.map(\.id.rawValue)) == Set(Self.ptce.map(\.0)))
    }

    @Test(arguments: [
        ("samuel-jabrin", "Samuel Jabrin", "grand-roanne-agglomeration", LinkRole.elu,
         "conseiller communautaire en charge de l’économie sociale et solidaire"),
        ("camille-citerne", "Camille Citerne", "grand-roanne-agglomeration", LinkRole.salarie,
         "chargée de mission Economie Sociale et Solidaire"),
        ("maurice-vincent", "Maurice Vincent", "saint-etienne-metropole", LinkRole.preside, "Président de Saint-Étienne Métropole"),
        ("mathieu-klein", "Mathieu Klein", "departement-de-meurthe-et-moselle", LinkRole.preside,
         "président du département de Meurthe et Moselle"),
        ("mathieu-theurier", "Mathieu Theurier", "rennes-metropole", LinkRole.elu, "vice-président à l’ESS de Rennes métropole"),
        ("guy-hascoet", "Guy Hascoët", "la-poste", LinkRole.salarie, "délégué ESS au sein du groupe La Poste"),
    ])
    func peopleAndTheirOrganisations(id: String, name: String, organisation: String, role: LinkRole, title: String) throws {
        let catalogue = try BuiltIn.catalogue()
        let person = try #require(catalogue.person(RecordID(id)))
        #expect(person.name == name)
        let link = try #require(person.links.first)
        #expect(link.target == RecordID(organisation))
        #expect(link.role == role)
        #expect(link.title == title)
        #expect(catalogue.type(of: RecordID(organisation)) == .actor)
        // Seen from the organisation, the person is there too.
        #expect(catalogue.neighbours(of: RecordID(organisation)).contains {
            $0.id == RecordID(id) && $0.relation == .link(role) && $0.direction == .incoming && $0.title == title
        })
    }

    @Test func michelAbherveSpokeAtTheRoundTable() throws {
        // Document 003 names no organisation for him: he is linked to the round table he spoke at.
        let catalogue = try BuiltIn.catalogue()
        let person = try #require(catalogue.person("michel-abherve"))
        #expect(person.name == "Michel Abhervé")
        #expect(person.sources == ["rtes-conference-nationale-table-ronde-1"])
        #expect(catalogue.neighbours(of: "michel-abherve").contains { $0.id == "rtes-table-ronde-1" && $0.relation == .link(.intervenant) })
        // His note is his own point only: the public procurement lever was « souligné à plusieurs reprises »,
        // by no one in particular.
        let roundTable = try #require(catalogue.event("rtes-table-ronde-1"))
        let note = try #require(roundTable.links.first { $0.target == "michel-abherve" }?.note)
        #expect(!note.contains("commande publique"))
        #expect(catalogue.people.count == 8)
    }

    /// Document 000: the collaboration of Grand Roanne with Saint-Étienne Métropole and Loire Forez had, as one
    /// of its most visible effects, the collaboration with France Active and the Caisse des Dépôts that created
    /// Loire Active, « association d'appui à la création d'activité » (document 001), not a funder.
    @Test func loireActiveWasCreatedWithFranceActiveTheCaisseDesDepotsAndTheThreeAgglomerations() throws {
        let catalogue = try BuiltIn.catalogue()
        let loireActive = try #require(catalogue.actor("loire-active"))
        #expect(loireActive.kind == .autre)
        #expect(loireActive.territories == ["departement-loire"])
        #expect(loireActive.founded?.start == PartialDate(year: 2010))
        let creators = loireActive.links.filter { $0.role == .creePar }
        #expect(creators.map(\.target.rawValue) == [
            "france-active", "caisse-des-depots", "grand-roanne-agglomeration", "saint-etienne-metropole", "loire-forez-agglomeration",
        ])
        #expect(creators.map(\.basis) == [.stated, .stated, .interpreted, .interpreted, .interpreted])
        #expect(creators.allSatisfy { $0.evidence?.source == "rtes-2010-progress" && $0.evidence?.paragraph == 5 })
        let creation = try #require(catalogue.event("creation-loire-active"))
        #expect(creation.links.first { $0.target == "progress" }?.basis == .interpreted)
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

/// The locators a record holds: its links', its figures' and, for an event, its own.
private func locators(of id: RecordID, in catalogue: Catalogue) -> [Evidence] {
    var found = (catalogue.actor(id)?.links ?? []).compactMap(\.evidence) + (catalogue.person(id)?.links ?? []).compactMap(\.evidence)
    if let event = catalogue.event(id) {
        found += event.links.compactMap(\.evidence) + event.figures.compactMap(\.evidence) + [event.evidence].compactMap { $0 }
    }
    return found
}

@Suite("Built-in catalogue: what each document names, and nothing else")
struct DocumentCoverageTests {
    /// For each document, the actors, people, programmes and events that cite it. A record added
    /// or dropped must come with a look at the document it cites.
    static let citing: [(String, [RecordType: Set<String>])] = [
        ("rtes-2010-progress", [
            .actor: ["grand-roanne-agglomeration", "saint-etienne-metropole", "loire-forez-agglomeration", "syndicat-pays-roannais",
                     "region-rhone-alpes", "cress-rhone-alpes", "rtes", "france-active", "caisse-des-depots",
                     "loire-active", "pole-ressource"],
            .person: ["samuel-jabrin", "camille-citerne"],
            .programme: ["progress"],
            .event: ["creation-loire-active", "creation-pole-ressource", "progress-co-construction-plan-d-actions",
                     "progress-declinaison-des-actions"],
        ]),
        ("rencontres-sociales-2011-sem", [
            .actor: ["grand-roanne-agglomeration", "saint-etienne-metropole", "loire-forez-agglomeration", "conseil-general-loire",
                     "region-rhone-alpes", "rtes", "loire-active", "creafil", "dla", "loire-solidaires-org",
                     "insertion-et-design", "cfac", "maison-de-l-emploi", "epiceries-sociales-et-solidaires", "rencontres-sociales",
                     "lettre-du-rtes", "biennale-internationale-design-saint-etienne"],
            .person: ["maurice-vincent"],
            .programme: ["politique-ess-saint-etienne-metropole"],
            .event: ["interview-maurice-vincent-2011"],
        ]),
        ("sress-pdl-2017", [
            .actor: ["region-des-pays-de-la-loire", "direction-entreprise-innovation-pays-de-la-loire", "nantes-metropole", "compa",
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
            .actor: ["rennes-metropole", "conseil-regional-bretagne", "departement-d-ille-et-vilaine",
                     "departement-de-meurthe-et-moselle", "rtes", "alliance-dynamique", "comites-de-bassin-d-emplois", "idee-cap",
                     "comptoirs-de-l-ess", "incubateurs-rennes-metropole", "espaces-innovation-sociale-technique-paris", "la-poste",
                     "okhra", "pole-matieres-et-couleurs-du-luberon"],
            .person: ["michel-abherve", "mathieu-klein", "mathieu-theurier", "guy-hascoet"],
            .programme: ["experimentations-la-poste-ess", "schema-metropolitain-ess-rennes"],
            .event: ["rtes-conference-nationale-ess", "rtes-table-ronde-1", "rtes-table-ronde-2", "okhra-passage-en-scic",
                     "rennes-lancement-schema-metropolitain"],
        ]),
        ("cooperons-territoires-rhonalpins", [
            .actor: ["region-rhone-alpes", "departement-de-l-ain", "departement-de-l-isere",
                     "departement-de-l-ardeche", "cddra-alpes-sud-isere", "cddra-val-de-drome", "etat", "direccte-rhone-alpes",
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
            "cress-rhone-alpes", "region-rhone-alpes", "syndicat-pays-roannais", "saint-etienne-metropole",
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
        // Document 000 describes the five axes without titling them, and gives the two filières as examples
        // (« comme le maintien à domicile et les déchets »): the titles are ours, and marked so.
        #expect(progress.axes.allSatisfy { $0.basis == .interpreted })
        #expect(progress.axes.flatMap(\.objectives).map(\.basis) == [.interpreted, .interpreted])
        let page = catalogue.page(for: "progress", language: .fr)
        #expect(page?.blocks.contains(.axis(id: "progress-axe-5", number: 5, title: "Accompagner les projets structurants [interprété]",
                                            objectives: ["Filière du maintien à domicile [interprété]",
                                                         "Filière des déchets [interprété]"])) == true)
        let coConstruction = try #require(catalogue.event("progress-co-construction-plan-d-actions"))
        #expect(coConstruction.date == DateRange(PartialDate(year: 2009), note: "fin 2009"))
        #expect(coConstruction.figures.map(\.value) == [200])
        // « l'ensemble des actions contenues dans PROGRESS est en train d'être décliné » (September 2010).
        let rollout = try #require(catalogue.event("progress-declinaison-des-actions"))
        #expect(rollout.date?.start == PartialDate(year: 2010))
        #expect(targets(rollout.links, .etapeDe) == ["progress"])
        #expect(rollout.basis == .stated)
    }

    /// Document 000 announces « un Pôle Ressource » for early 2011; document 004 lists « le Pôle ressources du
    /// Roannais » among the PTCE. No document says they are one body.
    @Test func thePoleRessourceOfProgressAndThePoleRessourcesDuRoannaisAreTwoRecords() throws {
        let catalogue = try BuiltIn.catalogue()
        let announced = try #require(catalogue.actor("pole-ressource"))
        #expect(announced.name == "Pôle Ressource")
        #expect(announced.sources == ["rtes-2010-progress"])
        #expect(announced.founded == nil)
        #expect(targets(announced.links, .inscritDans) == ["progress"])
        #expect(announced.links.allSatisfy { $0.basis != .stated })
        let ptce = try #require(catalogue.actor("pole-ressources-du-roannais"))
        #expect(ptce.sources == ["cooperons-territoires-rhonalpins"])
        #expect(ptce.founded == nil)
        #expect(ptce.links.isEmpty)
        #expect(!ptce.aliases.contains { $0.contains("Pôle Ressource") })
        #expect(!catalogue.neighbours(of: "pole-ressource").contains { $0.id == "pole-ressources-du-roannais" })
        let creation = try #require(catalogue.event("creation-pole-ressource"))
        #expect(creation.date?.start == PartialDate(year: 2011))
        #expect(creation.basis == .announced)
        #expect(targets(creation.links, .etapeDe) == ["pole-ressource", "progress"])
        #expect(catalogue.event("creation-pole-ressource-roannais") == nil)
    }

    @Test func saintEtienneMetropolePolicyItsPartnersToolsAndCollective() throws {
        let catalogue = try BuiltIn.catalogue()
        let policy = try #require(catalogue.programme("politique-ess-saint-etienne-metropole"))
        #expect(targets(policy.links, .porteur) == ["saint-etienne-metropole"])
        #expect(targets(policy.links, .partenaire) == [
            "region-rhone-alpes", "conseil-general-loire", "grand-roanne-agglomeration", "loire-forez-agglomeration",
        ])
        // « Nous travaillons avec la région » : the Région Rhône-Alpes is our reading.
        #expect(policy.links.first { $0.target == "region-rhone-alpes" }?.basis == .interpreted)
        #expect(targets(policy.links, .outil) == ["cfac", "creafil", "dla", "loire-solidaires-org", "insertion-et-design"])
        #expect(policy.axes.count == 3)
        #expect(policy.governance.count == 1)
        #expect(policy.governance.first?.cadence == "régulièrement")
        #expect(policy.governance.first?.members.map(\.target.rawValue) == ["maison-de-l-emploi", "loire-active"])
        #expect(policy.governance.first?.evidence?.paragraph == 18)
        // The formation axis is training of the actors; « Insertion et design » (training and insertion contracts
        // on design construction projects) is a tool of its own, not professionalisation of the sector.
        let formation = try #require(policy.axes.first { $0.id == "sem-axe-formation" })
        #expect(!(formation.summary ?? "").contains("Insertion"))
        #expect(catalogue.actor("insertion-et-design")?.summary?.contains("contrats d'insertion") == true)
        #expect(policy.links.first { $0.target == "insertion-et-design" }?.basis == .announced)
        // The agglomeration seeks new industrial and service activities (document 001, paragraph 12).
        #expect(catalogue.actor("saint-etienne-metropole")?.summary?.contains("nouvelles activités dans l'industrie et les services") == true)
        #expect(catalogue.actor("loire-solidaires-org")?.website == "www.loire-solidaires.org")
        #expect(targets(catalogue.actor("saint-etienne-metropole")?.links ?? [], .adherentDe) == ["rtes"])
        // A kind of initiative, not one enterprise; « fortement soutenues » does not say by whom.
        let epiceries = try #require(catalogue.actor("epiceries-sociales-et-solidaires"))
        #expect(epiceries.kind == .autre)
        #expect(targets(epiceries.links, .soutien) == ["saint-etienne-metropole"])
        #expect(epiceries.links.map(\.basis) == [.interpreted])
        #expect(catalogue.actor("maison-de-l-emploi")?.kind == .autre)
    }

    @Test func theInterviewOfMauriceVincent() throws {
        let catalogue = try BuiltIn.catalogue()
        let interview = try #require(catalogue.event("interview-maurice-vincent-2011"))
        #expect(interview.date?.start == PartialDate(year: 2011, month: 1, day: 15))
        #expect(targets(interview.links, .intervenant) == ["maurice-vincent"])
        // The letter recorded the interview (« recueilli par la lettre du RTES »); it did not organise it.
        #expect(targets(interview.links, .organisateur) == [])
        #expect(targets(interview.links, .participant) == ["lettre-du-rtes"])
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
        // « Près d'une centaine d'actions possibles »
        #expect(sress.figures.contains { $0.value == 100 && $0.unit == "actions" && $0.approximate })
        #expect(targets(sress.links, .inscritDans) == ["srdeii-pays-de-la-loire"])
        let plan = try #require(catalogue.programme("sress-plan-d-actions-2017-2018"))
        #expect(plan.period?.start == PartialDate(year: 2017))
        #expect(plan.period?.end == PartialDate(year: 2018))
        #expect(plan.period?.basis == .announced)
        #expect(catalogue.event("srdeii-adoption")?.date?.start == PartialDate(year: 2016, month: 12))
        let firstMeeting = try #require(catalogue.event("sress-installation-comite-de-pilotage"))
        #expect(firstMeeting.date?.start == PartialDate(year: 2017, month: 2))
        #expect(firstMeeting.basis == .announced)
        // Document 002 names no bearer for the SRDEII: the Région is our reading of « régional ».
        let srdeii = try #require(catalogue.programme("srdeii-pays-de-la-loire"))
        #expect(targets(srdeii.links, .porteur) == ["region-des-pays-de-la-loire"])
        #expect(srdeii.links.map(\.basis) == [.interpreted])
    }

    /// The Assises and the tribune are other articles of the rubrique, listed below the SRESS page
    /// (« Autres articles dans cette rubrique », paragraph 58): every fact about them rests on that list.
    @Test func theOtherArticlesOfDocument002() throws {
        let catalogue = try BuiltIn.catalogue()
        let sidebar = ["assises-cooperation-mutualisme", "creation-assises-cooperation-mutualisme", "assises-cooperation-mutualisme-8e",
                       "tribune-millier-associatifs-macron", "macron"]
        let located = sidebar.flatMap { locators(of: RecordID($0), in: catalogue) }
        #expect(located.count >= 6)
        #expect(located.allSatisfy { $0.source == "sress-pdl-2017" && $0.paragraph > 58 })
        let assises = try #require(catalogue.actor("assises-cooperation-mutualisme"))
        #expect(assises.founded?.start == PartialDate(year: 2012))
        #expect(assises.territories == ["commune-bruxelles", "commune-rennes", "commune-paris"])
        #expect(catalogue.event("creation-assises-cooperation-mutualisme")?.date?.start == PartialDate(year: 2012))
        #expect(targets(catalogue.event("assises-cooperation-mutualisme-8e")?.links ?? [], .composante) == ["assises-cooperation-mutualisme"])
        let tribune = try #require(catalogue.event("tribune-millier-associatifs-macron"))
        #expect(tribune.date == nil)
        #expect(tribune.figures.map(\.value) == [1000])
        #expect(tribune.figures.map(\.approximate) == [true])
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
        // The scheme was being prepared « depuis début 2015 », not in force: the date is its preparation's.
        #expect(scheme.period == nil)
        #expect(targets(scheme.links, .partenaire) == ["conseil-regional-bretagne", "departement-d-ille-et-vilaine"])
        #expect(scheme.links.filter { $0.role == .partenaire }.allSatisfy { $0.basis == .interpreted })
        #expect(scheme.figures.map(\.value) == [6.5])
        #expect(scheme.figures.first?.unit == "%")
        #expect(scheme.governance.map(\.name) == ["Comité technique conjoint"])
        #expect(scheme.governance.first?.members.map(\.target.rawValue) == [
            "rennes-metropole", "conseil-regional-bretagne", "departement-d-ille-et-vilaine",
        ])
        #expect(catalogue.event("rennes-lancement-schema-metropolitain")?.date == DateRange(PartialDate(year: 2015), note: "début 2015"))
    }

    @Test func theRoundTableItsSpeakersAndOkhra() throws {
        let catalogue = try BuiltIn.catalogue()
        let roundTable = try #require(catalogue.event("rtes-table-ronde-1"))
        // Document 003 quotes Mathieu Klein's expression (« selon expression de Mathieu Klein »): not a speaker.
        #expect(targets(roundTable.links, .intervenant) == ["michel-abherve", "mathieu-theurier", "guy-hascoet", "okhra"])
        #expect(!catalogue.neighbours(of: "mathieu-klein").contains { $0.relation == .link(.intervenant) })
        #expect(targets(roundTable.links, .composante) == ["rtes-conference-nationale-ess"])
        // The RTES publishes the report and the video; that it organised the conference is our reading.
        let conference = try #require(catalogue.event("rtes-conference-nationale-ess"))
        #expect(targets(conference.links, .organisateur) == ["rtes"])
        #expect(conference.links.map(\.basis) == [.interpreted])
        #expect(catalogue.event("okhra-passage-en-scic")?.date?.start == PartialDate(year: 2004))
        #expect(targets(catalogue.actor("pole-matieres-et-couleurs-du-luberon")?.links ?? [], .porteur) == ["okhra"])
        #expect(targets(catalogue.actor("okhra")?.links ?? [], .partenaire) == ["comites-de-bassin-d-emplois"])
        #expect(targets(catalogue.actor("idee-cap")?.links ?? [], .porteur) == ["departement-de-meurthe-et-moselle"])
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
        #expect(targets(call.links, .soutien) == ["region-rhone-alpes", "coorace-rhone-alpes", "cress-rhone-alpes"])
        #expect(catalogue.event("etats-generaux-ess-2011")?.date?.start == PartialDate(year: 2011))
        #expect(targets(catalogue.actor("region-rhone-alpes")?.links ?? [], .adherentDe) == ["rtes"])
        // « Suite aux États Généraux de l'ESS de 2011 » → the call → the Rhône-Alpes network of PTCE.
        #expect(targets(call.links, .inscritDans) == ["etats-generaux-ess-2011"])
        #expect(catalogue.neighbours(of: "etats-generaux-ess-2011").contains {
            $0.id == "appel-a-candidatures-ptce" && $0.direction == .incoming
        })
        let network = try #require(catalogue.programme("reseau-ptce-rhone-alpes"))
        #expect(targets(network.links, .inscritDans).first == "appel-a-candidatures-ptce")
    }

    @Test func theSectoralContractAndTheNetworkOfPTCE() throws {
        let catalogue = try BuiltIn.catalogue()
        let contract = try #require(catalogue.programme("contrat-economique-sectoriel-ess-rhone-alpes"))
        #expect(contract.name == "Contrat économique sectoriel ESS")
        #expect(targets(contract.links, .signataire) == ["etat", "region-rhone-alpes", "cress-rhone-alpes"])
        let network = try #require(catalogue.programme("reseau-ptce-rhone-alpes"))
        #expect(targets(network.links, .porteur) == ["region-rhone-alpes"])
        #expect(targets(network.links, .partenaire) == ["coorace-rhone-alpes", "cress-rhone-alpes", "direccte-rhone-alpes"])
        #expect(targets(network.links, .inscritDans) == [
            "appel-a-candidatures-ptce", "contrat-economique-sectoriel-ess-rhone-alpes", "politique-economie-de-proximite-rhone-alpes",
        ])
        #expect(targets(network.links, .outil) == ["salon-des-entrepreneurs", "rencontres-solidaires", "forum-emploi-metiers-ess"])
        // « Nous mettrons à profit les grands rendez vous ESS » : planned at the document's date.
        #expect(network.links.filter { $0.role == .outil }.allSatisfy { $0.basis == .announced })
        // « Une quinzaine de PTCE »
        #expect(network.figures.map(\.value) == [15])
        #expect(network.figures.map(\.approximate) == [true])
        // Projects only « en cours de réflexion » (Voironnais, Rhône-Pluriel) and the wish for more in Rovaltain
        // are not places the network covers.
        #expect(network.territories == ["ancienne-region-rhone-alpes"])
        // The document's PTCE topics.
        for topic in ["mutualisation des ressources", "accompagnement de projets", "ressources humaines"] {
            #expect(network.summary?.contains(topic) == true, "\(topic)")
        }
        // « la politique régionale de l'économie de proximité » is the Région's, not a local policy.
        #expect(catalogue.programme("politique-economie-de-proximite-rhone-alpes")?.kind == .politiqueRegionale)
    }
}

@Suite("Built-in catalogue: kinds, places and ids as the documents give them")
struct DocumentKindsAndPlacesTests {
    /// A collectivity's id is made of the words of its name (or acronym): `conseil-regional-rhone-alpes` for
    /// « Région Rhône-Alpes » sent readers of the CLI to an institution the record is not named after.
    @Test func collectivityIdsAreMadeOfTheirNames() throws {
        let catalogue = try BuiltIn.catalogue()
        let collectivities: Set<ActorKind> = [.commune, .epci, .pays, .departement, .region]
        let actors = catalogue.actors.filter { collectivities.contains($0.kind) }
        #expect(actors.count >= 20)
        for actor in actors {
            let named = Set(([actor.name, actor.acronym ?? ""]).flatMap { TextFolding.fold($0).split(separator: " ").map(String.init) })
            let idWords = actor.id.rawValue.split(separator: "-").map(String.init)
            #expect(idWords.allSatisfy(named.contains), "\(actor.id) is not made of the words of « \(actor.name) »")
        }
        for gone in ["conseil-regional-rhone-alpes", "conseil-regional-pays-de-la-loire", "conseil-departemental-ain",
                     "conseil-departemental-meurthe-et-moselle", "conseil-departemental-ille-et-vilaine"] {
            #expect(catalogue.type(of: RecordID(gone)) == nil, "\(gone)")
        }
        #expect(catalogue.actor("region-rhone-alpes")?.name == "Région Rhône-Alpes")
        #expect(catalogue.actor("region-des-pays-de-la-loire")?.name == "Région des Pays de la Loire")
    }

    @Test func theLyonAreaIsNotAnIntercommunality() throws {
        // « dans l'agglomération lyonnaise »: an urban area, neither an EPCI nor inside the Rhône département.
        let catalogue = try BuiltIn.catalogue()
        let area = try #require(catalogue.territory("agglomeration-lyonnaise"))
        #expect(area.level == .pays)
        #expect(area.parent == "region-auvergne-rhone-alpes")
        #expect(catalogue.regions(of: "le-pirat") == ["region-auvergne-rhone-alpes"])
    }

    @Test func everyCommuneHasItsINSEECode() throws {
        let catalogue = try BuiltIn.catalogue()
        let communes = catalogue.territories.filter { $0.level == .commune && $0.parent != "belgique" }
        #expect(communes.count >= 15)
        for commune in communes {
            #expect(commune.code?.count == 5, "\(commune.id)")
        }
        #expect(catalogue.territory("commune-saint-pierre-en-faucigny")?.code == "74250")
    }
}
