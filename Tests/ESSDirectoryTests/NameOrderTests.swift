import ESSDirectory
import ESSModel
import ESSReference
import Foundation
import Testing

/// The packed name order (240 ranks to a block, 320 to a run of a département's or commune's
/// ranks) read every way a list is read, over a generated directory large enough for départements
/// and regions to span several blocks, fresh and after a re-import that replaces some actors and adds others (the order then rebuilt from the table),
/// and over files whose rows place actors every way (none, a postcode, a commune code, a name…).
@Suite("Name order")
struct NameOrderTests {
    static let shared: (database: DirectoryDatabase, reimported: DirectoryDatabase, mixed: DirectoryDatabase) = {
        let generated = DirectoryGenerator(shape: .essFrance, rows: 6000, seed: 7).text()
        let fresh = try! Scratch()
        let file = try! fresh.file("generated.csv", generated)
        _ = try! fresh.importer().importFile(file, options: ImportOptions())
        let again = try! Scratch()
        _ = try! again.importer().importFile(file, options: ImportOptions())
        let more = DirectoryGenerator(shape: .essFrance, rows: 2500, seed: 8).text()
        _ = try! again.importer().importFile(try! again.file("more.csv", more), options: ImportOptions())
        // Every place layout, fresh (order kept while reading), then into the re-imported one too.
        let mixed = try! Scratch()
        let layouts = DirectoryGenerator(shape: .mixed, rows: 6000, seed: 9).text()
        _ = try! mixed.importer().importFile(try! mixed.file("mixed.csv", layouts), options: ImportOptions(preset: .generic))
        let moreLayouts = DirectoryGenerator(shape: .mixed, rows: 3000, seed: 10).text()
        _ = try! again.importer().importFile(try! again.file("mixed.csv", moreLayouts), options: ImportOptions(preset: .generic))
        return (try! DirectoryDatabase(path: fresh.databasePath, create: false),
                try! DirectoryDatabase(path: again.databasePath, create: false),
                try! DirectoryDatabase(path: mixed.databasePath, create: false))
    }()

    static let filters: [ActorFilter] = [
        ActorFilter(), ActorFilter(region: "84"), ActorFilter(region: "11"), ActorFilter(region: "94"),
        ActorFilter(region: "01"), ActorFilter(region: "00"), ActorFilter(formerRegion: "82"), ActorFilter(departement: "69"),
        ActorFilter(departement: "75"), ActorFilter(region: "84", departement: "69"), ActorFilter(region: "11", departement: "69"),
        ActorFilter(legalFamily: "Associations"), ActorFilter(region: "84", legalFamily: "Coopératives"),
        ActorFilter(departement: "69", legalFamily: "Associations"), ActorFilter(legalFamily: "Fondations"),
        ActorFilter(region: "93", legalFamily: "Mutuelles"), ActorFilter(departement: "13", legalFamily: "Nonexistent"),
        ActorFilter(nafSection: "Q"), ActorFilter(legalFamily: "Associations", nafSection: "S"),
        ActorFilter(arrondissement: "422"), ActorFilter(arrondissement: "691"), ActorFilter(departement: "42", arrondissement: "423"),
        ActorFilter(communes: ["42187"]), ActorFilter(communes: ["69123", "75056", "13055"]), ActorFilter(communes: []),
        ActorFilter(communes: ["75056"], legalFamily: "Associations"), ActorFilter(region: "84", communes: ["69123", "42218"]),
        ActorFilter(communes: Set(CommuneTable.shared.communes.filter { $0.departement == "59" }.map(\.code))),
    ]

    /// Whether `actor` is inside the filter, by its stored fields.
    static func matches(_ filter: ActorFilter, _ actor: ImportedActor) -> Bool {
        let communeKeys = actor.communeCode.map { code in [code] + [CommuneTable.shared.commune(code: code)?.parent].compactMap { $0 } } ?? []
        return (filter.region.map { $0 == actor.region } ?? true) && (filter.formerRegion.map { $0 == actor.formerRegion } ?? true)
            && (filter.departement.map { $0 == actor.departement } ?? true)
            && (filter.arrondissement.map { $0 == actor.arrondissement } ?? true)
            && (filter.communes.map { communes in communeKeys.contains(where: communes.contains) } ?? true)
            && (filter.legalFamily.map { $0 == actor.legalFamily } ?? true)
            && (filter.nafSection.map { $0 == actor.nafSection } ?? true)
    }

    @Test(arguments: ["fresh", "reimported", "mixed"])
    func everyFilterReadsTheSameListEveryWay(_ which: String) throws {
        let database = which == "fresh" ? Self.shared.database : which == "reimported" ? Self.shared.reimported : Self.shared.mixed
        let total = try database.count()
        let all = try database.page(offset: 0, limit: total + 10)
        #expect(all.count == total && total > 6000 / 2)
        if which == "mixed" {
            // Every layout is there: unplaced, placed at a commune, placed at a département only.
            #expect(all.contains { $0.departement == nil } && all.contains { $0.communeCode != nil }
                    && all.contains { $0.departement != nil && $0.communeCode == nil } && all.contains(where: \.placeGuessed))
        }
        #expect(all.map(\.rank) == (0..<Int64(total)).map { $0 })
        #expect(zip(all, all.dropFirst()).allSatisfy { a, b in Array(a.sortName.utf8).lexicographicallyPrecedes(Array(b.sortName.utf8)) || a.sortName == b.sortName })
        for filter in Self.filters {
            let expected = all.filter { Self.matches(filter, $0) }
            #expect(try database.count(filter) == expected.count, "\(filter)")
            #expect(try database.page(filter, offset: 0, limit: total) == expected, "\(filter)")
            // Windows by offset, then walked down and up by cursor.
            for offset in [1, 239, 240, 300, 319, 320, 481, expected.count - 7].filter({ $0 > 0 && $0 < expected.count }) {
                #expect(try database.page(filter, offset: offset, limit: 40) == Array(expected[offset..<min(offset + 40, expected.count)]), "\(filter) \(offset)")
            }
            var down: [ImportedActor] = try database.page(filter, offset: 0, limit: 97)
            while let cursor = down.last?.cursor, down.count < expected.count {
                let next = try database.page(filter, after: cursor, limit: 97)
                guard !next.isEmpty else { break }
                down += next
            }
            #expect(down == expected, "\(filter) down")
            guard let last = expected.last else { continue }
            var up: [ImportedActor] = [last]
            while let cursor = up.first?.cursor {
                let previous = try database.page(filter, before: cursor, limit: 97)
                guard !previous.isEmpty else { break }
                up = previous + up
            }
            #expect(up == expected, "\(filter) up")
        }
    }

    @Test func searchReadsTheNamesStartingWithTheQueryInOrder() throws {
        let database = Self.shared.reimported
        let all = try database.page(offset: 0, limit: 20000)
        for query in ["association", "cooperative agricole", "mutuelle", "zz", "a"] {
            let starting = all.filter { $0.sortName.hasPrefix(query) }
            let found = try database.search(query, limit: 50)
            #expect(Array(found.prefix(starting.count).map(\.key)) == Array(starting.prefix(50).map(\.key)), "\(query)")
            let rhone = ActorFilter(departement: "69")
            let foundInRhone = try database.search(query, rhone, limit: 50)
            #expect(foundInRhone.allSatisfy { $0.departement == "69" })
            #expect(Array(foundInRhone.prefix(starting.filter { $0.departement == "69" }.count).map(\.key))
                    == Array(starting.filter { $0.departement == "69" }.prefix(50).map(\.key)), "\(query) in 69")
        }
    }
}
