import ESSDirectory
import ESSModel
import Foundation
import Testing

@Suite("Directory import")
struct ImportTests {
    @Test func sampleOf1000RowsImportsWhole() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let report = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        #expect(report.records == 1000 && report.imported == 1000 && report.added == 1000 && report.badRecords == 0)
        #expect(report.total == 1000)
        let database = try scratch.database()
        #expect(try database.count() == 1000)
        // The first generated row keeps its leading zeros.
        let first = try #require(try database.actor(key: "000012345"))
        #expect(first.name == "Jardins partagés de La Roche-sur-Yon")
        #expect(first.departement == "85" && first.region == "52" && first.formerRegion == nil)
    }

    @Test func columnsInAnyOrderQuotedOrNotWithBOMAndCommas() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("shuffled.csv", "\u{FEFF}\"Code du département de l'établissement\",Nom ou raison sociale de l'entreprise,SIREN,Famille juridique de l'entreprise\r\n"
            + "69,\"Les Canuts, coopérative\",012345678,Coopératives\r\n"
            + "\"2A\",Amicale laïque d'Ajaccio,\"000000042\",Associations\r\n")
        let report = try scratch.importer().importFile(file, options: ImportOptions())
        #expect(report.imported == 2 && report.badRecords == 0)
        let database = try scratch.database()
        let canuts = try #require(try database.actor(key: "012345678"))
        #expect(canuts.name == "Les Canuts, coopérative" && canuts.legalFamily == "Coopératives")
        // Rhône: Auvergne-Rhône-Alpes now, Rhône-Alpes before 2016.
        #expect(canuts.region == "84" && canuts.formerRegion == "82")
        #expect(try database.actor(key: "000000042")?.region == "94")
    }

    @Test func badRowsAreCountedWithTheirLinesAndSkipped() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("bad.csv", essFranceHeader + "\n"
            + "123456789;Bonne association;Associations;42000;Saint-Étienne;42;Loire;Auvergne-Rhône-Alpes\n"
            + "123456;SIREN court;Associations;42000;Saint-Étienne;42;Loire;Auvergne-Rhône-Alpes\n"
            + "223456789;Trop peu de champs\n"
            + "323456789;Département inconnu;Associations;;X;99;?;?\n"
            + "423456789;;Associations;42000;Saint-Étienne;42;Loire;Auvergne-Rhône-Alpes\n")
        let report = try scratch.importer().importFile(file, options: ImportOptions())
        #expect(report.imported == 2 && report.badRecords == 3 && report.records == 5)
        #expect(report.problems.map(\.line) == [3, 4, 6])
        #expect(report.problems[0].message == "SIREN '123456' is not 9 digits")
        #expect(report.problems[1].message == "2 fields where the header has 8")
        #expect(report.problems[2].message == "no name")
        // An unknown département is a field left empty, not a lost record.
        let unknown = try #require(try scratch.database().actor(key: "323456789"))
        #expect(unknown.departement == nil && unknown.commune == "X")
        #expect(report.values.notes.contains { $0.field == .departement && $0.kind == .leftEmpty && $0.original == "99" && $0.line == 5 })
    }

    @Test func strictStopsAtTheFirstBadRowAndKeepsThePreviousDirectory() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        let text = try String(contentsOf: fixture("ess-france-1000.csv"), encoding: .utf8)
            .replacingOccurrences(of: "Jardins partagés de La Roche-sur-Yon", with: "Renommée")
            + "99999A999;SIREN illisible;Associations;;;42;;\n"
        let file = try scratch.file("strict.csv", text)
        #expect(throws: ImportError.badRow(file: file.path, line: 1002, message: "SIREN '99999A999' is not 9 digits")) {
            try scratch.importer().importFile(file, options: ImportOptions(strict: true))
        }
        let database = try scratch.database()
        #expect(try database.count() == 1000)
        #expect(try database.actor(key: "000012345")?.name == "Jardins partagés de La Roche-sur-Yon")
        #expect(try database.actor(key: "99999A999") == nil)
    }

    @Test func reimportReplacesByKeyNeverDuplicates() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        let second = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        #expect(second.added == 0 && second.replaced == 1000 && second.total == 1000)
        #expect(try scratch.database().count() == 1000)
        #expect(try scratch.database().search("jardins partages").count == 50)
    }

    @Test func interruptionByTheProgressCallbackRollsBack() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        _ = try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        var importer = try scratch.importer()
        importer.progressInterval = 100
        importer.progress = { $0.records < 500 }
        let other = try scratch.file("other.csv", essFranceHeader + "\n"
            + (0..<1000).map { "9\(String(format: "%08d", $0));Nouvelle \($0);Associations;;;42;;" }.joined(separator: "\n"))
        #expect(throws: ImportError.interrupted) { try importer.importFile(other, options: ImportOptions()) }
        #expect(try scratch.database().count() == 1000)
        #expect(try scratch.database().search("nouvelle").isEmpty)
    }

    @Test func firstImportIsWrittenBesideThenPutInPlace() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        // The database handed to the importer reads the directory once the new file is in place.
        let database = try scratch.database()
        let report = try DirectoryImporter(database: database, places: builtInPlaces)
            .importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        #expect(report.total == 1000 && report.phases.map(\.name).contains("file in place"))
        #expect(try database.count() == 1000 && database.search("jardins partages").count == 50)
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath + ".new"))
        // A second import goes through the write-ahead log, in place.
        let again = try DirectoryImporter(database: database, places: builtInPlaces)
            .importFile(fixture("ess-france-1000.csv"), options: ImportOptions())
        #expect(again.replaced == 1000 && again.phases.map(\.name).contains("checkpoint"))
        #expect(try database.count() == 1000)
    }

    @Test func interruptedFirstImportLeavesNoDirectoryAndNoNewFile() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        var importer = try scratch.importer()
        importer.progressInterval = 100
        importer.progress = { $0.records < 500 }
        #expect(throws: ImportError.interrupted) { try importer.importFile(fixture("ess-france-1000.csv"), options: ImportOptions()) }
        #expect(!FileManager.default.fileExists(atPath: scratch.databasePath + ".new"))
        #expect(throws: DirectoryError.noImport(scratch.databasePath)) { try DirectoryDatabase(path: scratch.databasePath, create: false) }
        // A new file left by a killed import is replaced by the next one.
        _ = try scratch.file("directory.sqlite.new", "left by a killed import")
        #expect(try scratch.importer().importFile(fixture("ess-france-1000.csv"), options: ImportOptions()).total == 1000)
        #expect(try DirectoryDatabase(path: scratch.databasePath, create: false).count() == 1000)
    }

    @Test func missingColumnsNameThemAndTheHeader() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("x.csv", "Nom,Ville\nA,B\n")
        #expect(throws: ImportError.missingColumns([.siren, .name], preset: .essFrance, header: ["Nom", "Ville"])) {
            try scratch.importer().importFile(file, options: ImportOptions())
        }
    }

    @Test func genericPresetWithAColumnMap() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("cress.csv", "Raison sociale;Numéro;CP;NAF\nLa Ressourcerie;R-1;44000;38.32Z\nCafé des enfants;R-2;69007;56.30Z\n")
        let options = ImportOptions(preset: .generic, map: ["Raison sociale": .name, "Numéro": .key, "CP": .postcode])
        let report = try scratch.importer().importFile(file, options: options)
        #expect(report.imported == 2)
        let actor = try #require(try scratch.database().actor(key: "R-1"))
        #expect(actor.departement == "44" && actor.region == "52" && actor.naf == "38.32Z" && actor.nafSection == "E")
    }

    @Test func sireneKeepsFlaggedUnitsAndPlacesHeadOffices() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let options = ImportOptions(preset: .sirene, establishments: fixture("sirene-etablissements-1000.csv"))
        let report = try scratch.importer().importFile(fixture("sirene-unites-1000.csv"), options: options)
        #expect(report.imported + report.skipped == 1000 && report.skipped > 0)
        #expect(report.headOffices == report.imported && report.unplaced == 0)
        let actor = try #require(try scratch.database().actor(key: "000012345"))
        #expect(actor.legalCategory == "9220" && actor.legalFamily == "Associations" && actor.naf == "47.11F")
        #expect(actor.departement == "85" && actor.commune == "La Roche-sur-Yon" && actor.communeCode == "85191")
        #expect(actor.arrondissement == "852" && !actor.placeGuessed)
        // Counts and lists follow the head offices (placed after the units were read).
        let database = try scratch.database()
        #expect(try database.counts(by: .region).values.reduce(0, +) == report.imported)
        #expect(try database.count(ActorFilter(departement: "85")) == database.page(ActorFilter(departement: "85"), offset: 0, limit: 1000).count)
        #expect(try database.page(ActorFilter(departement: "85"), offset: 0, limit: 1000).contains { $0.key == "000012345" })
        let all = try scratch.importer().importFile(fixture("sirene-unites-1000.csv"), options: ImportOptions(preset: .sirene, keepAll: true))
        #expect(all.imported == 1000)
    }
}

@Suite("Directory import: repeated keys")
struct RepeatedKeyTests {
    @Test func aKeyRepeatedInOneFileKeepsItsLastRecord() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("twice.csv", essFranceHeader + "\n"
            + "123456789;Premier nom;Associations;42000;Saint-Étienne;42;Loire;Auvergne-Rhône-Alpes\n"
            + "223456789;Autre;Mutuelles;44000;Nantes;44;Loire-Atlantique;Pays de la Loire\n"
            + "123456789;Second nom;Coopératives;35000;Rennes;35;Ille-et-Vilaine;Bretagne\n")
        let report = try scratch.importer().importFile(file, options: ImportOptions())
        #expect(report.imported == 3 && report.total == 2 && report.added == 2 && report.replaced == 1)
        let database = try scratch.database()
        #expect(try database.actor(key: "123456789")?.name == "Second nom")
        #expect(try database.count(ActorFilter(departement: "42")) == 0)
        #expect(try database.count(ActorFilter(legalFamily: "Coopératives")) == 1)
        #expect(try database.search("nom").map(\.name) == ["Second nom"])
    }
}

@Suite("Directory database files")
struct DatabaseFileTests {
    @Test func anotherDatabaseIsRefusedNotHalfRead() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let path = scratch.url.appendingPathComponent("other.sqlite").path
        #expect(throws: DirectoryError.missing(path)) { try DirectoryDatabase(path: path, create: false) }
        _ = try scratch.file("other.sqlite", "")
        // An empty file becomes a directory when importing, and reads as none otherwise.
        #expect(throws: DirectoryError.notADirectory(path)) { try DirectoryDatabase(path: path, create: false) }
        let created = try DirectoryDatabase(path: path, create: true)
        #expect(try created.count() == 0)
        // Until an import has been committed into it, it is no directory (one killed on its first
        // run leaves such a file).
        #expect(throws: DirectoryError.noImport(path)) { try DirectoryDatabase(path: path, create: false) }
    }
}
