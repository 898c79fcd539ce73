import BrowserCore
import ESSMap
import ESSModel
import TUITestSupport
import TerminalGrid
import Testing

/// The map (section 6, `m`): drawn from the state after keys, over a made-up directory whose
/// actors live in Saint-Étienne (42), Nantes (44) and Lyon (69), a third in each.
@Suite struct MapScreenTests {
    func make(size: Size = Size(width: 80, height: 24), language: Language = .fr, directory: Bool = true,
              holdsReads: Bool = false, unicode: Bool = true) throws -> BrowserHarness {
        let source = SyntheticActorSource(total: 900, scopes: ["arrondissement-roanne", "region-pays-de-la-loire"])
        let catalogue = try BrowserHarness.builtInCatalogue()
        let data = BrowserData(catalogue: catalogue, importedActors: directory ? source : nil)
        return BrowserHarness(state: BrowserState(data: data, language: language, size: size, unicode: unicode), holdsReads: holdsReads)
    }

    static let print = true

    func show(_ browser: BrowserHarness) {
        if Self.print { Swift.print((browser.lines + browser.styleMask).joined(separator: "\n")) }
    }

    @Test func mOpensTheMapWithItsStatusLineLegendAndInsets() throws {
        var browser = try make()
        try browser.type("m")
        show(browser)
        let lines = browser.lines
        #expect(lines[0].contains("[6 Carte]"))
        #expect(lines[2] == " Rhône (69) · Auvergne-Rhône-Alpes : 300 acteurs importés".padding(toLength: 80, withPad: " ", startingAt: 0))
        // The legend: three départements of 300 actors are one class; the rest have none.
        #expect(lines[3].hasSuffix("Acteurs importés par       ") && lines[4].hasSuffix("département                "))
        #expect(lines[5].contains("⣿⣿ 300"))
        #expect(lines[6].contains("⠁⠁ aucun"))
        #expect(lines.contains { $0.contains("971") && $0.contains("972") })
        #expect(lines[23].hasPrefix(" ←↓ déplacer  Entrée acteurs  v affichage  Tab région"))
        // Lyon's, Saint-Étienne's and Nantes's départements are drawn darkest, the Rhône under the cursor.
        let mask = browser.styleMask.joined()
        #expect(mask.contains("4") && mask.contains("X") && mask.contains("0"))
    }

    @Test func theCursorMovesToTheNearestDepartementInEachDirection() throws {
        var browser = try make()
        try browser.type("m")
        let geography = MapGeography.shared
        func cursor() -> String { geography.departements[browser.state.map.cursor] }
        #expect(cursor() == "69")
        try browser.type("<Right>")
        #expect(cursor() == "01")
        try browser.type("<Left><Left>")
        #expect(cursor() == "42")
        try browser.type("<Up>")
        #expect(["71", "03", "69"].contains(cursor()), "north of the Loire: \(cursor())")
        try browser.type("jjjjjjjjjjjjjjjjjjjj")
        #expect(["66", "11", "34", "2A", "2B", "13", "83", "06", "64", "65", "09", "31"].contains(cursor()), "at the southern edge: \(cursor())")
    }

    @Test func tabGoesToTheNextRegion() throws {
        var browser = try make()
        try browser.type("m<Tab>")
        let geography = MapGeography.shared
        #expect(geography.regionOfDepartement[browser.state.map.cursor] != "84")
    }

    @Test func enterOpensTheDepartementsActorsAndBackspaceComesBack() throws {
        var browser = try make()
        try browser.type("m<Left><Enter>")
        #expect(browser.state.section == .actors)
        #expect(browser.state.current.importFilter.code(.departement) == "42")
        #expect(browser.state.current.rows.imported?.heading == "Acteurs importés · Loire (42) (300)")
        try browser.type("<BS>")
        #expect(browser.state.section == .map)
        #expect(MapGeography.shared.departements[browser.state.map.cursor] == "42")
    }

    @Test func theActorsFiltersApplyToTheMapsCounts() throws {
        var browser = try make()
        try browser.type("2c<Down><Enter>m")
        show(browser)
        #expect(browser.lines[2].contains("Rhône (69) · Auvergne-Rhône-Alpes : 100 acteurs importés"))
        #expect(browser.lines[5].contains("⣿⣿ 100"))
    }

    @Test func countsInFlightShowAPlaceholder() throws {
        var browser = try make(holdsReads: true)
        try browser.type("m")
        #expect(browser.lines[2].contains("Rhône (69) · Auvergne-Rhône-Alpes · Comptage…"))
        #expect(browser.state.directory.isReading(.map))
        browser.answerHeldReads()
        #expect(browser.lines[2].contains(": 300 acteurs importés"))
    }

    @Test func vSwitchesWhatTheMapShows() throws {
        var browser = try make()
        try browser.type("mv")
        #expect(browser.lines[3].contains("Acteurs importés pour 10") && browser.lines[4].contains("000 habitants"))
        #expect(browser.lines[2].contains("pour 10 000 hab."))
        try browser.type("v")
        #expect(browser.lines[4].contains("commune"))
        try browser.type("v")
        #expect(browser.lines[4].contains("région"))
        #expect(browser.lines[2].contains(": 600 acteurs importés dans la région"))
        try browser.type("v")
        #expect(browser.lines[3].contains("Programmes, acteurs et"))
        let records = try #require(browser.lines[2].range(of: #": \d+ fiches du catalogue dans la région"#, options: .regularExpression))
        #expect(!records.isEmpty)
        // Enter on this layer: the region's programmes.
        try browser.type("<Enter>")
        #expect(browser.state.section == .programmes && browser.state.region?.region == "region-auvergne-rhone-alpes")
        try browser.type("<BS>")
        #expect(browser.state.section == .map)
    }

    @Test func aClickPicksAPlaceAndASecondOpensIt() throws {
        var browser = try make()
        try browser.type("m")
        let picture = try #require(browser.state.map.picture)
        // Find the cell of a Loire-Atlantique commune on screen.
        var target: Point?
        for y in picture.mainland.y..<picture.mainland.maxY {
            for x in picture.mainland.x..<picture.mainland.maxX {
                if let point = picture.point(at: Point(x: x, y: y)),
                   MapGeography.shared.departements[MapGeography.shared.points[point].departement] == "44" {
                    target = Point(x: x, y: y)
                }
            }
        }
        let cell = try #require(target)
        browser.click(x: cell.x, y: cell.y)
        #expect(MapGeography.shared.departements[browser.state.map.cursor] == "44")
        browser.click(x: cell.x, y: cell.y)
        #expect(browser.state.section == .actors && browser.state.current.importFilter.code(.departement) == "44")
    }

    @Test func aRecordsTerritoriesAreLitWithM() throws {
        var browser = try make()
        try browser.type("4/roanne<Enter><Enter>M")
        show(browser)
        #expect(browser.state.section == .map)
        #expect(browser.lines[3].contains("Territoires de"))
        #expect(browser.state.map.lit?.communes.contains("42187") == true, "Roanne's commune is in its arrondissement")
        try browser.type("<BS>")
        #expect(browser.state.section == .territories)
    }

    @Test func withoutUTF8TheMapIsASCII() throws {
        var browser = try make(unicode: false)
        try browser.type("m")
        show(browser)
        let text = browser.lines.joined()
        #expect(text.contains("@@ 300") && text.contains(".. aucun"))
        #expect(!text.unicodeScalars.contains { $0.value >= 0x2800 && $0.value <= 0x28FF })
    }

    @Test func withoutADirectoryTheMapSaysWhatIsMissing() throws {
        var browser = try make(directory: false)
        try browser.type("m")
        #expect(browser.lines[2].contains("Aucun annuaire importé"))
        try browser.type("<Enter>")
        #expect(browser.state.section == .map)
    }

    @Test func atTwoHundredBySixtyTheMapFillsTheScreen() throws {
        var browser = try make(size: Size(width: 200, height: 60))
        try browser.type("m")
        show(browser)
        let picture = try #require(browser.state.map.picture)
        #expect(picture.mainland.width > 150 && picture.mainland.height == 56)
        // Every inset has room for a drawing under its label.
        #expect(picture.insets.count == 5 && picture.insets.allSatisfy { $0.box.height >= 4 })
        let land = browser.styleMask.joined().filter { "01234X".contains($0) }.count
        #expect(land > 2000)
    }

    @Test func tooSmallSaysSoAndKeepsTheMap() throws {
        var browser = try make()
        try browser.type("m")
        browser.resize(width: 60, height: 20)
        #expect(browser.lines.joined().contains("60×20"))
        browser.resize(width: 80, height: 24)
        #expect(browser.state.section == .map && browser.lines[0].contains("[6 Carte]"))
    }
}
