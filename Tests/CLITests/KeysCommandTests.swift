import Foundation
import Testing

/// `ess keys`: the effective key map, in the text the config file takes.
@Suite struct KeysCommandTests {
    func configFolder(_ text: String?) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("ess-keys-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root.appendingPathComponent("ess"), withIntermediateDirectories: true)
        if let text { try Data(text.utf8).write(to: root.appendingPathComponent("ess/config")) }
        return root
    }

    @Test func printsTheDefaultsWithoutAConfigFile() throws {
        let folder = try configFolder(nil)
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ESS.run(["keys"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(run.status == 0)
        #expect(run.stdoutLines.first == "# ess key map: the defaults")
        #expect(run.stdoutLines.contains("bind generic j          move-down"))
        #expect(run.stdoutLines.contains("bind generic b          toggle-mark"))
        #expect(run.stdoutLines.contains("footer marks   move-up/move-down open-result delete-mark close-overlay"))
        #expect(run.stderr.isEmpty)
    }

    @Test func printsTheConfigsChanges() throws {
        let folder = try configFolder("unbind generic j\nbind generic <C-e> move-down\nset theme light\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ESS.run(["keys"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(run.status == 0)
        #expect(run.stdoutLines.first == "# ess key map: the defaults with \(folder.path)/ess/config")
        #expect(run.stdoutLines.contains("set theme light"))
        #expect(!run.stdoutLines.contains("bind generic j          move-down"))
        #expect(run.stdoutLines.contains("bind generic <C-e>      move-down"))
    }

    /// Without an absolute XDG_CONFIG_HOME (unset, empty or relative), the config is looked for
    /// in ~/.config/ess, with or without a slash at the end of HOME.
    @Test(arguments: ["", "relative/folder"], ["", "/"])
    func theConfigFolderDefaultsToTheHomeFolder(xdg: String, homeSuffix: String) throws {
        let home = try configFolder(nil)
        defer { try? FileManager.default.removeItem(at: home) }
        let config = home.appendingPathComponent(".config/ess")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data("set theme light\n".utf8).write(to: config.appendingPathComponent("config"))
        let run = try ESS.run(["keys"], environment: ["XDG_CONFIG_HOME": xdg, "HOME": home.path + homeSuffix])
        #expect(run.status == 0)
        #expect(run.stdoutLines.first == "# ess key map: the defaults with \(home.path)/.config/ess/config")
        #expect(run.stdoutLines.contains("set theme light"))
    }

    @Test func aMistakeIsReportedAtItsLineAndColumnAndTheDefaultsPrinted() throws {
        let folder = try configFolder("# mine\nbind generic j move-dwn\n")
        defer { try? FileManager.default.removeItem(at: folder) }
        let run = try ESS.run(["keys"], environment: ["XDG_CONFIG_HOME": folder.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.first == "ess: \(folder.path)/ess/config:2:16: unknown command 'move-dwn' (did you mean move-down, move-up, move-first?)")
        #expect(run.stderr.contains("the defaults are used until it is fixed"))
        #expect(run.stdoutLines.contains("bind generic j          move-down"))
    }
}
