import ESSDirectory
import ESSModel
import Foundation
import Testing

/// The packed name order (256 ranks to a block) read every way a list is read, over a generated
/// directory large enough for départements and regions to span several blocks, fresh and after a
/// re-import that replaces some actors and adds others (the order then rebuilt from the table).
@Suite("Name order")
struct NameOrderTests {
    static let shared: (database: DirectoryDatabase, reimported: DirectoryDatabase) = {
        let generated = DirectoryGenerator(shape: .essFrance, rows: 6000, seed: 7).text()
        let fresh = try! Scratch()
        let file = try! fresh.file("generated.csv", generated)
        _ = try! fresh.importer().importFile(file, options: ImportOptions())
        let again = try! Scratch()
        _ = try! again.importer().importFile(file, options: ImportOptions())
        let more = DirectoryGenerator(shape: .essFrance, rows: 2500, seed: 8).text()
        _ = try! again.importer().importFile(try! again.file("more.csv", more), options: ImportOptions())
        return (try! DirectoryDatabase(path: fresh.databasePath, create: false),
                try! DirectoryDatabase(path: again.databasePath, create: false))
    }()

    static let filters: [ActorFilter] = [
        ActorFilter(), ActorFilter(region: "84"), ActorFilter(region: "11"), ActorFilter(region: "94"),
        ActorFilter(region: "01"), ActorFilter(region: "00"), ActorFilter(formerRegion: "82"), ActorFilter(departement: "69"),
        ActorFilter(departement: "75"), ActorFilter(region: "84", departement: "69"), ActorFilter(region: "11", departement: "69"),
        ActorFilter(legalFamily: "Associations"), ActorFilter(region: "84", legalFamily: "Coopératives"),
        ActorFilter(departement: "69", legalFamily: "Associations"), ActorFilter(legalFamily: "Fondations"),
        ActorFilter(region: "93", legalFamily: "Mutuelles"), ActorFilter(departement: "13", legalFamily: "Nonexistent"),
    ]

    @Test(arguments: [false, true])
    func everyFilterReadsTheSameListEveryWay(reimported: Bool) throws {
        let database = reimported ? Self.shared.reimported : Self.shared.database
        let total = try database.count()
        let all = try database.page(offset: 0, limit: total + 10)
        #expect(all.count == total && total > 6000 / 2)
        #expect(all.map(\.rank) == (0..<Int64(total)).map { $0 })
        #expect(zip(all, all.dropFirst()).allSatisfy { a, b in Array(a.sortName.utf8).lexicographicallyPrecedes(Array(b.sortName.utf8)) || a.sortName == b.sortName })
        for filter in Self.filters {
            let expected = all.filter { actor in
                (filter.region.map { $0 == actor.region } ?? true) && (filter.formerRegion.map { $0 == actor.formerRegion } ?? true)
                    && (filter.departement.map { $0 == actor.departement } ?? true)
                    && (filter.legalFamily.map { $0 == actor.legalFamily } ?? true)
            }
            #expect(try database.count(filter) == expected.count, "\(filter)")
            #expect(try database.page(filter, offset: 0, limit: total) == expected, "\(filter)")
            // Windows by offset, then walked down and up by cursor.
            for offset in [1, 255, 256, 300, expected.count - 7].filter({ $0 > 0 && $0 < expected.count }) {
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
