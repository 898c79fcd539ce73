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
        #expect(screen[0].contains("1073"), "73 curated actors and 1,000 imported: \(screen[0])")

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
}
