import ESSDirectory
import ESSModel
import Foundation
import ESSSeeds
import Testing

@Suite("Directory queries")
struct QueryTests {
    /// One directory of the 1,000-row sample, imported once and read by every test.
    static let shared: DirectoryDatabase = {
        let scratch = try! Scratch()
        _ = try! scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        return try! DirectoryDatabase(path: scratch.databasePath, create: false)
    }()

    var database: DirectoryDatabase { Self.shared }

    @Test func pagesInNameOrderByOffsetAndByCursor() throws {
        let all = try database.page(offset: 0, limit: 1000)
        #expect(all.count == 1000)
        #expect(all.map(\.sortName) == all.map(\.sortName).sorted())
        #expect(try database.page(offset: 100, limit: 10) == Array(all[100..<110]))
        #expect(try database.page(after: #require(all[99].cursor), limit: 10) == Array(all[100..<110]))
    }

    @Test func regionDepartementFamilyAndNAFFilters() throws {
        let all = try database.page(offset: 0, limit: 1000)
        let rhone = ActorFilter(departement: "69")
        #expect(try database.count(rhone) == all.filter { $0.departement == "69" }.count)
        #expect(try database.page(rhone, offset: 0, limit: 1000).allSatisfy { $0.departement == "69" })
        let region = ActorFilter(region: "84", legalFamily: "Associations")
        let expected = all.filter { $0.region == "84" && $0.legalFamily == "Associations" }
        #expect(try database.count(region) == expected.count && expected.count > 0)
        #expect(try database.page(region, offset: 0, limit: 1000) == expected)
        #expect(try database.counts(by: .region).values.reduce(0, +) == 1000)
        #expect(try database.count(ActorFilter(formerRegion: "82")) == all.filter { $0.formerRegion == "82" }.count)
    }

    /// Every region's list, by offset and by cursor, equals the filtered whole list: large regions
    /// read the name index, one-département regions the département index, a region with no actor
    /// is empty.
    @Test func everyRegionListsItsActorsInNameOrder() throws {
        let all = try database.page(offset: 0, limit: 1000)
        let regions = Set(all.compactMap(\.region)).sorted()
        #expect(regions.count > 1)
        for region in regions + ["00"] {
            let expected = all.filter { $0.region == region }
            let filter = ActorFilter(region: region)
            #expect(try database.page(filter, offset: 0, limit: 1000) == expected)
            if expected.count > 3 {
                #expect(try database.page(filter, after: #require(expected[1].cursor), limit: 2) == Array(expected[2..<4]))
            }
        }
    }

    @Test func searchIgnoresAccentsAndCompletesPrefixes() throws {
        let exact = try database.search("Écureuils")
        #expect(!exact.isEmpty && exact.allSatisfy { $0.sortName.contains("ecureuils") })
        #expect(try database.search("ecur").map(\.key) == exact.map(\.key))
        // Names starting with the query come first.
        let mutuelles = try database.search("mutu", limit: 10)
        #expect(mutuelles.first?.sortName.hasPrefix("mutu") == true)
        // Every word must match, anywhere in the name.
        let two = try database.search("saint etienne agricole")
        #expect(two.map(\.name) == ["Coopérative agricole de Saint-Étienne", "Coopérative agricole de Saint-Étienne"])
        // Earlier words typed short still match as prefixes when whole words find nothing.
        let abbreviated = try database.search("coop agri")
        #expect(!abbreviated.isEmpty && abbreviated.allSatisfy { $0.sortName.hasPrefix("cooperative agricole") })
        // A one-letter last word is checked on the folded name.
        let oneLetter = try database.search("ecureuils l")
        #expect(!oneLetter.isEmpty && oneLetter.allSatisfy { $0.sortName.contains("ecureuils") && $0.sortName.split(separator: " ").contains { $0.hasPrefix("l") } })
        #expect(try database.search("zzzz").isEmpty)
        #expect(try database.search("  ").isEmpty)
    }

    /// The count of all matches counts what the search finds with no limit: the same rule
    /// (names starting with the query, then names whose words start with its words, one-letter
    /// words checked on the name), within the same filters; past the bound it stops.
    @Test func searchCountCountsWhatTheSearchFinds() throws {
        let queries = ["Écureuils", "ecur", "mutu", "saint etienne agricole", "coop agri", "ecureuils l", "a", "de l",
                       "association", "s", "zzzz", "  "]
        for query in queries {
            for filter in [ActorFilter(), ActorFilter(departement: "69"), ActorFilter(region: "84", legalFamily: "Associations")] {
                let found = try database.search(query, filter, limit: 1000).count
                #expect(try database.searchCount(query, filter, bound: 10_000) == SearchCount(count: found, isExact: true),
                        "\(query) in \(filter)")
            }
        }
        let many = try database.search("a", limit: 1000).count
        #expect(many > 20)
        #expect(try database.searchCount("a", bound: 20) == SearchCount(count: 21, isExact: true), "one past the bound, then it stops")
    }

    @Test func territoriesOfTheCatalogueBecomeFilters() throws {
        let catalogue = try BuiltInCatalogueForTests.catalogue
        #expect(builtInPlaces.filter(for: RecordID("arrondissement-roanne"), in: catalogue) == ActorFilter(arrondissement: "422"))
        #expect(builtInPlaces.filter(for: RecordID("commune-roanne"), in: catalogue) == ActorFilter(communes: ["42187"]))
        // A pays whose communes the catalogue does not hold: the nearest wider perimeter.
        #expect(builtInPlaces.filter(for: RecordID("pays-roannais"), in: catalogue) == ActorFilter(departement: "42"))
        #expect(builtInPlaces.filter(for: RecordID("ancienne-region-rhone-alpes"), in: catalogue) == ActorFilter(formerRegion: "82"))
        #expect(builtInPlaces.filter(for: RecordID("region-bretagne"), in: catalogue) == ActorFilter(region: "53"))
        #expect(builtInPlaces.filter(for: RecordID("france"), in: catalogue) == nil)
    }

    @Test func namesFoldLikeTheCatalogue() {
        for name in ["Amicale laïque d'Ajaccio", "Œuvre", "Straße", "Coopérative « Les Écureuils »", "ÉCOLE 2ᵉ", "Ça-va"] {
            #expect(NameFolding.fold(name) == TextFolding.fold(name), "\(name)")
        }
    }

    @Test func postcodesAndCommuneCodesPlaceActors() {
        #expect(builtInPlaces.place(postcode: "20090")?.departementCode == "2A")
        #expect(builtInPlaces.place(postcode: "20200")?.departementCode == "2B")
        #expect(builtInPlaces.place(postcode: "97400")?.departementCode == "974")
        #expect(builtInPlaces.place(postcode: "01000")?.departementCode == "01")
        #expect(builtInPlaces.place(communeCode: "2B033")?.departementCode == "2B")
        #expect(builtInPlaces.place(departementCode: "1")?.departementCode == "01")
        #expect(builtInPlaces.place(postcode: "1234") == nil)
    }

    @Test func nafSectionsAndFamilies() {
        #expect(Classification.nafSection("88.99B") == "Q")
        #expect(Classification.nafSection("0111Z") == "A")
        #expect(Classification.nafSection("x") == nil)
        #expect(Classification.family(legalCategory: "9220") == "Associations")
        #expect(Classification.family(legalCategory: "6317") == "Coopératives")
        #expect(Classification.family(legalCategory: "1000") == nil)
    }
}

enum BuiltInCatalogueForTests {
    static var catalogue: Catalogue { get throws { try BuiltInCatalogue.load().get() } }
}
