import Foundation
import Testing

/// `ess timeline` in JSON and CSV carries the programme periods its text shows (issue 13, item
/// 6), and a date's note with parentheses of its own is not nested in more.
@Suite("ess timeline: periods in every format")
struct TimelinePeriodsTests {
    @Test func jsonListsTheDatedProgrammesBeforeTheEvents() throws {
        let records = try #require(try ESS.json(["timeline", "--region", "52", "--format", "json"]) as? [[String: Any]])
        let types = records.compactMap { $0["type"] as? String }
        let programmes = types.prefix { $0 == "programme" }.count
        #expect(programmes == 2, "SRESS and its first plan of actions have a period in Pays de la Loire")
        #expect(types.dropFirst(programmes).allSatisfy { $0 == "event" })
        #expect(records.prefix(programmes).allSatisfy { $0["period"] != nil })
        let ids = records.prefix(programmes).compactMap { $0["id"] as? String }
        #expect(ids == ["sress-plan-d-actions-2017-2018", "sress-pays-de-la-loire"])
    }

    @Test func csvHasTheSameRowsAsTheText() throws {
        let run = try ESS.run(["timeline", "--format", "csv"])
        #expect(run.status == 0)
        // CSV rows end with CRLF, which Swift reads as one character: split on it.
        let rows = run.stdout.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        #expect(rows.first?.hasPrefix("id,type,name") == true)
        #expect(rows.contains { $0.hasPrefix("progress,programme,PROGRESS,") && $0.contains("2009") })
        let text = try ESS.run(["timeline"])
        // The text's programme table: after its heading and column names, up to the blank line.
        let periods = text.stdoutLines.dropFirst(2).prefix { !$0.isEmpty }.count
        #expect(text.stdoutLines.first == "Programmes")
        #expect(periods == 3)
        #expect(rows.filter { $0.contains(",programme,") }.count == periods)
    }

    @Test func aNoteWithParenthesesFollowsADash() throws {
        let run = try ESS.run(["timeline"])
        #expect(!run.stdout.contains("(("))
        #expect(!run.stdout.contains("))"))
        #expect(run.stdout.contains("Création du Pôle Ressource — début 2011 (annoncée en septembre 2010)"))
    }
}
