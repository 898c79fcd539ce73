import Foundation
import ProcessTestSupport
import Testing

/// The real `ess` over an imported directory in tmux: the 1,000-row sample imported into a
/// scratch `--db`, then browsed from a programme's count of imported actors to one of them.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct DirectoryBrowserEndToEndTests {
    static let sample = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/directory/ess-france-1000.csv")

    /// Imports the sample into a new database in a scratch folder; its path.
    func importedDirectory() throws -> (folder: URL, database: String) {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("ess-e2e-directory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = folder.appendingPathComponent("directory.sqlite").path
        let process = Process()
        process.executableURL = try ESSBinary.binary()
        process.arguments = ["import", Self.sample.path, "--db", database]
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        return (folder, database)
    }

    @Test func fromAProgrammesCountToAnImportedActorAndBack() throws {
        let (folder, database) = try importedDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let command = TmuxSession.shellQuoted(try ESSBinary.binary().path) + " browse --db " + TmuxSession.shellQuoted(database)
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(command),
                                      environment: ["LC_ALL": "fr_FR.UTF-8"])
        defer { session.kill() }
        _ = try session.waitFor(text: "? aide  q quitter")

        try session.send(keys: "2")
        var screen = try session.waitFor(text: "[2 Acteurs]")
        #expect(screen.contains { $0.contains("Acteurs (1074)") }, "74 curated actors and 1,000 imported: \(screen)")

        try session.send(keys: "1")
        try session.type("/progress")
        try session.send(keys: "Enter", "Tab", "G", "k")
        screen = try session.waitUntil("the count of imported actors under the cursor") { lines in
            lines.contains { $0.contains("││▶") && $0.contains("→ Arrondissement de Roanne") }
        }

        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "Acteurs importés ·")
        #expect(screen[0].contains("[2 Acteurs]"))
        let selected = try #require(screen.first { $0.hasPrefix("│▶") })
        let name = selected.dropFirst(2).components(separatedBy: "  ").first ?? ""
        #expect(!name.isEmpty && screen[3].contains(name.trimmingCharacters(in: .whitespaces).prefix(15)),
                "the page of the selected imported actor: \(screen[3])")

        try session.send(keys: "Tab")
        screen = try session.waitFor(text: "SIREN")
        #expect(screen.contains { $0.contains("Acteur importé") })

        try session.send(keys: "BSpace")
        screen = try session.waitFor(text: "[1 Programmes]")
        #expect(screen[3].contains("PROGRESS"))
        try session.send(keys: "q")
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 0)
    }

    /// How many imported actors `ess list actors` finds with `filters`: the "of N" of its last line.
    func listedCount(_ filters: [String], database: String) throws -> Int {
        let process = Process()
        let output = Pipe()
        process.executableURL = try ESSBinary.binary()
        process.arguments = ["list", "actors", "--db", database, "--limit", "1", "--lang", "en"] + filters
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let text = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        let last = text.split(separator: "\n").last.map(String.init) ?? ""
        let count = last.components(separatedBy: " of ").last?.prefix { $0.isNumber }
        return try #require(count.flatMap { Int($0) }, "no count in \(last)")
    }

    @Test func filteredByADepartementAndALegalFamily() throws {
        let (folder, database) = try importedDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let inRhone = try listedCount(["--departement", "69"], database: database)
        let associations = try listedCount(["--departement", "69", "--category", "associations"], database: database)
        #expect(inRhone > associations && associations > 0)
        let command = TmuxSession.shellQuoted(try ESSBinary.binary().path) + " browse --db " + TmuxSession.shellQuoted(database)
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(command),
                                      environment: ["LC_ALL": "fr_FR.UTF-8"])
        defer { session.kill() }
        _ = try session.waitFor(text: "? aide  q quitter")

        try session.send(keys: "2", "d")
        var screen = try session.waitFor(text: "Choisir un département (acteurs importés)")
        #expect(screen.contains { $0.contains("Tous les départements") && $0.hasSuffix(" 1\u{00A0}000 │") })
        try session.type("rhone")
        screen = try session.waitUntil("Rhône first in the picker") { lines in lines[5].contains("▶  Rhône (69)") }
        #expect(screen[5].hasSuffix(" \(inRhone) │"), "the directory's count: \(screen[5])")

        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "Importés : Rhône (69)")
        #expect(screen[0].contains("\(inRhone)/1074"), "\(screen[0])")
        #expect(screen[3].contains("Acteurs importés · Rhône (69)"))

        try session.send(keys: "c")
        screen = try session.waitFor(text: "Choisir une famille juridique")
        let row = try #require(screen.firstIndex { $0.contains("Associations") })
        #expect(screen[row].hasSuffix(" \(associations) │"), "\(screen[row])")
        for _ in 0..<(row - 5) { try session.send(keys: "Down") }
        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "Importés : Rhône (69) · Associations")
        #expect(screen[0].contains("\(associations)/1074"), "\(screen[0])")
        #expect(screen[4].hasPrefix("│▶"))
        #expect(screen.contains { $0.contains("Lyon") || $0.contains("(69)") })

        try session.send(keys: "BSpace")
        screen = try session.waitUntil("back to the département alone") { lines in
            lines[0].contains("Importés : Rhône (69)") && !lines[0].contains("Associations")
        }
        try session.send(keys: "x")
        screen = try session.waitFor(text: "Acteurs importés : filtres retirés")
        #expect(!screen[0].contains("Importés") && screen.contains { $0.contains("Acteurs (1074)") })
        try session.send(keys: "q")
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 0)
    }
}
