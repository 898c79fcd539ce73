import Foundation
import ProcessTestSupport
import Testing

/// The real `ess` binary in a real terminal (tmux), driven by keys as a person would, and read back
/// from the screen: start, move, filter, follow a link and come back, region filter, help, search,
/// resize, quit with the terminal restored.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct BrowserEndToEndTests {
    /// Starts the browser in French at `width` × `height`, wrapped so that the exit status and the
    /// terminal modes show once it ends.
    func start(width: Int = 80, height: Int = 24, language: String = "fr_FR.UTF-8",
               arguments: String = "") throws -> TmuxSession {
        let binary = try ESSBinary.binary().path
        let command = TmuxSession.shellQuoted(binary) + (arguments.isEmpty ? "" : " " + arguments)
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(command),
                                      width: width, height: height, environment: ["LC_ALL": language])
        return session
    }

    /// The list pane's part of the row showing the selected record (`│▶Name …`).
    func selectedListRow(_ screen: [String]) -> String? {
        screen.first { $0.hasPrefix("│▶") }?.components(separatedBy: "││").first
    }

    /// Presses ↓ in the detail pane until a link (`→`) is under the cursor.
    func moveToALink(_ session: TmuxSession) throws -> [String] {
        for _ in 0..<120 {
            try session.send(keys: "j")
            let screen = try session.capture()
            if screen.contains(where: { $0.contains("││▶") && $0.contains("→") }) { return screen }
        }
        throw TmuxError.timedOut(waitingFor: "a link under the cursor", screen: try session.capture())
    }

    @Test func startsMovesFollowsALinkAndComesBack() throws {
        let session = try start()
        defer { session.kill() }
        var screen = try session.waitFor(text: "? aide  q quitter")
        #expect(screen.count == 24)
        #expect(screen[0].hasPrefix(" [1 Programmes] 2 Acteurs"))
        #expect(screen[2].contains("Programmes (11)"))
        let first = try #require(selectedListRow(screen))
        let firstRow = screen.firstIndex(of: first)

        try session.send(keys: "j")
        screen = try session.waitUntil("the selection to move down") { selectedListRow($0) != first }
        let second = try #require(selectedListRow(screen))
        #expect(screen.firstIndex(of: second).map { $0 - 1 } == firstRow)

        try session.send(keys: "Tab")
        try session.waitFor(text: "Entrée suivre")
        screen = try moveToALink(session)
        try session.send(keys: "Enter")
        screen = try session.waitUntil("the trail to grow") { $0.count > 1 && $0[1].contains(" › ") }
        #expect(screen[1].hasPrefix(" Parcours : "))

        try session.send(keys: "BSpace")
        screen = try session.waitUntil("the trail to come back") { $0.count > 1 && !$0[1].contains(" › ") }
        #expect(selectedListRow(screen) == second, "back returns to the record the link was followed from")
        try session.send(keys: "l")
        try session.waitUntil("forward to follow the link again") { $0.count > 1 && $0[1].contains(" › ") }

        try session.send(keys: "q")
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 0)
        #expect(state.echo && state.canonical, "stty after quitting: \(state.screen.joined(separator: "\n"))")
    }

    @Test func filtersAsYouTypeThenKeepsOrClearsTheFilter() throws {
        let session = try start()
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "/")
        try session.type("LOIRE")
        var screen = try session.waitFor(texts: "│/LOIRE", "Programmes (2/11)")
        #expect(screen.filter { $0.hasPrefix("│▶") || $0.hasPrefix("│ ") }.contains { $0.contains("Pays de l") })
        try session.send(keys: "Enter")
        try session.waitFor(text: "Entrée ouvrir")
        try session.send(keys: "/")
        try session.send(keys: "Escape")
        screen = try session.waitFor(text: "Programmes (11)")
        #expect(!screen[0].contains("Filtre"))

        // Accent-insensitive: "etienne" finds Saint-Étienne in the actors.
        try session.send(keys: "2")
        try session.waitFor(text: "[2 Acteurs]")
        try session.send(keys: "/")
        try session.type("etienne")
        screen = try session.waitFor(texts: "│/etienne", "│ Saint-Étienne Métropo")
        try session.send(keys: "C-c")
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 0, "Ctrl-C quits cleanly")
        #expect(state.isRestored)
    }

    @Test func regionFilterAppliesAcrossTheReformAndClears() throws {
        let session = try start()
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "r")
        try session.waitFor(text: "Choisir une région")
        try session.type("rhone alpes")
        var screen = try session.waitFor(text: "Rhône-Alpes → Auvergne-Rhône-Alpes")
        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "Région : Auvergne-Rhône-Alpes")
        let count = try #require(screen[2].firstMatch(of: /Programmes \((\d+)\/11\)/)).1
        #expect(Int(count)! > 0 && Int(count)! < 11)
        #expect(screen.contains { $0.contains("PROGRESS") }, "PROGRESS, in the Roannais, is in Auvergne-Rhône-Alpes")
        #expect(!screen.contains { $0.contains("Schéma métropolitain") }, "Rennes is not")

        // The region holds in every section.
        try session.send(keys: "4")
        screen = try session.waitFor(text: "[4 Territoires]")
        #expect(screen[0].contains("Région : Auvergne-Rhône-Alpes"))

        try session.send(keys: "R")
        screen = try session.waitUntil("the region filter to clear") { !$0[0].contains("Région :") }
        try session.send(keys: "1")
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func searchOpensARecordInItsSection() throws {
        let session = try start()
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "s")
        try session.waitFor(text: "Rechercher dans tout le catalogue")
        try session.type("cress")
        try session.waitUntil("results for cress") { screen in screen.contains { $0.contains("CRESS Rhône-Alpes") } }
        try session.send(keys: "Enter")
        let screen = try session.waitUntil("a record opened from the search") { screen in
            !screen.contains { $0.contains("Rechercher dans tout le catalogue") }
        }
        #expect(screen[0].contains("[2 Acteurs]"), "a CRESS opens in the actors section")
        #expect(screen.contains { $0.contains("CRESS") })
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func helpOverlayListsEveryKeyAndEscapeClosesIt() throws {
        let session = try start()
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "?")
        let screen = try session.waitFor(text: "Aide — toutes les touches")
        let text = screen.joined(separator: "\n")
        #expect(text.contains("Entrée") && text.contains("Tab"))
        try session.send(keys: "Escape")
        try session.waitUntil("the help to close") { !$0.contains { $0.contains("Aide — toutes les touches") } }
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func timelineShowsPeriodsAndEvents() throws {
        let session = try start(width: 120, height: 40)
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.send(keys: "5")
        let screen = try session.waitFor(text: "Périodes des programmes")
        #expect(screen.contains { $0.contains("Événements (") })
        #expect(screen.contains { $0.contains("2017") })
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func resizingBelowTheMinimumAndBackRedrawsAtOnce() throws {
        let session = try start()
        defer { session.kill() }
        try session.waitFor(text: "Programmes (11)")
        try session.resize(width: 60, height: 20)
        var screen = try session.waitFor(texts: "terminal trop petit (80×24 minimum)", "taille actuelle : 60×20")
        try session.resize(width: 160, height: 50)
        screen = try session.waitFor(text: "Programmes (11)")
        #expect(screen.count == 50)
        let footer = try #require(screen.last { !$0.isEmpty })
        #expect(footer.contains("? aide  q quitter"))
        let listTop = try #require(screen.first { $0.contains("Programmes (11)") })
        #expect(listTop.count >= 150, "the panes fill the wider terminal: \(listTop)")
        // A title that was cut at 80 columns is whole at 160.
        #expect(screen.contains { $0.contains("Contrat économique sectoriel ESS") })
        try session.resize(width: 80, height: 24)
        screen = try session.waitUntil("the 80×24 layout again") { $0.count == 24 && $0[2].contains("Programmes (11)") }
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func speaksEnglishWhenTheLocaleIsEnglish() throws {
        let session = try start(language: "en_US.UTF-8")
        defer { session.kill() }
        let screen = try session.waitFor(text: "? help  q quit")
        #expect(screen[0].contains("2 Actors"))
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().isRestored)
    }

    @Test func withoutATerminalPointsToTheSubcommandsAndExitsTwo() throws {
        let binary = try ESSBinary.binary().path
        let session = try TmuxSession(command: TmuxSession.commandReportingTerminalState(
            TmuxSession.shellQuoted(binary) + " | cat"))
        defer { session.kill() }
        let state = try session.waitForTerminalState()
        // `sh` reports the status of `cat`; the message is what matters here, the status is
        // checked through a pipe-free run below.
        #expect(state.screen.joined(separator: "\n").contains("ess list"))
        let direct = try TmuxSession(command: TmuxSession.commandReportingTerminalState(
            TmuxSession.shellQuoted(binary) + " < /dev/null"))
        defer { direct.kill() }
        #expect(try direct.waitForTerminalState().exitStatus == 2)
    }
}
