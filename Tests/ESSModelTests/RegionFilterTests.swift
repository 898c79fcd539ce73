import ESSModel
import Testing

@Suite("Region filter across the 2016 reform")
struct RegionFilterTests {
    static let spellings = ["Rhône-Alpes", "Auvergne-Rhône-Alpes", "auvergne rhone alpes", "84", "82", "ARA",
                            "  RHONE ALPES ", "ancienne-region-rhone-alpes"]

    @Test(arguments: spellings + ["region-ara"])
    func everySpellingSelectsTheSameActorsInASmallCatalogue(_ spelling: String) throws {
        let catalogue = SmallCatalogue.catalogue
        let filter = try catalogue.resolveRegion(spelling).get()
        #expect(filter.region == "region-ara")
        let actors = catalogue.list(RecordQuery(type: .actor, region: filter))
        // Loire Active (département Loire), CRESS (the former region), Pôle Sud (a commune of the Loire).
        #expect(ids(actors) == ["cress-rhone-alpes", "loire-active", "pole-sud"])
        // A person without a territory belongs to the regions of what they are linked to.
        #expect(ids(catalogue.list(RecordQuery(type: .person, region: filter))) == ["samuel-jabrin"])
        #expect(ids(catalogue.list(RecordQuery(type: .programme, region: filter))) == ["progress"])
    }

    @Test func theFilterRemembersWhichRegionWasAskedFor() throws {
        let catalogue = SmallCatalogue.catalogue
        let former = try catalogue.resolveRegion("rhone-alpes").get()
        #expect(former == RegionFilter(region: "region-ara", requested: "ancienne-region-rhone-alpes"))
        #expect(catalogue.describe(former) == "Auvergne-Rhône-Alpes (ex-Rhône-Alpes)")
        let current = try catalogue.resolveRegion("84").get()
        #expect(current == RegionFilter(region: "region-ara", requested: "region-ara"))
        #expect(catalogue.describe(current) == "Auvergne-Rhône-Alpes")
    }

    @Test func otherRegionSelectsOtherRecords() throws {
        let catalogue = SmallCatalogue.catalogue
        let filter = try catalogue.resolveRegion("Pays de la Loire").get()
        #expect(ids(catalogue.list(RecordQuery(type: .actor, region: filter))) == ["nantes-metropole", "region-pays-de-la-loire-conseil"])
        #expect(ids(catalogue.list(RecordQuery(type: .event, region: filter))) == ["mise-en-oeuvre", "sress-adoption"])
    }

    @Test func recordsOnlyInFranceBelongToNoRegion() {
        let catalogue = SmallCatalogue.catalogue
        #expect(catalogue.regions(of: "france-active") == [])
        #expect(catalogue.regions(of: "commune-saint-etienne") == ["region-ara"])
        #expect(catalogue.regions(of: "ancienne-region-rhone-alpes") == ["region-ara"])
    }

    @Test func unknownRegionSuggestsTheClosestNames() {
        let catalogue = SmallCatalogue.catalogue
        #expect(throws: LookupError(what: "region", value: "Rhone Alps", suggestions: ["Rhône-Alpes"])) {
            try catalogue.resolveRegion("Rhone Alps").get()
        }
        #expect(throws: LookupError(what: "region", value: "Pays de Loire", suggestions: ["Pays de la Loire"])) {
            try catalogue.resolveRegion("Pays de Loire").get()
        }
    }

    @Test func unknownRegionWithNothingCloseSuggestsTheCurrentRegions() {
        let catalogue = SmallCatalogue.catalogue
        let error = LookupError(what: "region", value: "Atlantis", suggestions: ["Auvergne-Rhône-Alpes", "Pays de la Loire"])
        #expect(throws: error) { try catalogue.resolveRegion("Atlantis").get() }
        #expect(error.description == "unknown region 'Atlantis' — did you mean 'Auvergne-Rhône-Alpes', 'Pays de la Loire'?")
    }

    @Test(arguments: ["", "   ", "Loire", "42", "france"])
    func onlyRegionsAreRegions(_ text: String) {
        // A département, its code, France or nothing at all is not a region filter.
        #expect(throws: LookupError.self) { try SmallCatalogue.catalogue.resolveRegion(text).get() }
    }

    @Test(arguments: spellings + ["region-auvergne-rhone-alpes", "rhone alpes", "Auvergne Rhône Alpes"])
    func everySpellingSelectsTheSameRecordsInTheBuiltInCatalogue(_ spelling: String) throws {
        let catalogue = try BuiltIn.catalogue()
        let reference = try catalogue.resolveRegion("Auvergne-Rhône-Alpes").get()
        let filter = try catalogue.resolveRegion(spelling).get()
        #expect(filter.region == "region-auvergne-rhone-alpes")
        for type in [RecordType.programme, .actor, .person, .event] {
            #expect(ids(catalogue.list(RecordQuery(type: type, region: filter)))
                    == ids(catalogue.list(RecordQuery(type: type, region: reference))))
        }
        let actors = ids(catalogue.list(RecordQuery(type: .actor, region: filter)))
        #expect(actors.count == 37)
        #expect(actors.contains("loire-active") && actors.contains("pole-sud") && actors.contains("cress-rhone-alpes"))
        #expect(actors.contains("pole-ressource") && actors.contains("pole-ressources-du-roannais"))
        #expect(!actors.contains("cress-pays-de-la-loire") && !actors.contains("rennes-metropole"))
    }

    @Test func builtInUnknownRegions() throws {
        let catalogue = try BuiltIn.catalogue()
        // Two spellings of the same name are suggested once.
        #expect(throws: LookupError(what: "region", value: "rhone alps", suggestions: ["Rhône Alpes"])) {
            try catalogue.resolveRegion("rhone alps").get()
        }
        guard case .failure(let error) = catalogue.resolveRegion("atlantis") else {
            Issue.record("atlantis resolved")
            return
        }
        // Nothing is close: the eighteen current regions are suggested.
        #expect(error.suggestions == catalogue.currentRegions.map(\.name))
        #expect(error.suggestions.count == 18)
        #expect(error.suggestions.first == "Auvergne-Rhône-Alpes")
        #expect(error.suggestions.contains("Pays de la Loire"))
    }

    @Test func builtInPaysDeLaLoire() throws {
        let catalogue = try BuiltIn.catalogue()
        let filter = try catalogue.resolveRegion("pays de la loire").get()
        #expect(ids(catalogue.list(RecordQuery(type: .programme, region: filter)))
                == ["sress-plan-d-actions-2017-2018", "srdeii-pays-de-la-loire", "sress-pays-de-la-loire"])
        #expect(try catalogue.resolveRegion("52").get() == filter)
    }
}
