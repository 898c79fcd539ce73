import Foundation
import Testing

/// A scratch folder with a directory of the SIRENE fixture, placed by its establishments.
private struct SireneDirectory {
    let url: URL
    var db: String { url.appendingPathComponent("directory.sqlite").path }

    static let fixtures = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/directory")

    init(imported: Bool = true) throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ess-cli-labels-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        guard imported else { return }
        let run = try ESS.run(["import", Self.fixtures.appendingPathComponent("sirene-unites-1000.csv").path, "--preset", "sirene",
                               "--establishments", Self.fixtures.appendingPathComponent("sirene-etablissements-1000.csv").path, "--db", db])
        #expect(run.status == 0, "\(run.stderr)")
    }

    func file(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }

    func remove() { try? FileManager.default.removeItem(at: url) }

    /// The imported rows of a CSV list (the header and curated rows left out).
    func csvRows(_ arguments: [String]) throws -> [String] {
        let run = try ESS.run(["list", "actors", "--db", db, "--format", "csv"] + arguments)
        #expect(run.status == 0, "\(run.stderr)")
        return run.stdout.split(separator: "\r\n").map(String.init).filter { $0.hasPrefix("siren:") || $0.hasPrefix("key:") }
    }
}

@Suite("Imported actors: INSEE labels, NAF and legal family filters")
struct DirectoryLabelsTests {
    @Test func pageShowsTheLabelsOfItsCodes() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let english = try ESS.run(["show", "siren:000012345", "--db", directory.db])
        #expect(english.status == 0, "\(english.stderr)")
        #expect(english.stdoutLines.dropFirst(2).prefix(8) == [
            "SIREN: 000012345",
            "Legal family: Associations",
            "Legal category: 9220 Association déclarée",
            "Activity (NAF): 47.11F Hypermarchés",
            "NAF division: 47 Commerce de détail, à l’exception des automobiles et des",
            "              motocycles",
            "NAF section: G Commerce ; réparation d'automobiles et de motocycles",
            "Headcount band: 32 250 à 499 salariés",
        ])
        let french = try ESS.run(["show", "siren:982463998", "--db", directory.db, "--lang", "fr"])
        #expect(french.stdoutLines.dropFirst(2).prefix(8) == [
            "SIREN : 982463998",
            "Famille juridique : Mutuelles",
            "Catégorie juridique : 8210 Mutuelle",
            "Activité (NAF) : 94.99Z Autres organisations fonctionnant par adhésion",
            "                 volontaire",
            "Division NAF : 94 Activités des organisations associatives",
            "Section NAF : S Autres activités de services",
            "Tranche d'effectifs : 02 3 à 5 salariés",
        ])
    }

    @Test func jsonAndCSVCarryLabelsBesideCodes() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let object = try ESS.json(["show", "000012345", "--db", directory.db, "--format", "json"]) as? [String: Any]
        #expect(object?["legal_category"] as? String == "9220")
        #expect(object?["legal_category_label"] as? String == "Association déclarée")
        #expect(object?["naf"] as? String == "47.11F" && object?["naf_label"] as? String == "Hypermarchés")
        #expect(object?["naf_division"] as? String == "47" && object?["naf_section"] as? String == "G")
        #expect(object?["headcount_label"] as? String == "250 à 499 salariés")
        #expect(object?["departement"] as? String == "85" && object?["departement_name"] as? String == "Vendée")
        #expect(object?["region_code"] as? String == "52" && object?["region"] as? String == "Pays de la Loire")

        let csv = try ESS.run(["list", "actors", "--db", directory.db, "--format", "csv"])
        let header = csv.stdout.split(separator: "\r\n").first.map { $0.split(separator: ",").map(String.init) } ?? []
        for column in ["siren", "postcode", "commune", "departement", "region", "naf", "naf_label", "legal_category", "legal_category_label"] {
            #expect(header.contains(column), "CSV column \(column)")
        }
        let row = try directory.csvRows(["--naf", "47.11F"]).first { $0.hasPrefix("siren:000012345,") }
        #expect(row?.contains(",000012345,000012345,,9220,Association déclarée,47.11F,Hypermarchés,47,G,32,250 à 499 salariés,A,85000,")
                == true, "\(row ?? "no row")")
    }

    @Test func nafTakesASectionADivisionOrACodeInEitherSpelling() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let section = try directory.csvRows(["--naf", "q"])
        let division = try directory.csvRows(["--naf", "88"])
        let code = try directory.csvRows(["--naf", "88.99B"])
        #expect(try directory.csvRows(["--naf", "8899b"]) == code)
        #expect(!code.isEmpty && code.count < division.count && division.count < section.count)
        #expect(code.allSatisfy { $0.contains(",88.99B,") })
        #expect(division.allSatisfy { $0.contains(",88,Q,") })
        #expect(Set(code).isSubset(of: Set(division)) && Set(division).isSubset(of: Set(section)))
        // The text list counts the same actors.
        let text = try ESS.run(["list", "actors", "--db", directory.db, "--naf", "88", "--limit", "0"])
        #expect(text.stdout.contains("(0 curated, \(division.count) imported of \(division.count))"), "\(text.stdoutLines.suffix(2))")
        let unknown = try ESS.run(["list", "actors", "--db", directory.db, "--naf", "77.77Z"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("ess: unknown NAF section (A–U), division (01–99) or code (88.99B) '77.77Z'"))
    }

    @Test func legalFamilyIsTheNewNameOfCategory() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let family = try directory.csvRows(["--legal-family", "mutuelles"])
        #expect(!family.isEmpty && family.allSatisfy { $0.contains(",Mutuelles,") })
        #expect(try directory.csvRows(["--category", "mutuelles"]) == family)
        #expect(try directory.csvRows(["--legal-family", "Sociétés commerciales de l'ESS"]) == (try directory.csvRows(["--legal-family", "societes-commerciales"])))
        let unknown = try ESS.run(["list", "actors", "--db", directory.db, "--legal-family", "banques"])
        #expect(unknown.status == 1 && unknown.stderr.contains("'associations', 'cooperatives', 'mutuelles', 'fondations', 'societes-commerciales'"))
    }

    @Test func yearFiltersImportedActorsByCreation() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let rows = try directory.csvRows(["--year", "1990-1999"])
        #expect(!rows.isEmpty)
        // The seventh column is the creation date.
        #expect(rows.allSatisfy { $0.split(separator: ",", omittingEmptySubsequences: false)[6].hasPrefix("199") })
        let all = try directory.csvRows([])
        let expected = all.filter { $0.split(separator: ",", omittingEmptySubsequences: false)[6].hasPrefix("199") }
        #expect(rows == expected)
    }

    @Test func machineFormatsListEverythingAndTextSaysWhatItLeftOut() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        #expect(try directory.csvRows([]).count == 878)
        let json = try ESS.json(["list", "actors", "--db", directory.db, "--format", "json"]) as? [[String: Any]]
        #expect(json?.filter { $0["imported"] as? Bool == true }.count == 878)
        #expect(try directory.csvRows(["--limit", "5"]).count == 5)
        let text = try ESS.run(["list", "actors", "--db", directory.db, "--legal-family", "associations"])
        let total = try directory.csvRows(["--legal-family", "associations"]).count
        #expect(text.stdoutLines.last { !$0.isEmpty }
                == "100 results (0 curated, 100 imported of \(total)); \(total - 100) left out: --limit 0 lists them all")
    }

    @Test func limitsAreExplained() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let negative = try ESS.run(["list", "actors", "--db", directory.db, "--limit", "-1"])
        #expect(negative.status == 64 && negative.stderr.hasPrefix("Error: --limit takes a number of actors, 0 for all (not -1)"))
        let offset = try ESS.run(["list", "actors", "--db", directory.db, "--offset", "-2"])
        #expect(offset.status == 64 && offset.stderr.hasPrefix("Error: --offset takes a number of actors to skip, 0 or more (not -2)"))
        let some = try ESS.json(["search", "amicale", "--db", directory.db, "--format", "json"]) as? [[String: Any]]
        let all = try ESS.json(["search", "amicale", "--db", directory.db, "--format", "json", "--limit", "0"]) as? [[String: Any]]
        let few = try ESS.json(["search", "amicale", "--db", directory.db, "--format", "json", "--limit", "2"]) as? [[String: Any]]
        #expect(few?.count == 2)
        #expect((all?.count ?? 0) >= (some?.count ?? 0) && (all?.count ?? 0) > 2)
        let searchNegative = try ESS.run(["search", "amicale", "--db", directory.db, "--limit", "-3"])
        #expect(searchNegative.status == 64 && searchNegative.stderr.hasPrefix("Error: --limit takes a number of results, 0 for all (not -3)"))
    }
}

@Suite("Imported actors: ids, and errors in plain words")
struct DirectoryFindingsTests {
    @Test func keysThatAreNotSIRENsAreShownAsKeys() throws {
        let directory = try SireneDirectory(imported: false)
        defer { directory.remove() }
        let csv = try directory.file("cress.csv", "Raison sociale;Numéro;SIREN;CP\nLa Ressourcerie;R-1;;44000\nLe Relais;R-2;775672272;35000\n")
        let run = try ESS.run(["import", csv, "--preset", "generic", "--map", "Raison sociale=name", "--map", "Numéro=key",
                               "--map", "CP=postcode", "--db", directory.db])
        #expect(run.status == 0, "\(run.stderr)")
        let ids = try directory.csvRows([]).map { String($0.prefix { $0 != "," }) }
        #expect(ids == ["key:R-1", "key:R-2"])
        // Every id the list prints is found by show, as is the bare key; siren: names only SIRENs.
        for id in ids + ["R-2"] {
            let show = try ESS.run(["show", id, "--db", directory.db])
            #expect(show.status == 0, "\(id): \(show.stderr)")
        }
        #expect(try ESS.run(["show", "key:R-2", "--db", directory.db]).stdout.contains("SIREN: 775672272\nKey: R-2"))
        #expect(try ESS.run(["show", "siren:R-1", "--db", directory.db]).status == 1)
    }

    @Test func everyIDTheListPrintsIsFoundByShow() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        let list = try ESS.run(["list", "actors", "--db", directory.db, "--limit", "20"])
        // The header and the last line ("94 results (74 curated, 20 imported of 878)…") are not rows.
        let ids = list.stdoutLines.dropFirst().filter { !$0.contains(" results (") }
            .compactMap { $0.split(separator: " ").first.map(String.init) }.filter { !$0.isEmpty }
        #expect(ids.count >= 20)
        for id in ids {
            let show = try ESS.run(["show", id, "--db", directory.db])
            #expect(show.status == 0, "ess show \(id): \(show.stderr)")
        }
    }

    @Test func unusableFilesAreExplained() throws {
        let directory = try SireneDirectory(imported: false)
        defer { directory.remove() }
        let text = try directory.file("notes.sqlite", "not a database, only some words that are long enough for a header\n")
        let notADatabase = try ESS.run(["list", "actors", "--db", text])
        #expect(notADatabase.status == 1)
        #expect(notADatabase.stderr == "ess: \(text) is not a database (another kind of file?); choose another file with --db PATH or ESS_DB, or remove it and import again\n")
        let folder = try ESS.run(["list", "actors", "--db", directory.url.path])
        #expect(folder.status == 1)
        #expect(folder.stderr == "ess: cannot open the directory \(directory.url.path): it is a folder, not a database file; choose another file with --db PATH or ESS_DB\n")
        for run in [notADatabase, folder] { #expect(!run.stderr.contains("SQLite")) }
    }

    @Test func missingESSDBDoesNotBreakCuratedCommands() throws {
        let directory = try SireneDirectory(imported: false)
        defer { directory.remove() }
        let missing = directory.url.appendingPathComponent("gone.sqlite").path
        let show = try ESS.run(["show", "progress"], environment: ["ESS_DB": missing])
        #expect(show.status == 0)
        #expect(show.stdoutLines.first == "PROGRESS")
        #expect(show.stderr == "ess: note: no directory at \(missing) (import one with: ess import FILE.csv); ESS_DB names it, so imported actors are left out\n")
        let list = try ESS.run(["list", "actors", "--kind", "ptce"], environment: ["ESS_DB": missing])
        #expect(list.status == 0 && list.stdout.contains("PTCE cluster"), "\(list.stdout)")
        #expect(try ESS.run(["search", "progress"], environment: ["ESS_DB": missing]).status == 0)
    }

    @Test func failedFirstImportLeavesNoDatabase() throws {
        let directory = try SireneDirectory(imported: false)
        defer { directory.remove() }
        let bad = try directory.file("bad.csv", "SIREN;Nom ou raison sociale de l'entreprise\n000012345;\"jamais fermé\n")
        let run = try ESS.run(["import", bad, "--db", directory.db])
        #expect(run.status == 1)
        #expect(!FileManager.default.fileExists(atPath: directory.db))
        let list = try ESS.run(["list", "actors", "--db", directory.db])
        #expect(list.status == 1 && list.stderr.hasPrefix("ess: no directory at \(directory.db)"))
    }
}

@Suite("Programme territories: the page, and the command it suggests, agree")
struct TerritoryCountCommandTests {
    @Test func everyCountOnAProgrammePageIsWhatItsCommandLists() throws {
        let directory = try SireneDirectory()
        defer { directory.remove() }
        for programme in ["progress", "reseau-ptce-rhone-alpes"] {
            let show = try ESS.run(["show", programme, "--db", directory.db])
            #expect(show.status == 0, "\(show.stderr)")
            // The section's lines, unwrapped: "• NAME: COUNT — ess list actors --territory ID".
            let section = show.stdout.components(separatedBy: "Imported actors in the territory\n").last ?? ""
            let text = section.split(separator: "\n").prefix { $0.hasPrefix(" ") }.map { $0.trimmingCharacters(in: .whitespaces) }
                .joined(separator: " ")
            let items = text.components(separatedBy: "• ").dropFirst()
            #expect(!items.isEmpty, "\(programme): \(show.stdout)")
            for item in items {
                let parts = item.components(separatedBy: " — ess list actors ")
                let command = parts.last!.trimmingCharacters(in: .whitespaces).split(separator: " ").map(String.init)
                let count = Int(parts.first!.split(separator: " ").last!.replacingOccurrences(of: ",", with: ""))
                let listed = try directory.csvRows(command)
                #expect(listed.count == count, "\(item)")
            }
        }
        // No programme page names Rovaltain since the audit (projects there are only wished for);
        // Saint-Étienne Métropole's page shows the same kind of note.
        let saintEtienne = try ESS.run(["show", "politique-ess-saint-etienne-metropole", "--db", directory.db])
        #expect(saintEtienne.stdout.contains("• Saint-Étienne Métropole — perimeter not known; counted over Loire: "))
        let note = try ESS.run(["list", "actors", "--territory", "pays-rovaltain", "--db", directory.db])
        #expect(note.stderr == "ess: note: Rovaltain — perimeter not known; counted over Rhône-Alpes\n")
        let abroad = try ESS.run(["list", "actors", "--territory", "belgique", "--db", directory.db])
        #expect(abroad.status == 1 && abroad.stderr == "ess: Belgique is abroad: the directory holds French actors only\n")
        let both = try ESS.run(["list", "actors", "--territory", "pays-rovaltain", "--region", "84", "--db", directory.db])
        #expect(both.status == 64)
    }
}
