import ESSMap
import TerminalGrid
import Testing

@Suite struct MapPictureTests {
    /// Actors per département, made up: more in the départements of higher codes.
    static let shading = MapShading(MapValues(
        unit: .departement,
        values: Dictionary(uniqueKeysWithValues: MapGeography.shared.departements.enumerated().map { ($1, Double($0 % 8)) }),
        title: "Acteurs par département"))

    static func picture(_ glyphs: MapGlyphs, _ width: Int, _ height: Int, cursor: String? = nil) -> Grid {
        var grid = Grid(size: Size(width: width, height: height))
        let picture = MapPicture(area: grid.bounds, glyphs: glyphs)
        picture.draw(shading, cursor: cursor.flatMap(MapGeography.shared.index(ofDepartement:)), into: &grid)
        MapLegend.draw(shading, glyphs: glyphs, none: "aucun", into: &grid, area: picture.legend)
        return grid
    }

    @Test(arguments: MapGlyphs.allCases) func printPreview(_ glyphs: MapGlyphs) {
        let grid = Self.picture(glyphs, 80, 22, cursor: "69")
        print(grid.lines.joined(separator: "\n"))
        print(grid.styleMask().joined(separator: "\n"))
    }
}
