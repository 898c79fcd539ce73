import ESSModel
import Testing

@Suite("Territory perimeters")
struct TerritoryPerimeterTests {
    @Test func perimetersComeFromLevelAndCodeOrFromTheCommunesNamed() throws {
        let catalogue = try loadedCatalogue([("t.yaml", """
            territories:
              - id: region-x
                name: Région X
                level: region
                code: "84"
                parent: france
              - id: dep-loire
                name: Loire
                level: departement
                code: "42"
                parent: region-x
              - id: arr-roanne
                name: Arrondissement de Roanne
                level: arrondissement
                code: "422"
                parent: dep-loire
              - id: epci-named
                name: Deux communes
                level: epci
                parent: arr-roanne
                communes: ["42187", "42011"]
              - id: pays-unknown
                name: Pays flou
                level: pays
                parent: arr-roanne
              - id: roanne
                name: Roanne
                level: commune
                code: "42187"
                parent: pays-unknown
              - id: ailleurs
                name: Ailleurs
                level: pays-etranger
              - id: bruxelles
                name: Bruxelles
                level: commune
                parent: ailleurs
            """)])
        #expect(catalogue.territory("arr-roanne")?.perimeter == .arrondissement("422"))
        #expect(catalogue.territory("dep-loire")?.perimeter == .departement("42"))
        #expect(catalogue.territory("region-x")?.perimeter == .region("84"))
        #expect(catalogue.territory("roanne")?.perimeter == .communes(["42187"]))
        #expect(catalogue.territory("epci-named")?.perimeter == .communes(["42187", "42011"]))
        #expect(catalogue.territory("pays-unknown")?.perimeter == nil)
        #expect(catalogue.perimeterTerritory(for: "pays-unknown")?.id == "arr-roanne", "the nearest wider perimeter")
        #expect(catalogue.perimeterTerritory(for: "epci-named")?.id == "epci-named")
        #expect(catalogue.perimeterTerritory(for: "bruxelles") == nil, "abroad: nothing is counted")
        #expect(catalogue.perimeterTerritory(for: "france")?.perimeter == .france)
    }

    @Test func badCommunesAreReportedWhereTheyAre() throws {
        let found = try failedLoad([("t.yaml", """
            territories:
              - id: epci-x
                name: EPCI X
                level: epci
                parent: france
                communes: ["42187", "4218", 42011, "2C004", [1]]
              - id: dep-x
                name: Département X
                level: departement
                code: "42"
                parent: france
                communes: ["42187"]
            """)])
        #expect(found.map(\.line) == [
            "t.yaml:6:25: '4218' is not an INSEE commune code",
            "t.yaml:6:40: '2C004' is not an INSEE commune code",
            "t.yaml:6:49: 'list' is not an INSEE commune code",
            "t.yaml:12:15: 'communes' is for an EPCI or a pays, not a territory of level departement",
        ])
        #expect(found.first?.hint == "write the five characters of the COG, quoted: \"42187\", \"2A004\"")
    }

    @Test func builtInTerritoriesHaveAPerimeterOrAWiderOne() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(catalogue.territory("arrondissement-roanne")?.perimeter == .arrondissement("422"))
        #expect(catalogue.territory("ancienne-region-rhone-alpes")?.perimeter == .formerRegion("82"))
        #expect(catalogue.perimeterTerritory(for: "pays-rovaltain")?.id == "ancienne-region-rhone-alpes")
        #expect(catalogue.perimeterTerritory(for: "epci-grand-roanne-agglomeration")?.id == "departement-loire")
        for territory in catalogue.territories where territory.level != .paysEtranger && territory.parent != "belgique" {
            #expect(catalogue.perimeterTerritory(for: territory.id) != nil, "\(territory.id)")
        }
    }
}
