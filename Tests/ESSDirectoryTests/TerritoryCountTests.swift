import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
import ESSReference
import ESSSeeds
import Testing

/// A programme's territories counted truly: the count on the page (CLI blocks), the browser's list
/// of the territory and its count, and the directory filter `--territory` uses agree, and each is
/// the territory's own perimeter.
@Suite struct TerritoryCountTests {
    let catalogue = try! BuiltInCatalogue.load().get()
    var database: DirectoryDatabase { QueryTests.shared }

    /// Every imported actor, read whole once.
    func everyActor() throws -> [ImportedActor] { try database.page(offset: 0, limit: 10_000) }

    @Test func anArrondissementCountsItsOwnCommunesOnly() throws {
        let places = PlaceIndex(catalogue: catalogue)
        let scope = try #require(places.scope(for: "arrondissement-roanne", in: catalogue))
        #expect(scope.isExact && scope.filter == ActorFilter(arrondissement: "422"))
        let all = try everyActor()
        let roanne = all.filter { $0.communeCode.flatMap { CommuneTable.shared.commune(code: $0)?.arrondissement } == "422" }
        let loire = all.filter { $0.departement == "42" }
        #expect(!roanne.isEmpty && roanne.count < loire.count, "Roanne \(roanne.count), Loire \(loire.count)")
        #expect(try database.count(scope.filter) == roanne.count)
    }

    @Test func aFormerRegionCountsItsDepartements() throws {
        let places = PlaceIndex(catalogue: catalogue)
        let scope = try #require(places.scope(for: "ancienne-region-rhone-alpes", in: catalogue))
        let departements: Set<String> = ["01", "07", "26", "38", "42", "69", "73", "74"]
        let expected = try everyActor().filter { $0.departement.map(departements.contains) == true }.count
        #expect(try database.count(scope.filter) == expected)
        #expect(expected < (try database.count(ActorFilter(region: "84"))))
    }

    @Test func pageBrowserAndCommandAgree() throws {
        let places = PlaceIndex(catalogue: catalogue)
        let source = DirectoryActorSource(database: database, catalogue: catalogue)
        for programmeID: RecordID in ["progress", "reseau-ptce-rhone-alpes"] {
            let programme = try #require(catalogue.record(programmeID))
            let blocks = try database.territoryBlocks(for: programme, in: catalogue, places: places, language: .en)
            let items = blocks.compactMap { block -> (String, String?)? in
                if case .item(let text, let detail) = block { return (text, detail) }
                return nil
            }
            #expect(items.count == programme.territories.count)
            for (territory, item) in zip(programme.territories, items) {
                let scope = try #require(places.scope(for: territory, in: catalogue))
                let count = try database.count(scope.filter)
                // The page: the number, under the name of what is counted.
                let label = TerritoryCountLabel.text(territory: catalogue.name(of: territory),
                                                     countedOver: catalogue.name(of: scope.countedOver), .en)
                #expect(item.0 == "\(label): \(Formatting.number(Double(count), .en))")
                #expect(item.1 == "ess list actors --territory \(territory.rawValue)")
                #expect(scope.isExact == !item.0.contains("perimeter not known"))
                // The browser: the same count, and a list of as many rows.
                #expect(source.count(in: territory) == count)
                #expect(source.countedTerritory(for: territory) == scope.countedOver)
                #expect(source.rows(in: territory, offset: 0, limit: 10_000).count == count)
            }
        }
        let rovaltain = try #require(places.scope(for: "pays-rovaltain", in: catalogue))
        #expect(!rovaltain.isExact && rovaltain.countedOver == "ancienne-region-rhone-alpes")
    }

    @Test func communesNamedInTheCatalogueExist() {
        for territory in catalogue.territories {
            for code in territory.communes { #expect(CommuneTable.shared.commune(code: code) != nil, "\(territory.id): \(code)") }
            if territory.level == .commune, let code = territory.code {
                #expect(CommuneTable.shared.commune(code: code) != nil, "\(territory.id): \(code)")
            }
            if territory.level == .arrondissement, let code = territory.code {
                #expect(CommuneTable.shared.arrondissementNames[code] != nil, "\(territory.id): \(code)")
            }
        }
    }
}
