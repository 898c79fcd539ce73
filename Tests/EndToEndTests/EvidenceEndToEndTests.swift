import Foundation
import ProcessTestSupport
import Testing

/// `e` in the real binary: with `--sources`, it opens the document at the passage; without, it
/// shows the locator in an overlay.
@Suite(.enabled(if: TmuxSession.isAvailable, "tmux is not installed"))
struct EvidenceEndToEndTests {
    static let catalogue = """
        sources:
          - {id: doc, title: Le document, file: 000_doc.txt}
        actors:
          - {id: cress, name: CRESS Test, kind: cress, sources: [doc]}
        programmes:
          - id: prog
            name: Programme Test
            kind: programme-territorial
            links:
              - {target: cress, role: partenaire, basis: interpreted, evidence: {paragraph: 2, opening: "Grâce à une convention"}}
            sources: [doc]
        """

    static let document = """
        Un titre

        Grâce à une convention d’objectifs, la CRESS anime le réseau.
        """

    /// A folder holding `name` with `text`, removed by the caller.
    func folder(_ name: String, _ text: String) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("ess-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: url.appendingPathComponent(name))
        return url
    }

    func start(_ arguments: String) throws -> TmuxSession {
        let command = TmuxSession.shellQuoted(try ESSBinary.binary().path) + " " + arguments
        return try TmuxSession(command: TmuxSession.commandReportingTerminalState(command), width: 80, height: 24,
                               environment: ["LC_ALL": "fr_FR.UTF-8"])
    }

    @Test func eOpensTheDocumentAtThePassageOrShowsTheLocator() throws {
        let data = try folder("catalogue.yaml", Self.catalogue)
        let documents = try folder("000_doc.txt", Self.document)
        defer { try? FileManager.default.removeItem(at: data); try? FileManager.default.removeItem(at: documents) }

        let session = try start("browse --data " + TmuxSession.shellQuoted(data.path) + " --sources "
                                + TmuxSession.shellQuoted(documents.path))
        defer { session.kill() }
        try session.waitFor(text: "Programmes (1)")
        try session.send(keys: "Tab")
        try session.waitFor(text: "[interprété]")
        try session.send(keys: "e")
        var screen = try session.waitFor(texts: "Parcours : Programme Test › Le document", "Document (1 passage cité)")
        #expect(screen.contains { $0.contains("§ 2 [1] Grâce à une convention") }, "\(screen.joined(separator: "\n"))")
        #expect(screen.contains { $0.contains("▶  → [1] Programme Test") }, "\(screen.joined(separator: "\n"))")
        try session.send(keys: "BSpace")
        screen = try session.waitUntil("the trail to come back") { $0.count > 1 && !$0[1].contains(" › ") }
        try session.send(keys: "q")
        #expect(try session.waitForTerminalState().exitStatus == 0)

        let bare = try start("browse --data " + TmuxSession.shellQuoted(data.path))
        defer { bare.kill() }
        try bare.waitFor(text: "Programmes (1)")
        try bare.send(keys: "Tab")
        try bare.waitFor(text: "[interprété]")
        try bare.send(keys: "e")
        screen = try bare.waitFor(texts: "Sources des faits · Programme Test", "Document : Le document (000_doc.txt), § 2",
                                  "« Grâce à une convention… »")
        try bare.send(keys: "Escape")
        try bare.waitUntil("the overlay to close") { !$0.contains { $0.contains("Sources des faits") } }
        try bare.send(keys: "q")
        #expect(try bare.waitForTerminalState().exitStatus == 0)
    }
}
