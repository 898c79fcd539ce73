import Foundation
import Testing

private let brokenYAML = """
    actors:
      - id: a
        name: A
        kind: financer
        sources: [doc]
    events:
      - id: e
        title: E
        date: "2016-13-45"
        sources: [doc]
    """

private let otherYAML = """
    actors:
      - id: autre-acteur
        name: Un autre acteur
        kind: reseau
        territories: [france]
        sources: [doc]
    """

@Suite("ess validate")
struct ValidateCommandTests {
    @Test func builtInCatalogueIsValid() throws {
        let run = try ESS.run(["validate"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        #expect(run.stdout.range(of: #"^ok: built-in catalogue: \d+ records \(\d+ actors, \d+ events, 8 people, 11 programmes, 5 sources, \d+ territories\)\n$"#,
                                 options: .regularExpression) != nil, "\(run.stdout)")
    }

    @Test func brokenFolderPrintsLocatedErrors() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "sub/a.yaml": brokenYAML])
        defer { folder.remove() }
        let run = try ESS.run(["validate", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderrLines.filter { $0.range(of: #"^.+:\d+:\d+: error: "#, options: .regularExpression) != nil } == [
            "\(folder.path)/sub/a.yaml:4:11: error: unknown actor kind 'financer'",
            "\(folder.path)/sub/a.yaml:9:11: error: bad date '2016-13-45'",
        ])
        #expect(run.stderrLines.contains("    hint: write a real date as \"2016\", \"2016-04\" or \"2016-04-28\" (quoted)"))
        #expect(run.stderrLines.suffix(2) == ["2 errors in the catalogue; nothing was loaded.", ""])
    }

    @Test func brokenFolderAsJSON() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "a.yaml": brokenYAML])
        defer { folder.remove() }
        let run = try ESS.run(["validate", folder.path, "--format", "json"])
        #expect(run.status == 1)
        let report = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any])
        #expect(report["ok"] as? Bool == false)
        #expect(report["catalogue"] as? String == folder.path)
        let errors = try #require(report["errors"] as? [[String: Any]])
        #expect(errors.map { "\($0["file"] ?? ""):\($0["line"] ?? ""):\($0["column"] ?? ""): \($0["message"] ?? "")" } == [
            "\(folder.path)/a.yaml:4:11: unknown actor kind 'financer'",
            "\(folder.path)/a.yaml:9:11: bad date '2016-13-45'",
        ])
    }

    @Test func validFolderAndTheFolderOfESSData() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "actors.yaml": otherYAML])
        defer { folder.remove() }
        let expected = "ok: \(folder.path): 3 records (1 actors, 0 events, 0 people, 0 programmes, 1 sources, 1 territories)\n"
        let direct = try ESS.run(["validate", folder.path])
        #expect(direct.status == 0)
        #expect(direct.stdout == expected)
        let fromEnvironment = try ESS.run(["validate"], environment: ["ESS_DATA": folder.path])
        #expect(fromEnvironment.status == 0)
        #expect(fromEnvironment.stdout == expected)
    }

    @Test func missingFolder() throws {
        let missing = "/nonexistent-ess-folder-\(UUID().uuidString)"
        let run = try ESS.run(["validate", missing])
        #expect(run.status == 1)
        #expect(run.stderr == """
            \(missing):1:1: error: no such folder
                hint: give the folder that holds the catalogue's .yaml files (--data DIR or ESS_DATA)
            1 error in the catalogue; nothing was loaded.

            """)
    }
}

@Suite("--data and ESS_DATA")
struct DataOptionTests {
    @Test func dataOptionLoadsAnotherCatalogue() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "nested/actors.yaml": otherYAML])
        defer { folder.remove() }
        let run = try ESS.run(["list", "actors", "--data", folder.path, "--format", "csv"])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout == "id,type,name,kind,territories,regions,dates,basis,sources\r\nautre-acteur,actor,Un autre acteur,reseau,france,,,,doc\r\n")
        let show = try ESS.run(["show", "autre-acteur", "--data", folder.path])
        #expect(show.stdoutLines.first == "Un autre acteur")
        // The built-in catalogue does not have it.
        #expect(try ESS.run(["show", "autre-acteur"]).status == 1)
    }

    @Test func essDataEnvironmentLoadsAnotherCatalogue() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "actors.yaml": otherYAML])
        defer { folder.remove() }
        let run = try ESS.run(["list", "actors", "--format", "csv"], environment: ["ESS_DATA": folder.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try CSV.parse(run.stdout).dropFirst().map { $0[0] } == ["autre-acteur"])
        let programmes = try ESS.run(["list", "programmes"], environment: ["ESS_DATA": folder.path])
        #expect(programmes.stdout == "No results.\n")
    }

    @Test func dataOptionWinsOverTheEnvironmentAndAnEmptyVariableMeansBuiltIn() throws {
        let good = try DataFolder(["base.yaml": baseYAML, "actors.yaml": otherYAML])
        let broken = try DataFolder(["base.yaml": baseYAML, "a.yaml": brokenYAML])
        defer { good.remove(); broken.remove() }
        let run = try ESS.run(["list", "actors", "--data", good.path, "--format", "csv"], environment: ["ESS_DATA": broken.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try CSV.parse(run.stdout).count == 2)
        let builtIn = try ESS.run(["list", "programmes", "--format", "csv"], environment: ["ESS_DATA": ""])
        #expect(try CSV.parse(builtIn.stdout).count == 12)
    }

    @Test func brokenDataIsNeverHalfLoaded() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "a.yaml": brokenYAML])
        defer { folder.remove() }
        for arguments in [["list", "actors"], ["show", "a"], ["export"], ["search", "a"], ["timeline"], ["path", "a", "e"]] {
            let run = try ESS.run(arguments + ["--data", folder.path])
            #expect(run.status == 1, "\(arguments)")
            #expect(run.stdout == "", "\(arguments)")
            #expect(run.stderrLines.first == "\(folder.path)/a.yaml:4:11: error: unknown actor kind 'financer'", "\(arguments)")
            #expect(run.stderrLines.suffix(2) == ["2 errors in the catalogue; nothing was loaded.", ""], "\(arguments)")
        }
    }
}

@Suite("Control characters from the data")
struct SanitisingTests {
    static let evilName = "Evil \u{1B}]0;pwned\u{07} \u{1B}[2J \u{202E}gnp.exe"
    static let visibleName = "Evil \\x1b]0;pwned\\x07 \\x1b[2J <U+202E>gnp.exe"

    /// Names with an OSC title sequence, a clear-screen sequence and a right-to-left override,
    /// written with YAML's escapes (raw control characters are not allowed in YAML).
    static let yaml = """
        sources:
          - id: doc
            title: "Doc \\e]0;pwned\\a"
            file: 000_x.txt
        territories:
          - id: france
            name: France
            level: france
        actors:
          - id: evil
            name: "Evil \\e]0;pwned\\a \\e[2J \\u202Egnp.exe"
            kind: autre
            territories: [france]
            summary: "Résumé \\e[31mrouge\\e[0m"
            sources: [doc]
        events:
          - id: evil-event
            title: "Fête \\e[2J"
            date: "2016"
            links:
              - {target: evil, role: organisateur}
            sources: [doc]
        """

    func withCatalogue(_ body: (String) throws -> Void) throws {
        let folder = try DataFolder(["evil.yaml": Self.yaml])
        defer { folder.remove() }
        try body(folder.path)
    }

    func expectClean(_ run: ESSRun, _ what: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(run.status == 0, "\(what): \(run.stderr)", sourceLocation: sourceLocation)
        #expect(escapeBytes(run) == 0, "\(what) printed a raw ESC", sourceLocation: sourceLocation)
        #expect(!run.stdoutBytes.contains(0x07), "\(what) printed a raw BEL", sourceLocation: sourceLocation)
        #expect(!run.stdout.unicodeScalars.contains("\u{202E}"), "\(what) printed a raw bidi override", sourceLocation: sourceLocation)
    }

    @Test func textOutputShowsVisibleEscapes() throws {
        try withCatalogue { data in
            let list = try ESS.run(["list", "actors", "--data", data])
            expectClean(list, "list")
            #expect(list.stdoutLines.dropFirst().first?.hasPrefix("evil  \(Self.visibleName)  ") == true, "\(list.stdout)")

            let show = try ESS.run(["show", "evil", "--data", data])
            expectClean(show, "show")
            #expect(show.stdoutLines.first == Self.visibleName)
            #expect(show.stdoutLines.contains("Résumé \\x1b[31mrouge\\x1b[0m"))
            #expect(show.stdoutLines.contains("    → Doc \\x1b]0;pwned\\x07 — 000_x.txt [doc]"))

            for arguments in [["search", "evil"], ["timeline"], ["list", "events"], ["list", "sources"], ["export", "--format", "text"],
                              ["path", "evil-event", "evil"], ["show", "evil-event"]] {
                let run = try ESS.run(arguments + ["--data", data])
                expectClean(run, arguments.joined(separator: " "))
            }
            let timeline = try ESS.run(["timeline", "--data", data])
            #expect(timeline.stdout.contains("Fête \\x1b[2J  [evil-event]"))
        }
    }

    @Test func jsonKeepsTheTextExactEscapedByJSONRules() throws {
        try withCatalogue { data in
            let run = try ESS.run(["list", "actors", "--data", data, "--format", "json"])
            #expect(run.status == 0)
            #expect(escapeBytes(run) == 0)  // JSON escapes control characters: \u001b
            #expect(run.stdout.contains(#"Evil \u001b]0;pwned\u0007 \u001b[2J "#))
            let records = try #require(try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [[String: Any]])
            #expect(records.first?["name"] as? String == Self.evilName)
            #expect(records.first?["summary"] as? String == "Résumé \u{1B}[31mrouge\u{1B}[0m")
            let export = try #require(try ESS.json(["export", "--data", data]) as? [String: Any])
            let source = (export["sources"] as? [[String: Any]])?.first
            #expect(source?["title"] as? String == "Doc \u{1B}]0;pwned\u{07}")
        }
    }

    @Test func csvKeepsTheTextExact() throws {
        try withCatalogue { data in
            let run = try ESS.run(["list", "actors", "--data", data, "--format", "csv"])
            #expect(run.status == 0)
            #expect(run.stdout == "id,type,name,kind,territories,regions,dates,basis,sources\r\nevil,actor,\(Self.evilName),autre,france,,,,doc\r\n")
            #expect(try CSV.parse(run.stdout)[1][2] == Self.evilName)
        }
    }

    @Test func standardErrorIsSanitisedToo() throws {
        let run = try ESS.run(["show", "\u{1B}[2J\u{202E}x"])
        #expect(run.status == 1)
        #expect(!run.stderr.unicodeScalars.contains("\u{1B}") && !run.stderr.unicodeScalars.contains("\u{202E}"))
        #expect(run.stderr.hasPrefix("ess: unknown id '\\x1b[2J<U+202E>x'"))

        let folder = try DataFolder(["base.yaml": baseYAML, "a.yaml": """
            people:
              - id: p
                "na\\e]0;pwned\\ame": P
                name: P
                sources: [doc]
            """])
        defer { folder.remove() }
        let validate = try ESS.run(["validate", folder.path])
        #expect(validate.status == 1)
        #expect(!validate.stderr.unicodeScalars.contains("\u{1B}") && !validate.stderr.unicodeScalars.contains("\u{07}"))
        #expect(validate.stderrLines.first == "\(folder.path)/a.yaml:3:5: error: unknown field 'na\\x1b]0;pwned\\x07me' in person")
    }
}
