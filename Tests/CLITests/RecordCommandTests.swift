import Foundation
import Testing

@Suite("ess show")
struct ShowCommandTests {
    @Test func progressAsTextShowsTheAxes() throws {
        let run = try ESS.run(["show", "progress"])
        #expect(run.status == 0)
        #expect(run.stderr == "")
        let lines = run.stdoutLines
        #expect(Array(lines.prefix(2)) == ["PROGRESS", "Territorial programme · Arrondissement de Roanne"])
        let axes = try #require(lines.firstIndex(of: "Axes and objectives (5 axes, 2 objectives)"))
        // The document describes the axes without titling them: the titles are ours, and marked so.
        #expect(Array(lines[(axes + 1)...(axes + 9)]) == [
            "1. Développer les collaborations et constituer un réseau d'acteurs [interpreted]",
            "2. Renforcer les dispositifs d'ingénierie, de financement et de formation",
            "   [interpreted]",
            "3. Accompagner la création d'activités [interpreted]",
            "4. Sensibiliser le grand public, les syndicats, les élus et les consulaires",
            "   [interpreted]",
            "5. Accompagner les projets structurants [interpreted]",
            "   5.1 Filière du maintien à domicile [interpreted]",
            "   5.2 Filière des déchets [interpreted]",
        ])
        #expect(lines.contains("  • 16 actions — actions dégagées par le travail participatif"))
        #expect(lines.contains("Period: since 2009 (co-construction fin 2009)"))
        #expect(lines.suffix(2) == ["id: progress", ""])
        #expect(lines.allSatisfy { $0.count <= 80 })
        #expect(escapeBytes(run) == 0)
    }

    @Test func sressInFrench() throws {
        let run = try ESS.run(["show", "sress-pays-de-la-loire", "--lang", "fr"])
        #expect(run.status == 0)
        let lines = run.stdoutLines
        #expect(lines.contains("Axes et objectifs (3 axes, 15 objectifs)"))
        #expect(lines.contains("1. Intégrer les acteurs de l’ESS dans le développement économique territorial"))
        #expect(lines.contains("   2.4 Accompagner la fonction employeur"))
        #expect(lines.contains("3. Faire connaître et valoriser l’ESS"))
        #expect(lines.contains("Gouvernance"))
        #expect(lines.contains { $0.hasPrefix("  • Comité de pilotage — organe décisionnel et de coordination") })
    }

    @Test(arguments: ["PROGRESS", "progress", "PROGramme Roannais pour l’ESS", "programme roannais pour l ess"])
    func byNameOrAcronym(_ name: String) throws {
        let run = try ESS.run(["show", name])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdoutLines.suffix(2) == ["id: progress", ""])
    }

    @Test func asJSON() throws {
        let record = try #require(try ESS.json(["show", "sress-pays-de-la-loire", "--format", "json"]) as? [String: Any])
        #expect(record["id"] as? String == "sress-pays-de-la-loire")
        #expect(record["acronym"] as? String == "SRESS")
        let axes = try #require(record["axes"] as? [[String: Any]])
        #expect(axes.map { ($0["objectives"] as? [Any])?.count ?? -1 } == [4, 7, 4])
        let governance = try #require(record["governance"] as? [[String: Any]])
        #expect(governance.map { $0["cadence"] as? String } == ["tous les deux ans", "une fois par an", "une fois par trimestre"])
    }

    @Test func unknownIDExits1AndSuggestsTheClosest() throws {
        let run = try ESS.run(["show", "loire-actve"])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "ess: unknown id 'loire-actve' — did you mean 'loire-active'?\n")
    }
}

@Suite("ess search, timeline and path")
struct SearchTimelinePathTests {
    @Test func searchSaintEtienne() throws {
        let run = try ESS.run(["search", "saint etienne"])
        #expect(run.status == 0)
        let rows = run.stdoutLines.dropFirst().map { $0.split(separator: " ", omittingEmptySubsequences: true).prefix(2).map(String.init) }
        #expect(Array(rows.prefix(4)) == [
            ["territory", "commune-saint-etienne"], ["actor", "saint-etienne-metropole"],
            ["territory", "epci-saint-etienne-metropole"], ["programme", "politique-ess-saint-etienne-metropole"],
        ])
        #expect(run.stdout.contains("Saint-Étienne"))
        #expect(escapeBytes(run) == 0)
        // Several words as several arguments, and JSON.
        let json = try #require(try ESS.json(["search", "saint", "etienne", "--format", "json", "--limit", "2"]) as? [[String: Any]])
        #expect(json.map { $0["id"] as? String } == ["commune-saint-etienne", "saint-etienne-metropole"])
        let typed = try #require(try ESS.json(["search", "SAINT-ÉTIENNE", "--type", "programmes", "--format", "json"]) as? [[String: Any]])
        #expect(typed.map { $0["id"] as? String } == ["politique-ess-saint-etienne-metropole"])
    }

    @Test func searchWithoutResults() throws {
        let run = try ESS.run(["search", "zzqqxx"])
        #expect(run.status == 0)
        #expect(run.stdout == "No results.\n")
    }

    @Test func timelineOfPaysDeLaLoireIsInDateOrder() throws {
        let run = try ESS.run(["timeline", "--region", "pays de la loire"])
        #expect(run.status == 0)
        #expect(escapeBytes(run) == 0)
        let lines = run.stdoutLines
        #expect(lines.first == "Programmes")
        #expect(lines.filter { $0.range(of: #"^\d{4}$"#, options: .regularExpression) != nil } == ["2016", "2017"])
        let eventIDs = lines.compactMap { line -> String? in
            guard !line.hasPrefix("    "), line.hasPrefix("  "), line.hasSuffix("]"), let open = line.lastIndex(of: "[") else { return nil }
            return String(line[line.index(after: open)..<line.index(before: line.endIndex)])
        }
        #expect(eventIDs == [
            "sress-boite-a-idees", "sress-questionnaire", "sress-concertation", "sress-lancement-concertation",
            "sress-premiere-conference-regionale", "sress-fin-concertation", "srdeii-adoption", "sress-debut-mise-en-oeuvre",
            "sress-adoption", "sress-installation-comite-de-pilotage",
        ])
        #expect(lines.contains { $0.hasPrefix("  28 April 2016  ") && $0.hasSuffix("Lancement de la concertation à Ancenis  [sress-lancement-concertation]") })
        // The programmes' periods come first.
        #expect(lines.contains { $0.hasPrefix("  2017 – 2021  ") && $0.hasSuffix("sress-pays-de-la-loire") })
        // A date's note follows the title, whole: nothing is cut in a pipe, and the dates stay in
        // one column as wide as the longest.
        let adoption = try #require(lines.first { $0.hasSuffix("[sress-adoption]") })
        #expect(adoption == "  14 – 16 December 2016           Adoption de la SRESS en Assemblée plénière du Conseil régional "
            + "(les 14, 15 et 16 décembre)  [sress-adoption]")
    }

    @Test func timelineAsJSONIsSortedByStartDate() throws {
        let events = try #require(try ESS.json(["timeline", "--region", "52", "--format", "json"]) as? [[String: Any]])
        let starts = events.compactMap { ($0["date"] as? [String: Any])?["start"] as? String }
        #expect(starts.count == 10)
        // ISO partial dates sort as text: a year before its months, a month before its days.
        #expect(starts == starts.sorted())
        #expect(starts.first == "2016")
        #expect(starts.last == "2017-02")
    }

    @Test func pathFromSamuelJabrinToLoireActive() throws {
        let run = try ESS.run(["path", "samuel-jabrin", "loire-active"])
        #expect(run.status == 0)
        #expect(run.stdout == """
            Samuel Jabrin  [samuel-jabrin]
              └─ Elected member of → Grand Roanne Agglomération  [grand-roanne-agglomeration]
              └─ Created → Loire Active  [loire-active]
            2 links

            """)
        let french = try ESS.run(["path", "Samuel Jabrin", "Loire Active", "--lang", "fr"])
        #expect(french.stdoutLines.dropFirst().first == "  └─ Élu·e de → Grand Roanne Agglomération  [grand-roanne-agglomeration]")
        #expect(french.stdoutLines.suffix(2) == ["2 liens", ""])
        let steps = try #require(try ESS.json(["path", "samuel-jabrin", "loire-active", "--format", "json"]) as? [[String: Any]])
        #expect(steps.map { $0["role"] as? String } == ["elu", "cree-par"])
        #expect(steps.map { $0["direction"] as? String } == ["outgoing", "incoming"])
        #expect(steps.map { $0["to"] as? String } == ["grand-roanne-agglomeration", "loire-active"])
    }

    @Test func noPathExits1() throws {
        let folder = try DataFolder(["base.yaml": baseYAML, "a.yaml": """
            actors:
              - {id: a, name: A, kind: autre, territories: [france], sources: [doc]}
              - {id: b, name: B, kind: autre, territories: [france], sources: [doc]}
            """])
        defer { folder.remove() }
        let run = try ESS.run(["path", "a", "b", "--data", folder.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "ess: no chain of links between 'a' and 'b'\n")
    }
}

@Suite("ess export")
struct ExportCommandTests {
    @Test func jsonIsOneObjectOfSixLists() throws {
        let export = try #require(try ESS.json(["export", "--format", "json"]) as? [String: Any])
        #expect(Set(export.keys) == ["programmes", "actors", "people", "events", "territories", "sources"])
        let counts = export.mapValues { ($0 as? [Any])?.count ?? -1 }
        // The same counts as `ess validate` reports, with the fixed parts of the catalogue exact.
        let validation = try #require(try ESS.json(["validate", "--format", "json"]) as? [String: Any])
        #expect(counts == validation["counts"] as? [String: Int])
        #expect(counts["programmes"] == 11 && counts["people"] == 8 && counts["sources"] == 5)
        #expect(counts["actors"].map { $0 >= 70 } == true && counts["territories"].map { $0 >= 1 + 18 + 16 + 101 } == true)
        let types = ["programmes": "programme", "actors": "actor", "people": "person", "events": "event",
                     "territories": "territory", "sources": "source"]
        for (key, type) in types {
            for record in export[key] as? [[String: Any]] ?? [] {
                #expect(record["type"] as? String == type, "\(key): \(record["id"] ?? "?")")
            }
        }
    }

    @Test func programmesNestAxesAndObjectives() throws {
        let export = try #require(try ESS.json(["export"]) as? [String: Any])
        let programmes = try #require(export["programmes"] as? [[String: Any]])
        for programme in programmes {
            let axes = try #require(programme["axes"] as? [[String: Any]], "\(programme["id"] ?? "?")")
            for axis in axes {
                #expect(axis["id"] is String && axis["title"] is String)
                let objectives = try #require(axis["objectives"] as? [[String: Any]])
                for objective in objectives {
                    #expect(Set(objective.keys) == ["id", "title", "basis"])
                }
            }
            // PROGRESS's axis titles are ours, its two filières examples; every other title is the document's.
            let ours = programme["id"] as? String == "progress" ? "interpreted" : "stated"
            #expect(axes.allSatisfy { $0["basis"] as? String == ours })
            #expect(axes.flatMap { $0["objectives"] as? [[String: Any]] ?? [] }.allSatisfy { $0["basis"] as? String == ours })
        }
        let sress = try #require(programmes.first { $0["id"] as? String == "sress-pays-de-la-loire" })
        let axes = try #require(sress["axes"] as? [[String: Any]])
        #expect(axes.map { $0["id"] as? String } == ["sress-enjeu-1", "sress-enjeu-2", "sress-enjeu-3"])
        #expect(axes.map { $0["title"] as? String } == [
            "Intégrer les acteurs de l’ESS dans le développement économique territorial",
            "Accompagner le développement des entreprises de l’ESS",
            "Faire connaître et valoriser l’ESS",
        ])
        let first = try #require((axes.first?["objectives"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == "sress-obj-1-1")
        #expect(first["title"] as? String
                == "Améliorer l’accessibilité des entreprises de l’ESS aux dispositifs d’accompagnement et de financement de droit commun")
        let progress = try #require(programmes.first { $0["id"] as? String == "progress" })
        #expect((progress["axes"] as? [Any])?.count == 5)
    }

    @Test func textExportHasEveryPage() throws {
        let run = try ESS.run(["export", "--format", "text"])
        #expect(run.status == 0)
        #expect(escapeBytes(run) == 0)
        let validation = try #require(try ESS.json(["validate", "--format", "json"]) as? [String: Any])
        let total = (validation["counts"] as? [String: Int])?.values.reduce(0, +)
        #expect(run.stdoutLines.filter { $0.hasPrefix("id: ") }.count == total)
        #expect(run.stdoutLines.first == "Appel à candidature sur les Pôles territoriaux de coopération économique")
    }
}
