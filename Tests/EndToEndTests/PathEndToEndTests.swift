import Foundation
import ProcessTestSupport
import Testing

/// `p` and `X` in the real binary: a target typed and chosen, a step followed and come back
/// from; the neighbourhood tree unfolded and a node followed.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct PathEndToEndTests {
    func start() throws -> TmuxSession {
        let binary = try ESSBinary.binary().path
        return try TmuxSession(command: TmuxSession.commandReportingTerminalState(TmuxSession.shellQuoted(binary)),
                               width: 80, height: 24, environment: ["LC_ALL": "fr_FR.UTF-8"])
    }

    /// Samuel Jabrin's page, from the People list filtered to him.
    func openJabrin(_ session: TmuxSession) throws {
        try session.waitFor(text: "? aide  q quitter")
        try session.send(keys: "3")
        try session.send(keys: "/")
        try session.type("jabrin")
        try session.send(keys: "Enter")
        try session.send(keys: "Enter")
        try session.waitFor(text: "Parcours : Samuel Jabrin")
    }

    @Test func pathToATargetThenAStepFollowedAndBack() throws {
        let session = try start()
        defer { session.kill() }
        try openJabrin(session)
        try session.send(keys: "p")
        try session.waitFor(text: "Chemin depuis Samuel Jabrin")
        try session.type("loire active")
        try session.waitFor(text: "Loire Active")
        try session.send(keys: "Enter")
        var screen = try session.waitFor(texts: "2 liens", "Élu·e de → Grand Roanne Agglomération", "A créé → Loire Active")
        #expect(screen.contains { $0.contains("▶└─ Élu·e de") }, "the first step is selected")
        try session.send(keys: "Down")
        try session.waitFor(text: "▶   └─ A créé")
        try session.send(keys: "Enter")
        screen = try session.waitFor(text: "Samuel Jabrin › Loire Active")
        #expect(!screen.contains { $0.contains("Chemin depuis") }, "the overlay closed on the step followed")
        try session.send(keys: "BSpace")
        screen = try session.waitUntil("the trail to come back") { $0.count > 1 && !$0[1].contains(" › ") }
        #expect(screen[1].contains("Samuel Jabrin"))
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().exitStatus == 0)
    }

    @Test func neighbourhoodUnfoldsAndFollows() throws {
        let session = try start()
        defer { session.kill() }
        try openJabrin(session)
        try session.send(keys: "X")
        var screen = try session.waitFor(text: "Voisinage de Samuel Jabrin")
        #expect(screen.contains { $0.contains("▸ Élu·e de : Grand Roanne Agglomération") }, "\(screen.joined(separator: "\n"))")
        try session.send(keys: "Down")
        try session.send(keys: "Space")
        screen = try session.waitFor(text: "▾ Élu·e de : Grand Roanne Agglomération")
        #expect(screen.contains { $0.contains("(déjà plus haut)") }, "the way back to Samuel Jabrin is a cycle")
        #expect(screen.contains { $0.contains("A créé : Loire Active") })
        try session.send(keys: "Enter")
        try session.waitFor(text: "Samuel Jabrin › Grand Roanne Agglomération")
        try session.send(keys: "BSpace")
        try session.waitUntil("the trail to come back") { $0.count > 1 && !$0[1].contains(" › ") }
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().exitStatus == 0)
    }
}
