import ESSDirectory
import Foundation
import Testing

/// Actors found by key through the packed keys (`actor_keys`, 256 to a row): every key of a file
/// spanning several rows, keys that sort before, between and after them found as none, a file
/// that repeats keys (its last record kept), and the same after a re-import (keys packed again
/// from the table).
@Suite("Key lookup")
struct KeyLookupTests {
    /// A generic file keyed on `R-<n>`: keys that sort otherwise than their file order.
    static func file(_ numbers: [Int], name: (Int) -> String = { "Actor \($0)" }) -> String {
        (["key;name"] + numbers.map { "R-\($0);\(name($0))" }).joined(separator: "\n")
    }

    @Test func everyKeyFindsItsActorAndNoOtherKeyFindsOne() throws {
        let scratch = try Scratch()
        let numbers = Array((1...900).reversed())
        _ = try scratch.importer().importFile(try scratch.file("keys.csv", Self.file(numbers)), options: ImportOptions(preset: .generic))
        let database = try scratch.database()
        for number in numbers {
            #expect(try database.actor(key: "R-\(number)")?.name == "Actor \(number)")
        }
        for missing in ["", "A", "R-", "R-0", "R-1000", "R-45a", "R-9000", "Z"] {
            #expect(try database.actor(key: missing) == nil, "\(missing)")
        }
    }

    @Test func aRepeatedKeyFindsItsLastRecordAndAReimportKeepsEveryKeyFound() throws {
        let scratch = try Scratch()
        let first = Self.file(Array(1...600) + [5, 300, 599], name: { "First \($0)" })
        let report = try scratch.importer().importFile(try scratch.file("first.csv", first), options: ImportOptions(preset: .generic))
        #expect(report.total == 600)
        let database = try scratch.database()
        #expect(try database.actor(key: "R-300")?.rowID == 602)
        #expect(try database.actor(key: "R-301")?.rowID == 301)
        let second = Self.file(Array(550...800), name: { "Second \($0)" })
        _ = try scratch.importer().importFile(try scratch.file("second.csv", second), options: ImportOptions(preset: .generic))
        for number in 1...800 {
            #expect(try database.actor(key: "R-\(number)")?.name == (number < 550 ? "First \(number)" : "Second \(number)"))
        }
        #expect(try database.actor(key: "R-801") == nil)
    }
}
