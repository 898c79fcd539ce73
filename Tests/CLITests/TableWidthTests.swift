import Foundation
import TerminalGrid
import Testing

/// Text tables fit the terminal: `COLUMNS`, else the tty's width, else nothing is cut in a pipe.
@Suite("CLI text tables fit the width")
struct TableWidthTests {
    /// Every id the JSON output lists for the same command.
    func ids(_ arguments: [String]) throws -> [String] {
        let run = try ESS.run(arguments + ["--format", "json"])
        let records = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [[String: Any]] ?? []
        return records.compactMap { $0["id"] as? String }
    }

    @Test(arguments: [["list", "programmes"], ["search", "loire"], ["list", "actors"], ["list", "people"]])
    func rowsFitEightyColumnsAndKeepTheirIds(_ arguments: [String]) throws {
        let run = try ESS.run(arguments, environment: ["COLUMNS": "80"])
        #expect(run.status == 0, "\(run.stderr)")
        let wide = run.stdoutLines.filter { $0.displayWidth > 80 }
        #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
        #expect(run.stdout.contains("…"), "nothing was cut at 80 columns:\n\(run.stdout)")
        let words = Set(run.stdoutLines.flatMap { $0.split(separator: " ").map(String.init) })
        let ids = try ids(arguments)
        #expect(!ids.isEmpty)
        #expect(ids.filter { !words.contains($0) }.isEmpty)
    }

    @Test func timelineEventTitlesAreCutAndTheirIdsKeptWhole() throws {
        // Its date column is 30 wide and some ids 40: at 100 columns every event fits.
        let run = try ESS.run(["timeline"], environment: ["COLUMNS": "100"])
        #expect(run.status == 0, "\(run.stderr)")
        let wide = run.stdoutLines.filter { $0.displayWidth > 100 }
        #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
        let event = try #require(run.stdoutLines.first { $0.hasSuffix("[interview-maurice-vincent-2011]") })
        #expect(event.contains("Interview de Maurice Vincent, P…") && event.contains("…  [interview"), "\(event)")
    }

    /// At 80 columns the date column (30 wide) and the longest ids (40) leave no room for a
    /// title: such an id goes on its own line, under the title, and no line is wider than 80.
    @Test(arguments: [80, 120])
    func timelineRowsFitTheWidthAndKeepEveryId(_ columns: Int) throws {
        let run = try ESS.run(["timeline"], environment: ["COLUMNS": "\(columns)"])
        #expect(run.status == 0, "\(run.stderr)")
        let wide = run.stdoutLines.filter { $0.displayWidth > columns }
        #expect(wide.isEmpty, "\(wide.joined(separator: "\n"))")
        let ids = try ids(["timeline"]).filter { !$0.isEmpty }
        let shown = Set(run.stdoutLines.flatMap { $0.split(separator: " ").map { $0.trimmingCharacters(in: CharacterSet(charactersIn: "[]")) } })
        #expect(ids.filter { !shown.contains($0) }.isEmpty, "every programme and event id shown whole")
        let own = run.stdoutLines.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") }
        if columns == 80 {
            #expect(!own.isEmpty, "long ids on their own line at 80 columns")
            let index = try #require(run.stdoutLines.firstIndex { $0 == String(repeating: " ", count: 34) + "[progress-co-construction-plan-d-actions]" })
            #expect(run.stdoutLines[index - 1].contains("Co-construction du plan d'actions de PROGRESS"), "the id under its title")
            #expect(run.stdoutLines[index - 1].hasSuffix("…"))
        } else {
            #expect(own.isEmpty, "every id beside its title at 120 columns: \(own)")
        }
    }

    @Test func theWidestTextColumnIsCutFirstAndTheHeaderKeepsItsPlace() throws {
        let run = try ESS.run(["list", "programmes"], environment: ["COLUMNS": "80"])
        let header = try #require(run.stdoutLines.first)
        #expect(header.hasPrefix("ID"))
        // NAME and DESCRIPTION share the cut: the description still starts inside the 80 columns.
        let nameColumn = try #require(header.range(of: "NAME")).lowerBound.utf16Offset(in: header)
        let descriptionColumn = try #require(header.range(of: "DESCRIPTION")).lowerBound.utf16Offset(in: header)
        #expect(descriptionColumn - nameColumn >= 8)
        #expect(descriptionColumn < 80)
    }

    @Test func aPipeWithoutColumnsCutsNothing() throws {
        let run = try ESS.run(["list", "programmes"])
        #expect(!run.stdout.contains("…"))
        #expect(run.stdoutLines.contains { $0.displayWidth > 80 })
    }

    @Test func cuttingNeverSplitsACharacter() throws {
        // A decomposed accent (e + U+0301) and wide characters, in a name far wider than the table.
        let name = String(repeating: "Ve\u{301}lo 社会的経済 ", count: 8)
        let folder = try DataFolder(["base.yaml": baseYAML, "actors.yaml": """
            actors:
              - id: xyz
                name: "\(name)"
                kind: reseau
                sources: [doc]
            """])
        defer { folder.remove() }
        let run = try ESS.run(["list", "actors", "--data", folder.path], environment: ["COLUMNS": "60"])
        #expect(run.status == 0, "\(run.stderr)")
        let row = try #require(run.stdoutLines.first { $0.hasPrefix("xyz ") })
        #expect(row.displayWidth <= 60, "\(row)")
        // The name column holds whole characters of the name, then "…": an accent never loses
        // its letter (Character comparison tells "e" from "é") and a wide character is never halved.
        let cell = row.dropFirst("xyz".count).drop { $0 == " " }
        let kept = try #require(cell.split(separator: "…").first)
        #expect(kept.count > 4)
        #expect(name.starts(with: kept), "\(row.debugDescription)")
    }
}
