import ESSDirectory
import Foundation
import Testing

/// A scratch folder with a directory database path for `--db`.
private struct DirectoryScratch {
    let url: URL
    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ess-cli-directory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }
    var db: String { url.appendingPathComponent("dir/directory.sqlite").path }
    func file(_ name: String, _ text: String) throws -> String {
        let file = url.appendingPathComponent(name)
        try Data(text.utf8).write(to: file)
        return file.path
    }
    func remove() { try? FileManager.default.removeItem(at: url) }
}

private let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .appendingPathComponent("Fixtures/directory/ess-france-1000.csv").path

@Suite("ess import and imported actors")
struct DirectoryCommandTests {
    @Test func importThenListSearchAndShow() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        let imported = try ESS.run(["import", sample, "--db", scratch.db])
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdoutLines.first?.hasPrefix("imported 1000 actors from \(sample) (1000 new, 0 replaced) in ") == true)
        #expect(imported.stdoutLines.contains("directory: 1000 actors in \(scratch.db)"))
        #expect(imported.stderr == "", "no progress bar when standard error is not a terminal")

        // ESS_DB names the database for every command, as --db does.
        let list = try ESS.run(["list", "actors", "--limit", "3"], environment: ["ESS_DB": scratch.db])
        #expect(list.status == 0)
        let importedLines = list.stdoutLines.filter { $0.hasPrefix("siren:") }
        #expect(importedLines.count == 3)
        #expect(importedLines.allSatisfy { $0.contains("Imported actor · ") })
        #expect(list.stdoutLines.contains { $0.hasPrefix("ptce-") || $0.hasPrefix("ag2i ") }, "curated actors are listed too")
        #expect(list.stdout.contains(" imported of 1000); 997 left out: --limit 0 lists them all"))

        let search = try ESS.run(["search", "ecureuils", "--db", scratch.db])
        #expect(search.status == 0)
        #expect(search.stdoutLines.dropFirst().allSatisfy { $0.isEmpty || $0.hasPrefix("imported actor  siren:") })
        #expect(search.stdout.contains("Écureuils"))

        let show = try ESS.run(["show", "siren:000012345", "--db", scratch.db])
        #expect(show.status == 0)
        #expect(show.stdoutLines.prefix(3) == ["Jardins partagés de La Roche-sur-Yon", "Imported actor · Associations · La Roche-sur-Yon (85)", "SIREN: 000012345"])
        #expect(show.stdout.contains("→ Vendée — 85 [departement-vendee]"))
        #expect(show.stdout.contains("→ Pays de la Loire [region-pays-de-la-loire]"))
        let bare = try ESS.run(["show", "000012345", "--db", scratch.db, "--format", "json"])
        let object = try JSONSerialization.jsonObject(with: Data(bare.stdoutBytes)) as? [String: Any]
        #expect(object?["siren"] as? String == "000012345" && object?["imported"] as? Bool == true)
        #expect(object?["region"] as? String == "Pays de la Loire")
    }

    @Test func filtersOnImportedActors() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        #expect(try ESS.run(["import", sample, "--db", scratch.db]).status == 0)
        let rhone = try ESS.json(["list", "actors", "--db", scratch.db, "--departement", "69", "--limit", "0", "--format", "json"]) as? [[String: Any]]
        #expect(rhone?.isEmpty == false)
        #expect(rhone?.allSatisfy { $0["departement"] as? String == "69" && $0["imported"] as? Bool == true } == true)
        // A former region applies as the current one, for imported actors as for curated ones.
        let former = try ESS.run(["list", "actors", "--db", scratch.db, "--region", "Rhône-Alpes", "--limit", "0", "--format", "csv"])
        let current = try ESS.run(["list", "actors", "--db", scratch.db, "--region", "84", "--limit", "0", "--format", "csv"])
        #expect(former.stdout == current.stdout && former.stdout.contains("siren:"))
        let rows = former.stdoutLines.filter { $0.hasPrefix("siren:") }
        #expect(rows.allSatisfy { $0.contains(",Auvergne-Rhône-Alpes,") })
        let coops = try ESS.run(["list", "actors", "--db", scratch.db, "--category", "cooperatives", "--naf", "Q", "--limit", "0", "--format", "csv"])
        #expect(coops.status == 0)
        #expect(coops.stdoutLines.dropFirst().filter { !$0.isEmpty }.allSatisfy { $0.contains(",Coopératives,") })
        let unknown = try ESS.run(["list", "actors", "--db", scratch.db, "--departement", "999"])
        #expect(unknown.status == 1 && unknown.stderr.hasPrefix("ess: unknown département code '999'"))
        let wrongType = try ESS.run(["list", "programmes", "--naf", "Q"])
        #expect(wrongType.status == 64)

        let search = try ESS.json(["search", "amicale", "--db", scratch.db, "--region", "Bretagne", "--format", "json"]) as? [[String: Any]]
        #expect(search?.isEmpty == false)
        #expect(search?.allSatisfy { $0["region"] as? String == "Bretagne" && ($0["name"] as? String)?.hasPrefix("Amicale") == true } == true)
        let searchDepartement = try ESS.json(["search", "amicale", "--db", scratch.db, "--departement", "2A", "--format", "json"]) as? [[String: Any]]
        #expect(searchDepartement?.isEmpty == false && searchDepartement?.allSatisfy { $0["departement"] as? String == "2A" } == true)
    }

    @Test func programmePageCountsImportedActorsOfItsTerritory() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        #expect(try ESS.run(["import", sample, "--db", scratch.db]).status == 0)
        let roanne = try ESS.json(["list", "actors", "--db", scratch.db, "--arrondissement", "422", "--format", "json"]) as? [[String: Any]]
        let count = roanne?.filter { $0["imported"] as? Bool == true }.count ?? -1
        let loire = try ESS.json(["list", "actors", "--db", scratch.db, "--departement", "42", "--format", "json"]) as? [[String: Any]]
        #expect(count > 0 && count < loire?.count ?? 0, "Roanne is part of the Loire")
        let show = try ESS.run(["show", "progress", "--db", scratch.db])
        #expect(show.stdout.contains("Imported actors in the territory\n  • Arrondissement de Roanne: \(count) — ess list actors --territory\n"))
        // The command the page suggests lists exactly what it counts.
        let listed = try ESS.json(["list", "actors", "--db", scratch.db, "--territory", "arrondissement-roanne", "--format", "json"]) as? [[String: Any]]
        #expect(listed?.count == count)
    }

    @Test func strictBadRowReportsItsLineAndKeepsTheDirectory() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        #expect(try ESS.run(["import", sample, "--db", scratch.db]).status == 0)
        let text = try String(contentsOfFile: sample, encoding: .utf8) + "12;Trop court;Associations;42000;Saint-Étienne;42;Loire;Auvergne-Rhône-Alpes\n"
        let bad = try scratch.file("bad.csv", text.replacingOccurrences(of: "Jardins partagés", with: "Renommé"))
        let strict = try ESS.run(["import", bad, "--db", scratch.db, "--strict"])
        #expect(strict.status == 1)
        #expect(strict.stderrLines.first == "ess: \(bad):1002: error: SIREN '12' is not 9 digits")
        #expect(try ESS.run(["show", "000012345", "--db", scratch.db]).stdoutLines.first == "Jardins partagés de La Roche-sur-Yon")
        let lenient = try ESS.run(["import", bad, "--db", scratch.db])
        #expect(lenient.status == 0)
        #expect(lenient.stderrLines.first == "\(bad):1002: error: SIREN '12' is not 9 digits")
        #expect(lenient.stdout.contains("(0 new, 1000 replaced), 1 bad record skipped"))
        #expect(try ESS.run(["show", "000012345", "--db", scratch.db]).stdoutLines.first == "Renommé de La Roche-sur-Yon")
    }

    @Test func killedImportLeavesThePreviousDirectory() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        #expect(try ESS.run(["import", sample, "--db", scratch.db]).status == 0)
        let big = scratch.url.appendingPathComponent("big.csv")
        try Data(DirectoryGenerator(shape: .essFrance, rows: 150_000, seed: 7).text().utf8).write(to: big)
        // SIGINT first: a killed import leaves uncommitted frames in the write-ahead log, which the
        // next opening ignores.
        for signal in [SIGINT, SIGKILL] {
            let process = try importStoppedWhileReading(big, db: scratch.db, by: signal)
            #expect(process.terminationReason == (signal == SIGKILL ? .uncaughtSignal : .exit))
            if signal == SIGINT { #expect(process.terminationStatus == 130) }
            let list = try ESS.run(["list", "actors", "--db", scratch.db, "--limit", "1"])
            #expect(list.status == 0)
            #expect(list.stdout.contains(" imported of 1000)"), "\(signal): \(list.stdoutLines.suffix(2))")
        }
    }

    @Test func killedFirstImportLeavesNoDirectory() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        let big = scratch.url.appendingPathComponent("big.csv")
        try Data(DirectoryGenerator(shape: .essFrance, rows: 150_000, seed: 7).text().utf8).write(to: big)
        // A first import writes a new file beside the directory and renames it into place at the
        // end: killed before, it leaves no directory, and the next import succeeds.
        _ = try importStoppedWhileReading(big, db: scratch.db, by: SIGKILL)
        let list = try ESS.run(["list", "actors", "--db", scratch.db, "--limit", "1"])
        #expect(list.status == 1 && list.stderr.hasPrefix("ess: no directory at \(scratch.db): no import into it has finished"),
                "\(list.stderr)")
        let again = try ESS.run(["import", sample, "--db", scratch.db])
        #expect(again.status == 0, "\(again.stderr)")
        #expect(!FileManager.default.fileExists(atPath: scratch.db + ".new"))
        #expect(try ESS.run(["list", "actors", "--db", scratch.db, "--limit", "1"]).stdout.contains(" imported of 1000)"))
    }

    /// Runs `ess import FILE` and sends it `signal` once it is reading rows: its marker names it
    /// (so the signal handler is set) and it has read a few of the file's 1 MiB blocks.
    private func importStoppedWhileReading(_ file: URL, db: String, by signal: Int32) throws -> Process {
        let process = Process()
        process.executableURL = try ESS.binary()
        process.arguments = ["import", file.path, "--db", db]
        process.environment = ESS.baseEnvironment
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        let deadline = Date().addingTimeInterval(20)
        while !(ImportMarker.isImportRunning(db) && bytesRead(by: process.processIdentifier) >= 4 << 20)
            && process.isRunning && Date() < deadline { usleep(2_000) }
        #expect(process.isRunning, "\(signal): the import ended before it was stopped")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        return process
    }

    /// The bytes a process has read so far (`rchar` of /proc/PID/io); where there is no /proc,
    /// as much as asked, so that only the import's marker is waited for.
    private func bytesRead(by pid: Int32) -> Int {
        guard let io = try? String(contentsOfFile: "/proc/\(pid)/io", encoding: .utf8) else { return Int.max }
        let line = io.split(separator: "\n").first { $0.hasPrefix("rchar:") }
        return line.flatMap { Int($0.dropFirst("rchar:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
    }

    @Test func usageAndMissingDatabaseErrors() throws {
        let scratch = try DirectoryScratch()
        defer { scratch.remove() }
        let map = try ESS.run(["import", sample, "--preset", "generic", "--map", "SIREN=planet", "--db", scratch.db])
        #expect(map.status == 64 && map.stderr.hasPrefix("Error: --map: unknown field 'planet'"))
        let columns = try ESS.run(["import", try scratch.file("x.csv", "a,b\n1,2\n"), "--db", scratch.db])
        #expect(columns.status == 1 && columns.stderr.hasPrefix("ess: no column for siren, name in the header (preset ess-france)"))
        let missing = try ESS.run(["list", "actors", "--db", scratch.url.appendingPathComponent("none.sqlite").path])
        #expect(missing.status == 1 && missing.stderr.hasPrefix("ess: no directory at "))
        let generic = try ESS.run(["import", try scratch.file("cress.csv", "Raison sociale;Numéro;CP\nLa Ressourcerie;R-1;44000\n"),
                                   "--preset", "generic", "--map", "Raison sociale=name", "--map", "Numéro=key", "--map", "CP=postcode",
                                   "--db", scratch.db])
        #expect(generic.status == 0, "\(generic.stderr)")
        #expect(try ESS.run(["show", "R-1", "--db", scratch.db]).stdout.contains("→ Loire-Atlantique — 44"))
    }

    // MARK: - Where the database goes

    /// A CSV of two actors in a fresh current folder, for the runs below.
    private func smallImport() throws -> (scratch: DirectoryScratch, csv: String) {
        let scratch = try DirectoryScratch()
        let header = "SIREN;Nom ou raison sociale de l'entreprise;Famille juridique de l'entreprise;Code postal\n"
        let csv = try scratch.file("two.csv", header + "000012345;Jardins partagés;Associations;85000\n982463998;Mutuelle Gide;Mutuelles;18000\n")
        return (scratch, csv)
    }

    @Test(arguments: ["d1.sqlite", "./d1.sqlite", "sub/deeper/d1.sqlite"])
    func relativeDatabasePathIsInTheCurrentFolder(_ db: String) throws {
        let (scratch, csv) = try smallImport()
        defer { scratch.remove() }
        let imported = try ESS.run(["import", csv, "--db", db], directory: scratch.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(imported.stdoutLines.contains("directory: 2 actors in \(db)"))
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent(db).path))
        let list = try ESS.run(["list", "actors", "--db", db, "--limit", "0"], directory: scratch.url)
        #expect(list.status == 0 && list.stdout.contains("siren:982463998"), "\(list.stderr)")
    }

    @Test func relativeESSDBIsInTheCurrentFolder() throws {
        let (scratch, csv) = try smallImport()
        defer { scratch.remove() }
        let imported = try ESS.run(["import", csv], environment: ["ESS_DB": "d2.sqlite"], directory: scratch.url)
        #expect(imported.status == 0, "\(imported.stderr)")
        #expect(FileManager.default.fileExists(atPath: scratch.url.appendingPathComponent("d2.sqlite").path))
        let show = try ESS.run(["show", "000012345"], environment: ["ESS_DB": "d2.sqlite"], directory: scratch.url)
        #expect(show.status == 0 && show.stdoutLines.first == "Jardins partagés", "\(show.stderr)")
    }

    @Test func databaseFolderThatCannotBeCreated() throws {
        let (scratch, csv) = try smallImport()
        defer { scratch.remove() }
        // A file where the folder should be: refused even for root, who may write anywhere.
        _ = try scratch.file("blocker", "not a folder\n")
        let run = try ESS.run(["import", csv, "--db", "blocker/sub/d.sqlite"], directory: scratch.url)
        #expect(run.status == 1)
        #expect(run.stderrLines == [
            "ess: blocker/sub/d.sqlite: cannot create the folder blocker/sub (is a file in its way, or its parent not writable?)", "",
        ])
        #expect(run.stdout == "")
    }
}
