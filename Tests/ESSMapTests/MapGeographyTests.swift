import ESSMap
import ESSReference
import TerminalGrid
import Testing

@Suite struct MapGeographyTests {
    let geography = MapGeography.shared

    @Test func communesCarryTheirCentre() throws {
        let lyon = try #require(CommuneTable.shared.commune(code: "69123")?.location)
        #expect(abs(lyon.latitude - 45.76) < 0.05 && abs(lyon.longitude - 4.83) < 0.05)
    }

    @Test func everyDepartementHasPointsAndAPopulation() {
        #expect(geography.departements.count == 101)
        #expect(geography.departements.first == "01" && geography.departements.last == "976")
        #expect(geography.overseas.map { geography.departements[$0] } == ["971", "972", "973", "974", "976"])
        let withPoints = Set(geography.points.map(\.departement))
        #expect(withPoints.count == 101)
        let paris = geography.index(ofDepartement: "75")!
        #expect(geography.departementPopulation[paris] > 2_000_000)
    }

    @Test func aRasterFindsTheDepartementOfADotAndTheSeaAroundIt() throws {
        let raster = PointRaster(geography: geography, departements: geography.metropolitan, width: 200, height: 200, aspect: 1)
        // Paris's centre falls in Paris, the Bay of Biscay is sea.
        let paris = raster.fit.dot(x: 2.35 * 0.6883545756937539, y: -48.86)
        let point = try #require(raster[paris.column, paris.row])
        #expect(geography.departements[geography.points[point].departement] == "75")
        let biscay = raster.fit.dot(x: -4.0 * 0.6883545756937539, y: -45.5)
        #expect(raster[biscay.column, biscay.row] == nil)
        // Corners are outside France.
        #expect(raster[0, 0] == nil && raster[199, 199] == nil)
    }

    @Test func theMapFillsAboutAThirdOfItsSquare() {
        let raster = PointRaster(geography: geography, departements: geography.metropolitan, width: 120, height: 120, aspect: 1)
        let land = raster.nearest.filter { $0 >= 0 }.count
        #expect(land > 120 * 120 / 3 && land < 120 * 120 * 2 / 3)
    }
}
