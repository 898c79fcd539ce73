import Foundation
import ProcessTestSupport
import Testing

/// The real `ess` drawing the map in tmux over the 1,000-row sample: `m`, the cursor, Enter to
/// the département's actors, Backspace back to the map, a resize, and `ess map` piped.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct MapEndToEndTests {
    let helper = DirectoryBrowserEndToEndTests()

    @Test func theMapInTheRealTerminal() throws {
        let (folder, database) = try helper.importedDirectory()
        defer { try? FileManager.default.removeItem(at: folder) }
        let session = try helper.openBrowser(on: database)
        defer { session.kill() }

        try session.send(keys: "m")
        var screen = try session.waitFor(text: "acteurs importés", timeout: .seconds(20))
        #expect(screen[0].contains("[6 Carte]"))
        #expect(screen[2].hasPrefix(" Rhône (69) · Auvergne-Rhône-Alpes : "), "\(screen[2])")
        #expect(screen.contains { $0.contains("Acteurs importés par") })
        #expect(screen.contains { $0.contains("aucun") })
        #expect(screen.contains { $0.contains("971") })
        let braille = screen.joined().unicodeScalars.filter { $0.value > 0x2800 && $0.value <= 0x28FF }.count
        #expect(braille > 400, "the map is drawn in braille: \(braille) cells")

        try session.send(keys: "Left")
        screen = try session.waitFor(text: "Loire (42)")
        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "[2 Acteurs]")
        #expect(screen.contains { $0.contains("Acteurs importés · Loire (42)") }, "\(screen)")
        try session.send(keys: "BSpace")
        // The counts come back from the directory after the frame that shows the section again.
        screen = try session.waitUntil("the map back, with the Loire's counts") { lines in
            lines.contains { $0.contains("[6 Carte]") } && lines.count > 2
                && lines[2].hasPrefix(" Loire (42) · Auvergne-Rhône-Alpes : ")
        }

        try session.resize(width: 120, height: 40)
        screen = try session.waitUntil("the map redrawn at 120×40") { lines in
            lines.count == 40 && lines[39].contains("aide")
        }
        #expect(screen.contains { $0.contains("974") })
        try session.send(keys: "q")
    }
}
