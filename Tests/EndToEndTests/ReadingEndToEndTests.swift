import Foundation
import ProcessTestSupport
import Testing

/// Reading at 80×24 in the real binary (issue 13, item 1): the list's names readable with their
/// acronyms, `]` bringing the next heading to the top of the page, `t` listing the headings and
/// Enter going to one.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct ReadingEndToEndTests {
    func start() throws -> TmuxSession {
        let binary = try ESSBinary.binary().path
        return try TmuxSession(command: TmuxSession.commandReportingTerminalState(TmuxSession.shellQuoted(binary)),
                               width: 80, height: 24, environment: ["LC_ALL": "fr_FR.UTF-8"])
    }

    @Test func namesHeadingsAndTheTableOfContentsAt80x24() throws {
        let session = try start()
        defer { session.kill() }
        var screen = try session.waitFor(text: "? aide  q quitter")
        // The list gives the row to the name, acronym first: the two Pays de la Loire schemes
        // that read « Stratégie régionale d… » and « Schéma régional de dé… » are told apart.
        #expect(screen.contains { $0.hasPrefix("│ SRESS — Stratégie régionale de l…││") })
        #expect(screen.contains { $0.hasPrefix("│ SRDEII — Schéma régional de déve…││") })
        #expect(screen.contains { $0.hasPrefix("│ Contrat économique sectoriel ESS ││") })

        try session.send(keys: "]")
        screen = try session.waitUntil("the page to scroll to its next heading") { $0.count > 3 && $0[3].contains("││ Résumé ") }
        #expect(screen[2].contains("▲"), "the page shows it is scrolled")

        try session.send(keys: "t")
        screen = try session.waitFor(text: "Sommaire · ")
        #expect(screen.contains { $0.contains("│▶   Résumé") })
        #expect(screen[23].hasPrefix(" ↑↓ déplacer  Entrée aller  Échap fermer"))
        try session.send(keys: "j")
        try session.waitFor(text: "│▶   Liens")
        try session.send(keys: "Enter")
        screen = try session.waitUntil("the page to show its links at the top") { $0.count > 3 && $0[3].contains("││ Liens ") }
        #expect(!screen.contains { $0.contains("Sommaire") }, "Enter closes the contents")

        try session.send(keys: "q")
        let state = try session.waitForTerminalState()
        #expect(state.exitStatus == 0)
    }
}
