import Foundation
import Testing

@Suite("ess --version, --help and usage errors")
struct GeneralCommandTests {
    @Test func binaryIsFound() throws {
        let binary = try ESS.binary()
        #expect(binary.lastPathComponent == "ess")
        #expect(FileManager.default.isExecutableFile(atPath: binary.path))
    }

    @Test func version() throws {
        let run = try ESS.run(["--version"])
        #expect(run.status == 0)
        #expect(run.stdout == "0.1.0\n")
        #expect(run.stderr == "")
    }

    @Test func helpListsTheSubcommands() throws {
        let run = try ESS.run(["--help"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("OVERVIEW: Browse the territorial programmes of the French social and solidarity"))
        // The SUBCOMMANDS section: one "  name  description" line each, descriptions may wrap.
        let section = run.stdoutLines.drop { $0 != "SUBCOMMANDS:" }.dropFirst().prefix { !$0.isEmpty }
        let subcommands = section.compactMap { line -> String? in
            guard line.hasPrefix("  "), line.dropFirst(2).first != " " else { return nil }
            return line.dropFirst(2).split(separator: " ").first.map(String.init)
        }
        #expect(subcommands == ["browse", "list", "show", "search", "timeline", "path", "export", "validate", "import", "map", "keys"])
        #expect(escapeBytes(run) == 0)
    }

    @Test(arguments: [
        (["list"], "Error: Missing expected argument '<type>'"),
        (["list", "--year", "abc", "programmes"], "Error: --year takes a year (2016) or a period (2015-2017), not 'abc'"),
        (["list", "--year", "2017-2015", "programmes"], "Error: --year takes a year (2016) or a period (2015-2017), not '2017-2015'"),
        (["list", "planets"], "Error: The value 'planets' is invalid for '<type>'"),
        (["list", "programmes", "--format", "yaml"], "Error: The value 'yaml' is invalid for '--format <format>'"),
        (["show", "progress", "--format", "csv"], "Error: The value 'csv' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
        (["export", "--format", "csv"], "Error: The value 'csv' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
        (["validate", "--format", "csv"], "Error: The value 'csv' is invalid for '--format <format>'. Please provide one of 'text' and 'json'."),
        (["search", " "], "Error: give words to search for"),
        (["search", "loire", "--limit", "-1"], "Error: --limit takes a number of results, 0 for all (not -1)"),
        (["path", "progress"], "Error: Missing expected argument '<to>'"),
        (["frobnicate"], "Error: Unexpected argument 'frobnicate'"),
    ])
    func usageErrorsExit64(arguments: [String], message: String) throws {
        let run = try ESS.run(arguments)
        #expect(run.status == 64)
        #expect(run.stdout == "")
        #expect(run.stderrLines.first?.hasPrefix(message) == true, "\(run.stderr)")
    }

    /// Each command's help names the formats it takes: csv where lists are printed, and only there.
    @Test(arguments: [
        (["list"], "(values: text, json, csv; default: text)"), (["search"], "(values: text, json, csv; default: text)"),
        (["timeline"], "(values: text, json, csv; default: text)"), (["show"], "(values: text, json; default: text)"),
        (["path"], "(values: text, json; default: text)"), (["export"], "(values: text, json; default: json)"),
        (["validate"], "(values: text, json; default: text)"),
    ])
    func formatHelpListsWhatIsAccepted(command: [String], values: String) throws {
        let run = try ESS.run(command + ["--help"])
        let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--format <format> Output format:"), "\(run.stdout)")
        #expect(help.contains(values), "\(run.stdout)")
    }
}

@Suite("ess list")
struct ListCommandTests {
    @Test func programmesAsText() throws {
        let run = try ESS.run(["list", "programmes"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdoutLines
        #expect(lines.first?.hasPrefix("ID ") == true)
        #expect(lines.first?.contains("  NAME  ") == true)
        #expect(lines.contains { $0.hasPrefix("progress ") && $0.contains("  PROGRESS  ") && $0.hasSuffix("Territorial programme · Arrondissement de Roanne") })
        #expect(lines.suffix(2) == ["11 results", ""])
        // Twelve lines of table and the count: no colour, since standard output is not a terminal.
        #expect(lines.count == 1 + 11 + 1 + 1)
        #expect(escapeBytes(run) == 0)
    }

    @Test func labelsInFrenchFromTheLocaleOrTheOption() throws {
        for run in [try ESS.run(["list", "programmes", "--lang", "fr"]),
                    try ESS.run(["list", "programmes"], environment: ["LC_ALL": "fr_FR.UTF-8"])] {
            #expect(run.status == 0)
            #expect(run.stdoutLines.first?.contains("  NOM  ") == true)
            #expect(run.stdout.contains("Programme territorial · Arrondissement de Roanne"))
            #expect(run.stdoutLines.suffix(2) == ["11 résultats", ""])
        }
    }

    @Test func programmesAsJSON() throws {
        let records = try #require(try ESS.json(["list", "programmes", "--format", "json"]) as? [[String: Any]])
        #expect(records.count == 11)
        for record in records {
            let id = record["id"] as? String ?? "?"
            #expect(!id.isEmpty)
            #expect(record["type"] as? String == "programme", "\(id)")
            #expect((record["name"] as? String)?.isEmpty == false, "\(id)")
            let links = try #require(record["links"] as? [[String: Any]], "\(id) has no links array")
            for link in links {
                #expect(link["target"] is String && link["role"] is String, "\(id): \(link)")
            }
            let regions = try #require(record["regions"] as? [[String: Any]], "\(id) has no regions array")
            for region in regions {
                #expect(region["id"] is String && region["name"] is String, "\(id): \(region)")
            }
            let sources = try #require(record["sources"] as? [String], "\(id) has no sources array")
            #expect(!sources.isEmpty, "\(id)")
        }
        let progress = try #require(records.first { $0["id"] as? String == "progress" })
        #expect(progress["name"] as? String == "PROGRESS")
        #expect(progress["kind"] as? String == "programme-territorial")
        #expect(progress["sources"] as? [String] == ["rtes-2010-progress"])
        let firstLink = (progress["links"] as? [[String: Any]])?.first
        #expect(firstLink?["target"] as? String == "grand-roanne-agglomeration")
        #expect(firstLink?["role"] as? String == "porteur")
        let regions = progress["regions"] as? [[String: Any]]
        #expect(regions?.map { $0["id"] as? String } == ["region-auvergne-rhone-alpes"])
        #expect(regions?.first?["name"] as? String == "Auvergne-Rhône-Alpes")
        #expect(regions?.first?["code"] as? String == "84")
        #expect((progress["period"] as? [String: Any])?["start"] as? String == "2009")
    }

    @Test func programmesAsCSV() throws {
        let run = try ESS.run(["list", "programmes", "--format", "csv"])
        #expect(run.status == 0)
        #expect(run.stdout.hasPrefix("id,type,name,kind,territories,regions,dates,basis,sources\r\n"))
        #expect(run.stdout.hasSuffix("\r\n"))
        let rows = try CSV.parse(run.stdout)
        #expect(rows.count == 12)
        #expect(rows.allSatisfy { $0.count == 9 })
        #expect(rows.contains([
            "progress", "programme", "PROGRESS", "programme-territorial", "arrondissement-roanne", "Auvergne-Rhône-Alpes",
            "since 2009 (co-construction fin 2009)", "stated", "rtes-2010-progress",
        ]))
        // The plan's period is announced (« qui couvrira la période 2017/2018 »).
        #expect(rows.contains([
            "sress-plan-d-actions-2017-2018", "programme", "Premier plan d’actions de la SRESS des Pays de la Loire", "plan-d-actions",
            "region-pays-de-la-loire", "Pays de la Loire", "2017 – 2018", "announced", "sress-pdl-2017",
        ]))
        #expect(rows.contains([
            "reseau-ptce-rhone-alpes", "programme", "Mise en réseau des PTCE de Rhône-Alpes", "reseau",
            "ancienne-region-rhone-alpes", "Auvergne-Rhône-Alpes", "", "", "cooperons-territoires-rhonalpins",
        ]))
    }

    @Test func csvQuotesFieldsAsRFC4180Says() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "a.yaml": """
            actors:
              - id: quoted
                name: "Loire \\"Active\\", la vraie"
                kind: autre
                territories: [france]
                sources: [doc]
              - id: multiline
                name: "Première ligne\\nseconde ligne"
                kind: autre
                sources: [doc]
              - id: plain
                name: Sans rien
                kind: autre
                sources: [doc]
            """])
        defer { folder.remove() }
        let run = try ESS.run(["list", "actors", "--data", folder.path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "id,type,name,kind,territories,regions,dates,basis,sources\r\n"
                + "quoted,actor,\"Loire \"\"Active\"\", la vraie\",autre,france,,,,doc\r\n"
                + "multiline,actor,\"Première ligne\nseconde ligne\",autre,,,,,doc\r\n"
                + "plain,actor,Sans rien,autre,,,,,doc\r\n")
        #expect(try CSV.parse(run.stdout).map { $0[2] } == ["name", "Loire \"Active\", la vraie", "Première ligne\nseconde ligne", "Sans rien"])
    }

    @Test func ptceOfRhoneAlpes() throws {
        let expected = [
            "ag2i", "atelier-26", "plateforme-eco-construction-metiers-du-bois", "le-pirat", "pole-culture-et-cooperation",
            "pole-ressources-du-roannais", "pole-sud", "pole-territorial-saone-vallee", "reflex", "savoie-leman-solidaire",
        ]
        let text = try ESS.run(["list", "actors", "--region", "rhone-alpes", "--kind", "ptce"])
        #expect(text.status == 0)
        let lines = text.stdoutLines
        try #require(lines.count == 1 + 10 + 2)
        #expect(lines[1...10].map { String($0.prefix { $0 != " " }) } == expected)
        #expect(lines.suffix(2) == ["10 results", ""])
        for region in ["Auvergne-Rhône-Alpes", "auvergne rhone alpes", "84", "82"] {
            let records = try #require(try ESS.json(["list", "actors", "--region", region, "--kind", "PTCE", "--format", "json"]) as? [[String: Any]])
            #expect(records.map { $0["id"] as? String ?? "" } == expected, "\(region)")
        }
    }

    @Test func eventsOfAYearAndAPeriod() throws {
        let run = try ESS.run(["list", "events", "--year", "2016", "--format", "csv"])
        #expect(run.status == 0)
        #expect(try CSV.parse(run.stdout).dropFirst().map { $0[0] } == [
            "sress-boite-a-idees", "sress-questionnaire", "sress-concertation", "sress-lancement-concertation",
            "sress-premiere-conference-regionale", "sress-fin-concertation", "srdeii-adoption", "sress-debut-mise-en-oeuvre",
            "sress-adoption",
        ])
        let period = try ESS.run(["list", "programmes", "--year", "2015-2016", "--format", "csv"])
        #expect(try CSV.parse(period.stdout).dropFirst().map { $0[0] } == ["progress", "schema-metropolitain-ess-rennes", "srdeii-pays-de-la-loire"])
    }

    @Test func unknownRegionExits1WithSuggestions() throws {
        let run = try ESS.run(["list", "actors", "--region", "atlantis"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr.hasPrefix("ess: unknown region 'atlantis' — did you mean 'Auvergne-Rhône-Alpes', 'Bourgogne-Franche-Comté', "))
        #expect(run.stderr.contains("'Pays de la Loire'"))
        let close = try ESS.run(["list", "actors", "--region", "Rhone Alps"])
        #expect(close.status == 1)
        #expect(close.stderr == "ess: unknown region 'Rhone Alps' — did you mean 'Rhône Alpes'?\n")
    }

    @Test func unknownKindExits1WithSuggestions() throws {
        let run = try ESS.run(["list", "actors", "--kind", "ptcee"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "ess: unknown kind for actors 'ptcee' — did you mean 'ptce'?\n")
    }

    @Test func emptyResult() throws {
        let run = try ESS.run(["list", "people", "--region", "corse"])
        #expect(run.status == 0)
        #expect(run.stdout == "No results.\n")
        let json = try ESS.json(["list", "people", "--region", "corse", "--format", "json"]) as? [Any]
        #expect(json?.isEmpty == true)
    }
}

/// A strict RFC 4180 reader: CRLF records, quoted fields with doubled quotes.
enum CSV {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var rows: [[String]] = []
        var row: [String] = []
        var field = ""
        var characters = Array(text.unicodeScalars)[...]
        var quoted = false
        while let c = characters.popFirst() {
            if quoted {
                if c == "\"" {
                    if characters.first == "\"" { characters.removeFirst(); field.unicodeScalars.append("\"") } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                row.append(field)
                field = ""
            } else if c == "\r" {
                guard characters.popFirst() == "\n" else { throw Malformed() }
                row.append(field)
                rows.append(row)
                row = []
                field = ""
            } else if c == "\n" {
                throw Malformed()  // a bare LF outside quotes is not a record separator
            } else {
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted, field.isEmpty, row.isEmpty else { throw Malformed() }
        return rows
    }
}
