import ESSDirectory
import ESSReference
import Testing

/// The actors per commune kept at import agree with the actors' rows, with and without filters.
@Suite struct CommuneCountTests {
    var database: DirectoryDatabase { QueryTests.shared }

    func tally(_ actors: [ImportedActor]) -> [String: Int] {
        var counts: [String: Int] = [:]
        for actor in actors { counts["\(actor.communeCode ?? "-")|\(actor.departement ?? "-")", default: 0] += 1 }
        return counts
    }

    func tally(_ counts: [CommuneCount]) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: counts.map { ("\($0.commune ?? "-")|\($0.departement ?? "-")", $0.count) })
    }

    @Test func theCountsKeptAtImportAreTheActorsPerCommune() throws {
        let all = try database.page(offset: 0, limit: 10_000)
        let counts = try database.communeCounts()
        #expect(counts.reduce(0) { $0 + $1.count } == all.count)
        #expect(tally(counts) == tally(all))
        #expect(counts.contains { $0.commune != nil })
    }

    @Test(arguments: [
        ActorFilter(region: "84"), ActorFilter(departement: "69"), ActorFilter(legalFamily: "Associations"),
        ActorFilter(nafSection: "Q"), ActorFilter(nafDivision: "88"), ActorFilter(region: "84", legalFamily: "Coopératives"),
        ActorFilter(communes: ["69123"]), ActorFilter(createdYears: 2000...2020),
    ])
    func filtersNarrowTheCountsAsTheyNarrowTheList(_ filter: ActorFilter) throws {
        let actors = try database.page(filter, offset: 0, limit: 10_000)
        #expect(tally(try database.communeCounts(filter)) == tally(actors))
    }
}
