import Foundation
import Testing

/// The shapes of the trial's real files, through the built binary: a SIRENE unit-file extract
/// (its real 34 columns, no place at all) and a 61-column pandas export (floats, lost zeros, blank
/// places, Corsican and overseas postcodes, uppercase SIRENE communes).
@Suite("ess import on realistic files")
struct RealisticDirectoryTests {
    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/directory/realistic")
    static let sirene = folder.appendingPathComponent("sirene-unites-extract.csv").path
    static let wide = folder.appendingPathComponent("pandas-wide-export.csv").path
    static let wideMap = ["--preset", "generic", "--map", "raison_sociale=name", "--map", "categorie_juridique=legal-category",
                          "--map", "code_naf=naf", "--map", "tranche_effectif=headcount", "--map", "code_postal=postcode",
                          "--map", "code_commune=commune-code"]

    func scratchDB() -> (String, () -> Void) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-cli-realistic-\(UUID().uuidString)")
        return (folder.appendingPathComponent("directory.sqlite").path, { try? FileManager.default.removeItem(at: folder) })
    }

    @Test func sireneUnitsWithoutPlacesAreFoundByEveryFilter() throws {
        let (db, remove) = scratchDB()
        defer { remove() }
        let imported = try ESS.run(["import", Self.sirene, "--preset", "sirene", "--db", db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdoutLines.first?.hasPrefix("imported 14 actors from \(Self.sirene) (14 new, 0 replaced), 1 unit not flagged ESS skipped") == true)
        #expect(imported.stdout.contains("actors with no place (no département, commune or postcode): 14"))
        let associations = try ESS.run(["list", "actors", "--category", "associations", "--db", db])
        #expect(associations.stdout.contains("6 results (0 curated, 6 imported of 6)"), "\(associations.stdout)")
        let cooperatives = try ESS.run(["list", "actors", "--category", "cooperatives", "--format", "json", "--db", db])
        let json = try JSONSerialization.jsonObject(with: Data(cooperatives.stdoutBytes)) as? [[String: Any]]
        #expect(Set(json?.compactMap { $0["name"] as? String } ?? []) == ["SCOP ARCHIPEL", "SCIC ENERCOOP AUVERGNE RHONE ALPES",
                                                                         "CUMA DE LA VALLEE", "CREDIT COOPERATIF"])
        let information = try ESS.run(["list", "actors", "--naf", "J", "--db", db])
        #expect(information.stdout.contains("2 results (0 curated, 2 imported of 2)"), "\(information.stdout)")
        // SIRENs keep their leading zero; the page of an unplaced actor says so.
        let show = try ESS.run(["show", "siren:002201199", "--db", db])
        #expect(show.status == 0 && show.stdout.contains("not placed"))
    }

    @Test func aWideSpreadsheetExportIsRecoveredAndPlaced() throws {
        let (db, remove) = scratchDB()
        defer { remove() }
        let imported = try ESS.run(["import", Self.wide, "--db", db] + Self.wideMap)
        #expect(imported.status == 0, "\(imported.stderr)")
        let lines = imported.stdoutLines
        #expect(lines.first?.hasPrefix("imported 18 actors from \(Self.wide) (18 new, 0 replaced) in ") == true, "\(imported.stdout)")
        #expect(lines.contains("placed at a commune: 15 of 18 (1 a best guess from a postcode several communes share)"), "\(imported.stdout)")
        #expect(lines.contains("values normalised:"))
        #expect(lines.contains { $0.hasPrefix("  code_postal ") && $0.hasSuffix(" 14  e.g. line 2: '7400.0' → '07400'") }, "\(imported.stdout)")
        #expect(lines.contains { $0.hasPrefix("  siren ") && $0.hasSuffix("  2  e.g. line 2: '62201199' → '062201199'") }, "\(imported.stdout)")
        #expect(lines.contains { $0.hasPrefix("  categorie_juridique ") && $0.contains("'9220.0' → '9220'") })
        #expect(lines.contains("values not understood, left empty (records kept):"))
        #expect(lines.contains { $0.hasPrefix("  code_postal ") && $0.hasSuffix("1  e.g. line 16: 'CEDEX': not a 5-digit postcode") }, "\(imported.stdout)")
        #expect(imported.stderr.isEmpty, "no record is bad: \(imported.stderr)")

        func show(_ siren: String) throws -> [String: Any] {
            let run = try ESS.run(["show", "siren:" + siren, "--format", "json", "--db", db])
            #expect(run.status == 0, "\(siren): \(run.stderr)")
            return try JSONSerialization.jsonObject(with: Data(run.stdoutBytes)) as? [String: Any] ?? [:]
        }
        let limousin = try show("775672272")
        #expect(limousin["commune"] as? String == "Saint-Yrieix-la-Perche" && limousin["commune_code"] as? String == "87187")
        #expect(limousin["legal_category"] as? String == "5458" && limousin["naf"] as? String == "62.01Z")
        let ardeche = try show("062201199")
        #expect(ardeche["postcode"] as? String == "07400" && ardeche["commune"] as? String == "Le Teil" && ardeche["departement"] as? String == "07")
        #expect(try show("301899145")["departement"] as? String == "2A")
        #expect(try show("441899145")["departement"] as? String == "2B")
        #expect(try show("512345678")["commune_code"] as? String == "97411")
        #expect(try show("612345671")["commune_code"] as? String == "97120")
        #expect(try show("912345670")["commune"] as? String == "Sainte-Foy-lès-Lyon")
        #expect(try show("012345679")["commune_code"] as? String == "01053")
        #expect(try show("423456786")["commune"] as? String == "Le Mans")
        #expect(try show("223456788")["commune_code"] as? String == "69383")
        let guessed = try show("812345677")
        #expect(guessed["place_guessed"] as? Bool == true && guessed["commune_code"] as? String == "42187")
        let text = try ESS.run(["show", "siren:812345677", "--db", db])
        #expect(text.stdout.contains("municipality guessed from a postcode several municipalities share"))
        #expect(text.stdout.contains("Arrondissement: Roanne (422)"))

        // The new place filters, and their errors.
        let roanne = try ESS.run(["list", "actors", "--arrondissement", "422", "--db", db])
        #expect(roanne.stdout.contains("1 result (0 curated, 1 imported of 1)"), "\(roanne.stdout)")
        let lyon = try ESS.run(["list", "actors", "--commune", "69123", "--db", db])
        #expect(lyon.stdout.contains("Maison des associations de Lyon"))
        let two = try ESS.run(["list", "actors", "--commune", "69123", "--commune", "2A004", "--format", "csv", "--db", db])
        #expect(two.status == 0 && two.stdout.contains("siren:301899145,") && two.stdout.contains("siren:223456788,"), "\(two.stdout) \(two.stderr)")
        let unknown = try ESS.run(["list", "actors", "--commune", "Roanne", "--db", db])
        #expect(unknown.status == 1 && unknown.stderr.contains("unknown commune code (COG 2025) 'Roanne'") && unknown.stderr.contains("42187"))
        let badArrondissement = try ESS.run(["list", "actors", "--arrondissement", "999", "--db", db])
        #expect(badArrondissement.status == 1 && badArrondissement.stderr.contains("unknown arrondissement code '999'"))
        let wrongType = try ESS.run(["list", "programmes", "--commune", "42187", "--db", db])
        #expect(wrongType.status == 64)
    }

    @Test func theSummarySaysWhichColumnsWereReadAndGenericReadsFrenchHeadersWithoutMaps() throws {
        let (db, remove) = scratchDB()
        defer { remove() }
        // The default preset (ESS France's list) on the pandas export: four columns, and a hint.
        let byDefault = try ESS.run(["import", Self.wide, "--db", db])
        #expect(byDefault.status == 0, "\(byDefault.stderr)")
        #expect(byDefault.stdoutLines[1] == "columns read: siren, raison_sociale (name), code_postal (postcode), commune")
        #expect(byDefault.stdoutLines[2] == "columns not read: 57 of 61 (--map COLUMN=FIELD reads one; ess import --help lists the fields)")
        #expect(byDefault.stdoutLines[3] == "hint: --preset generic reads 13 of this file's columns")

        // The generic preset reads the French headers alone, as the maps read them.
        let generic = try ESS.run(["import", Self.wide, "--preset", "generic", "--db", db])
        #expect(generic.status == 0, "\(generic.stderr)")
        #expect(generic.stdoutLines[1] == "columns read: siren, siret, raison_sociale (name), sigle (acronym), "
                + "categorie_juridique (legal-category), code_naf (naf), tranche_effectif (headcount), date_creation (created), "
                + "code_postal (postcode), commune, code_commune (commune-code), departement, famille (legal-family)")
        #expect(!generic.stdout.contains("hint:"))
        let show = try ESS.run(["show", "siren:323456787", "--format", "json", "--db", db])
        let page = try JSONSerialization.jsonObject(with: Data(show.stdoutBytes)) as? [String: Any]
        #expect(page?["legal_category"] as? String == "9220", "\(show.stdout)")
        #expect(page?["naf"] as? String == "94.99Z")
        #expect(page?["departement"] as? String == "42", "its département, written 42.0, places it")
    }
}
