import BrowserCore
import DirectoryBrowser
import ESSDirectory
import ESSModel
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
            seen[start] = source.rows(in: nil, offset: start, limit: 64).map(\.id.rawValue)
        }
        for start in stride(from: 0, to: 1000, by: 64).reversed() {
            #expect(source.rows(in: nil, offset: start, limit: 64).map(\.id.rawValue) == seen[start])
        }
        for (start, rows) in seen {
            #expect(rows == Array(expected[start..<min(1000, start + 64)]), "block at \(start)")
        }
    }

    @Test func pagingUpFromAJumpUsesTheRowsAfter() throws {
        let source = source()
        let expected = ids(try database.page(offset: 0, limit: 1000))
        #expect(source.rows(in: nil, offset: 960, limit: 64).map(\.id.rawValue) == Array(expected[960...]))
        #expect(source.rows(in: nil, offset: 896, limit: 64).map(\.id.rawValue) == Array(expected[896..<960]))
        #expect(source.rows(in: nil, offset: 832, limit: 128).map(\.id.rawValue) == Array(expected[832..<960]))
    }

    @Test func aWindowStraddlingAKnownRowIsReadAroundIt() throws {
        let source = source()
        let expected = ids(try database.page(offset: 0, limit: 1000))
        _ = source.rows(in: nil, offset: 960, limit: 64)
        #expect(source.rows(in: nil, offset: 896, limit: 128).map(\.id.rawValue) == Array(expected[896...]))
    }

    @Test func scopesCountAndListTheirTerritorysActors() throws {
        let source = source()
        #expect(source.count(in: nil) == 1000)
        #expect(source.count(in: "france") == nil, "France is no narrower than the whole directory")
        let region = try #require(catalogue.currentRegions.first { (source.count(in: $0.id) ?? 0) > 0 })
        let count = try #require(source.count(in: region.id))
        #expect(count < 1000)
        let rows = source.rows(in: region.id, offset: 0, limit: 2000)
        #expect(rows.count == count)
    }

    @Test func searchAndPages() throws {
        let source = source()
        let first = try #require(try database.page(offset: 0, limit: 1).first)
        let found = source.search(first.name, in: nil, limit: 5)
        #expect(found.contains { $0.id.rawValue == first.recordID })
        let page = try #require(source.page(RecordID(first.recordID), language: .fr))
        #expect(page.title == first.name)
        #expect(page.subtitle.hasPrefix("Acteur importé"))
        #expect(source.page("siren:nope", language: .fr) == nil)
        #expect(source.page("progress", language: .fr) == nil)
    }
}
