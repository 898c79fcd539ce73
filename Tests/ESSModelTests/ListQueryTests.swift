import ESSModel
import Testing

@Suite("Lists: by type, kind, year and text")
struct ListQueryTests {
    let catalogue = SmallCatalogue.catalogue

    @Test func everyTypeInDisplayOrder() {
        #expect(ids(catalogue.list(RecordQuery(type: .programme))) == ["progress", "sress"])
        #expect(ids(catalogue.list(RecordQuery(type: .actor))) == [
            "isolated", "cress-rhone-alpes", "france-active", "loire-active", "nantes-metropole", "pole-sud",
            "region-pays-de-la-loire-conseil",
        ])
        // Events by date, undated last.
        #expect(ids(catalogue.list(RecordQuery(type: .event))) == ["creation-loire-active", "mise-en-oeuvre", "sress-adoption", "undated"])
        // Territories broadest first, then by name.
        #expect(ids(catalogue.list(RecordQuery(type: .territory))) == [
            "france", "region-ara", "region-pdl", "ancienne-region-rhone-alpes", "departement-loire",
            "departement-loire-atlantique", "commune-nantes", "commune-saint-etienne",
        ])
        #expect(ids(catalogue.list(RecordQuery(type: .source))) == ["doc-a", "doc-b"])
    }

    @Test(arguments: [
        ("ptce", ["pole-sud"]),
        ("PTCE cluster", ["pole-sud"]),
        ("financeur", ["loire-active"]),
        ("Funder", ["loire-active"]),
        ("Réseau", ["france-active"]),
        ("reseau", ["france-active"]),
        ("entreprise-ess", []),
    ])
    func actorsByKind(kind: String, expected: [String]) {
        #expect(ids(catalogue.list(RecordQuery(type: .actor, kind: kind))) == expected)
    }

    @Test func programmesAndTerritoriesByKind() {
        #expect(ids(catalogue.list(RecordQuery(type: .programme, kind: "strategie-regionale"))) == ["sress"])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, kind: "Programme territorial"))) == ["progress"])
        #expect(ids(catalogue.list(RecordQuery(type: .territory, kind: "departement"))) == ["departement-loire", "departement-loire-atlantique"])
        #expect(ids(catalogue.list(RecordQuery(type: .territory, kind: "ancienne-region"))) == ["ancienne-region-rhone-alpes"])
    }

    @Test func kindCodesOfARecord() throws {
        let actor = try #require(catalogue.actor("pole-sud"))
        #expect(catalogue.kindCodes(of: actor) == ["ptce", "ptce cluster"])
        #expect(catalogue.kindCodes(for: .person) == [])
        #expect(catalogue.kindCodes(for: .territory).first == "commune")
    }

    @Test func programmesByYearAndPeriod() {
        // PROGRESS runs from 2009 with no end; the SRESS from 2017 to 2021.
        #expect(ids(catalogue.list(RecordQuery(type: .programme, years: 2008...2008))) == [])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, years: 2009...2009))) == ["progress"])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, years: 2016...2016))) == ["progress"])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, years: 2021...2030))) == ["progress", "sress"])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, years: 2015...2017))) == ["progress", "sress"])
    }

    @Test func eventsByYear() {
        #expect(ids(catalogue.list(RecordQuery(type: .event, years: 2016...2016))) == ["mise-en-oeuvre", "sress-adoption"])
        #expect(ids(catalogue.list(RecordQuery(type: .event, years: 2010...2010))) == ["creation-loire-active"])
        // An undated event linked to nothing dated is never in a year.
        #expect(!ids(catalogue.list(RecordQuery(type: .event, years: 1900...2100))).contains("undated"))
    }

    @Test func undatedRecordsTakeTheDatesOfWhatTheyAreLinkedTo() {
        // Only programmes and events lend their dates: Samuel Jabrin, linked to Loire Active (founded in 2010),
        // has none; France Active and the CRESS are partner and member of PROGRESS (2009 –).
        #expect(ids(catalogue.list(RecordQuery(type: .person, years: 2010...2010))) == [])
        #expect(ids(catalogue.list(RecordQuery(type: .actor, years: 2010...2010))) == [
            "cress-rhone-alpes", "france-active", "loire-active",
        ])
        #expect(catalogue.dates(of: "loire-active") == [DateRange(PartialDate(year: 2010))])
    }

    @Test func filtersCombine() throws {
        let ara = try catalogue.resolveRegion("82").get()
        #expect(ids(catalogue.list(RecordQuery(type: .actor, region: ara, kind: "financeur"))) == ["loire-active"])
        #expect(ids(catalogue.list(RecordQuery(type: .actor, region: ara, kind: "ptce", years: 2010...2010))) == [])
        #expect(ids(catalogue.list(RecordQuery(type: .actor, text: "loire"))) == ["loire-active", "region-pays-de-la-loire-conseil"])
        #expect(ids(catalogue.list(RecordQuery(type: .actor, text: "CRESS rhone"))) == ["cress-rhone-alpes"])
    }

    @Test func builtInActorsByKindAndRegion() throws {
        let catalogue = try BuiltIn.catalogue()
        let ara = try catalogue.resolveRegion("rhone-alpes").get()
        #expect(ids(catalogue.list(RecordQuery(type: .actor, region: ara, kind: "ptce"))) == [
            "ag2i", "atelier-26", "plateforme-eco-construction-metiers-du-bois", "le-pirat", "pole-culture-et-cooperation",
            "pole-ressources-du-roannais", "pole-sud", "pole-territorial-saone-vallee", "reflex", "savoie-leman-solidaire",
        ])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, kind: "strategie-regionale"))) == ["sress-pays-de-la-loire"])
        #expect(ids(catalogue.list(RecordQuery(type: .event, years: 2004...2004))) == ["okhra-passage-en-scic"])
    }
}
