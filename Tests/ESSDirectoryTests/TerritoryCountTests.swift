import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
import ESSReference
import ESSSeeds
import Testing

/// A programme's territories counted truly: each is the territory's own perimeter (or a wider one,
/// said so), and the browser's count and list of a territory agree with it.
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

    /// The CLI page and `--territory` read ``PlaceIndex/scope(for:in:)`` (CLITests check their
    /// text against the command); the browser's count, list and label read it through the source.
    @Test func browserCountsListsAndNamesWhatTheScopeSays() throws {
        let places = PlaceIndex(catalogue: catalogue)
        let source = DirectoryActorSource(database: database, catalogue: catalogue)
        for programmeID: RecordID in ["progress", "reseau-ptce-rhone-alpes"] {
            let programme = try #require(catalogue.record(programmeID))
            for territory in programme.territories {
                let scope = try #require(places.scope(for: territory, in: catalogue))
                let count = try database.count(scope.filter)
                #expect(try source.count(in: territory) == count)
                #expect(source.countedTerritory(for: territory) == scope.countedOver)
                #expect(try source.rows(in: territory, offset: 0, limit: 10_000).count == count)
            }
        }
        let rovaltain = try #require(places.scope(for: "pays-rovaltain", in: catalogue))
        #expect(!rovaltain.isExact && rovaltain.countedOver == "ancienne-region-rhone-alpes")
        #expect(TerritoryCountLabel.text(territory: "Rovaltain", countedOver: "Rhône-Alpes", .en)
                == "Rovaltain — perimeter not known; counted over Rhône-Alpes")
        #expect(TerritoryCountLabel.text(territory: "Roanne", countedOver: "Roanne", .fr) == "Roanne")
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
