import Foundation
import GRDB
import Testing

/// The packed name order holds ids on four bytes: a directory whose ids went past them is
/// refused by the next import, with a message that says what to do, and left as it was.
@Suite("Name order limits")
struct OrderLimitTests {
    @Test func idsPastFourBytesStopAReimportWithAMessage() throws {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("ess-order-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        let db = scratch.appendingPathComponent("directory.sqlite").path
        let first = try ESS.run(["import", ImportDumpTests.fixture("ess-france-1000.csv"), "--db", db])
        #expect(first.status == 0, "\(first.stderr)")
        try DatabaseQueue(path: db).write { db in try db.execute(sql: "UPDATE actors SET id = 5000000000 WHERE id = 1") }

        let second = try ESS.run(["import", ImportDumpTests.fixture("mixed-places-1000.csv"), "--preset", "generic", "--db", db])
        #expect(second.status != 0)
        #expect(second.stderr.contains("\(db): its actor ids go past 4294967295, more than its name order holds; remove it and import the files again"),
                "\(second.stderr)")
        #expect(!second.stderr.contains("SQLite"))
        let count = try DatabaseQueue(path: db).read { db in try Int.fetchOne(db, sql: "SELECT count(*) FROM actors") }
        #expect(count == 1000)
    }
}
