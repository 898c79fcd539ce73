import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
import ESSReference
import ESSSeeds
import Testing

/// The browser's adapter over a directory: windows read by cursor agree with reads by offset,
/// whichever way the list is walked; scopes, search and pages.
@Suite struct DirectoryActorSourceTests {
    let catalogue = try! BuiltInCatalogue.load().get()
    var database: DirectoryDatabase { QueryTests.shared }

    func source() -> DirectoryActorSource { DirectoryActorSource(database: database, catalogue: catalogue) }

    func ids(_ actors: [ImportedActor]) -> [String] { actors.map(\.recordID) }

    @Test func windowsWalkedDownAndUpMatchTheOffsetReads() throws {
        let source = source()
        let expected = ids(try database.page(offset: 0, limit: 1000))
        var seen: [Int: [String]] = [:]
        for start in stride(from: 0, to: 1000, by: 64) {
            seen[start] = try source.rows(in: nil, offset: start, limit: 64).map(\.id.rawValue)
        }
        for start in stride(from: 0, to: 1000, by: 64).reversed() {
            #expect(try source.rows(in: nil, offset: start, limit: 64).map(\.id.rawValue) == seen[start])
        }
        for (start, rows) in seen {
            #expect(rows == Array(expected[start..<min(1000, start + 64)]), "block at \(start)")
        }
    }

    @Test func pagingUpFromAJumpUsesTheRowsAfter() throws {
        let source = source()
        let expected = ids(try database.page(offset: 0, limit: 1000))
        #expect(try source.rows(in: nil, offset: 960, limit: 64).map(\.id.rawValue) == Array(expected[960...]))
        #expect(try source.rows(in: nil, offset: 896, limit: 64).map(\.id.rawValue) == Array(expected[896..<960]))
        #expect(try source.rows(in: nil, offset: 832, limit: 128).map(\.id.rawValue) == Array(expected[832..<960]))
    }

    @Test func aWindowStraddlingAKnownRowIsReadAroundIt() throws {
        let source = source()
        let expected = ids(try database.page(offset: 0, limit: 1000))
        _ = try source.rows(in: nil, offset: 960, limit: 64)
        #expect(try source.rows(in: nil, offset: 896, limit: 128).map(\.id.rawValue) == Array(expected[896...]))
    }

    @Test func scopesCountAndListTheirTerritorysActors() throws {
        let source = source()
        #expect(try source.count(in: nil) == 1000)
        #expect(try source.count(in: "france") == nil, "France is no narrower than the whole directory")
        let region = try #require(catalogue.currentRegions.first { (try source.count(in: $0.id) ?? 0) > 0 })
        let count = try #require(try source.count(in: region.id))
        #expect(count < 1000)
        let rows = try source.rows(in: region.id, offset: 0, limit: 2000)
        #expect(rows.count == count)
    }

    @Test func searchAndPages() throws {
        let source = source()
        let first = try #require(try database.page(offset: 0, limit: 1).first)
        let found = try source.search(first.name, in: nil, limit: 5)
        #expect(found.contains { $0.id.rawValue == first.recordID })
        let page = try #require(try source.page(RecordID(first.recordID), language: .fr))
        #expect(page.title == first.name)
        #expect(page.subtitle.hasPrefix("Acteur importé"))
        #expect(try source.page("siren:nope", language: .fr) == nil)
        #expect(try source.page("progress", language: .fr) == nil)
    }

    // MARK: - Facets

    func facets(_ pairs: [ImportedFacet: String]) -> ImportedActorFilter {
        ImportedActorFilter(pairs.mapValues { ImportedFacetChoice(code: $0, label: $0) })
    }

    @Test func facetCountsComeFromTheDirectorysCountsWithLabels() throws {
        let source = source()
        let departements = try source.facetCounts(.departement, in: nil, matching: ImportedActorFilter())
        #expect(departements.reduce(0) { $0 + $1.count } == (try database.counts(by: .departement).values.reduce(0, +)))
        let rhone = try #require(departements.first { $0.choice.code == "69" })
        #expect(rhone.choice.label == "Rhône (69)")
        #expect(rhone.count == (try database.count(ActorFilter(departement: "69"))))
        let codes = departements.map(\.choice.code)
        // Corsica (2A, 2B) sorts as 20, between 19 and 21; overseas (971…) last.
        let corsica = try #require(codes.firstIndex(of: "2A"))
        #expect(codes[..<corsica].allSatisfy { (Int($0) ?? 99) < 20 })
        #expect(codes[(corsica + 1)...].allSatisfy { $0 == "2B" || (Int($0) ?? 0) > 20 })
        #expect(codes.filter { $0.count == 2 && Int($0) != nil }.map { Int($0)! } == codes.filter { $0.count == 2 }.compactMap { Int($0) }.sorted())
        let families = try source.facetCounts(.legalFamily, in: nil, matching: ImportedActorFilter())
        #expect(families.map(\.count) == families.map(\.count).sorted(by: >), "families most first")
        #expect(families.first?.choice.label == "Associations")
    }

    @Test func facetsNarrowCountsRowsAndSearchWithinAScope() throws {
        let source = source()
        let region: RecordID = "region-auvergne-rhone-alpes"
        let inRegion = try source.facetCounts(.departement, in: region, matching: ImportedActorFilter()).map(\.choice.code)
        #expect(inRegion.contains("69") && !inRegion.contains("44"), "only the region's départements: \(inRegion)")
        let filter = facets([.departement: "69", .legalFamily: "Associations"])
        let expected = try database.count(ActorFilter(region: "84", departement: "69", legalFamily: "Associations"))
        #expect(expected > 0)
        #expect(try source.count(in: region, matching: filter) == expected)
        let rows = try source.rows(in: region, matching: filter, offset: 0, limit: 2000)
        #expect(rows.count == expected)
        #expect(rows.allSatisfy { $0.place?.hasSuffix("(69)") == true })
        let families = try source.facetCounts(.legalFamily, in: region, matching: facets([.departement: "69"]))
        #expect(families.first { $0.choice.code == "Associations" }?.count == expected)
        let name = try #require(rows.first?.name)
        #expect(try source.search(name, in: region, matching: filter, limit: 5).contains { $0.id == rows.first?.id })
        #expect(try source.search(name, in: region, matching: facets([.departement: "44"]), limit: 5).isEmpty)
    }

    @Test func aDepartementOutsideTheScopeMatchesNothing() throws {
        let source = source()
        let loire: RecordID = "departement-loire"
        #expect(try source.count(in: loire, matching: facets([.departement: "69"])) == 0)
        #expect(try source.rows(in: loire, matching: facets([.departement: "69"]), offset: 0, limit: 10).isEmpty)
        #expect(try source.facetCounts(.legalFamily, in: loire, matching: facets([.departement: "69"])).isEmpty)
        #expect(try source.count(in: loire, matching: facets([.departement: "42"])) == source.count(in: loire))
    }

    /// SIRENE units without their establishments have no place: each picker's count is what the
    /// list then shows (the trial's "counts shown, list empty").
    @Test func pickersCountWhatTheListShowsForActorsWithoutAPlace() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("sirene-unites-1000.csv"), options: ImportOptions(preset: .sirene))
        let source = DirectoryActorSource(database: try scratch.database(), catalogue: catalogue)
        let total = try #require(try source.count(in: nil))
        #expect(total > 0)
        for facet in [ImportedFacet.legalFamily, .nafSection] {
            let counts = try source.facetCounts(facet, in: nil, matching: ImportedActorFilter())
            #expect(counts.map(\.count).reduce(0, +) == total, "\(facet)")
            for count in counts {
                let facets = ImportedActorFilter([facet: count.choice])
                #expect(try source.count(in: nil, matching: facets) == count.count)
                #expect(try source.rows(in: nil, matching: facets, offset: 0, limit: 2000).count == count.count, "\(facet) \(count.choice.code)")
            }
        }
        #expect(try source.facetCounts(.departement, in: nil, matching: ImportedActorFilter()).isEmpty)
    }

    /// The NAF picker's divisions of a section: each one's count is what the list filtered by it
    /// shows, they add up to the section, and they carry INSEE's labels.
    @Test func nafDivisionCountsAreWhatTheDivisionFilterLists() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("sirene-unites-1000.csv"), options: ImportOptions(preset: .sirene))
        let source = DirectoryActorSource(database: try scratch.database(), catalogue: catalogue)
        let sections = try source.facetCounts(.nafSection, in: nil, matching: ImportedActorFilter())
        var divisionsSeen = 0
        for within in [ImportedActorFilter(), facets([.legalFamily: "Associations"])] {
            for section in sections {
                let divisions = try source.nafDivisionCounts(inSection: section.choice.code, in: nil, matching: within)
                var sectionFilter = within
                sectionFilter[.nafSection] = section.choice
                #expect(divisions.map(\.count).reduce(0, +) == (try source.count(in: nil, matching: sectionFilter)), "\(section.choice.code)")
                for division in divisions {
                    divisionsSeen += 1
                    #expect(division.choice.code.count == 2 && division.choice.label.hasPrefix(division.choice.code + " "))
                    #expect(Nomenclatures.nafDivisionLabel(division.choice.code).map { division.choice.label.hasSuffix($0) } == true)
                    #expect(Nomenclatures.nafSection(ofDivision: division.choice.code) == section.choice.code)
                    var filter = within
                    filter[.nafSection] = division.choice
                    let rows = try source.rows(in: nil, matching: filter, offset: 0, limit: 2000)
                    #expect(try source.count(in: nil, matching: filter) == division.count)
                    #expect(rows.count == division.count, "division \(division.choice.code)")
                }
            }
        }
        #expect(divisionsSeen > 10, "the sample spreads over many divisions: \(divisionsSeen)")
    }
}
