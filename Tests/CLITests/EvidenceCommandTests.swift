import Foundation
import Testing

/// A document of three paragraphs (blank lines do not count) and a catalogue pointing into it.
private let documentText = """
    Titre du document

    Grâce à une convention d’objectifs qui nous lie, la CRESS anime le réseau. Près de 200 acteurs y sont associés.

    Un Pôle « ressource » devrait voir le jour début 2011.
    """

private let evidenceYAML = """
    actors:
      - id: cress
        name: CRESS Test
        acronym: CRESS
        kind: cress
        sources: [doc]
      - id: cress-bis
        name: Autre CRESS
        acronym: CRESS
        kind: cress
        sources: [doc]
    programmes:
      - id: prog
        name: Programme Test
        kind: programme-territorial
        figures:
          - {value: 200, unit: acteurs, label: associés, approximate: true, evidence: {paragraph: 2, opening: "Près de 200 acteurs"}}
        links:
          - {target: cress, role: partenaire, evidence: {paragraph: 2, opening: "Grâce à une convention"}}
        sources: [doc]
      - id: prog-2
        name: Second programme
        kind: reseau
        links:
          - {target: cress, role: membre}
        sources: [doc]
    events:
      - id: pole
        title: Pôle
        evidence: {paragraph: 3, opening: "Un Pôle ressource"}
        basis: announced
        links:
          - {target: prog, role: etape-de}
        sources: [doc]
    """

private func evidenceFolders(_ yaml: String = evidenceYAML) throws -> (data: DataFolder, documents: DataFolder) {
    (try DataFolder(["base.yaml": baseYAML, "records.yaml": yaml]), try DataFolder(["000_doc.txt": documentText]))
}

@Suite("ess validate --sources, ess show --evidence")
struct EvidenceCommandTests {
    @Test func validateChecksEveryLocatorAgainstTheDocuments() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["validate", data.path, "--sources", documents.path])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stdout.hasSuffix("; 3 locators checked against \(documents.path)\n"), "\(run.stdout)")
        let environment = try ESS.run(["validate", data.path], environment: ["ESS_SOURCES": documents.path])
        #expect(environment.stdout == run.stdout)
    }

    @Test func aLocatorThatFindsNoSentenceIsALocatedErrorWithTheClosestSentence() throws {
        let broken = evidenceYAML
            .replacingOccurrences(of: "opening: \"Près de 200 acteurs\"", with: "opening: \"Pres de 300 acteurs\"")
            .replacingOccurrences(of: "{paragraph: 3, opening: \"Un Pôle", with: "{paragraph: 2, opening: \"Un Pôle")
            .replacingOccurrences(of: "opening: \"Grâce à une convention\"", with: "opening: \"Grace a une convention\"")
        let (data, documents) = try evidenceFolders(broken)
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["validate", data.path, "--sources", documents.path])
        #expect(run.status == 1)
        #expect(run.stderrLines.filter { $0.contains("error:") || $0.contains("hint:") } == [
            "\(data.path)/records.yaml:17:107: error: no sentence of paragraph 2 of 000_doc.txt starts with \"Pres de 300 acteurs\"",
            "    hint: the closest sentence of the paragraph starts: \"Près de 200 acteurs y sont associés.\"",
            // Accents are part of the words: only case, spaces, apostrophes and quotation marks are normalised.
            "\(data.path)/records.yaml:19:77: error: no sentence of paragraph 2 of 000_doc.txt starts with \"Grace a une convention\"",
            "    hint: the closest sentence of the paragraph starts: \"Grâce à une convention d’objectifs qui nous lie, la CRESS anime le…\"",
            "\(data.path)/records.yaml:30:39: error: no sentence of paragraph 2 of 000_doc.txt starts with \"Un Pôle ressource\"",
            "    hint: this sentence is in paragraph 3: write `paragraph: 3`",
        ])
    }

    @Test func aMissingDocumentsFolderIsAClearError() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["validate", data.path, "--sources", documents.path + "/nowhere"])
        #expect(run.status == 1)
        #expect(run.stderrLines.first == "ess: \(documents.path)/nowhere: no such folder")
    }

    @Test func showEvidencePrintsEachFactWithItsLocatorAndWithSourcesItsSentence() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["show", "prog", "--evidence", "--data", data.path, "--lang", "fr"])
        #expect(run.status == 0, "\(run.stderr)")
        let lines = run.stdout.components(separatedBy: "\n")
        let start = try #require(lines.firstIndex(of: "Sources des faits"))
        #expect(Array(lines[start...].prefix(5)) == [
            "Sources des faits",
            "  • env. 200 acteurs · associés — 000_doc.txt § 2 « Près de 200 acteurs… »",
            "  • Partenaires : CRESS Test — 000_doc.txt § 2 « Grâce à une convention… »",
            "  • Événement : Pôle [annoncé] — 000_doc.txt § 3 « Un Pôle ressource… »",
            "id: prog",
        ])
        let withSentences = try ESS.run(["show", "prog", "--evidence", "--data", data.path, "--lang", "fr", "--sources", documents.path])
        #expect(withSentences.stdout.contains("    « Près de 200 acteurs y sont associés. »\n"), "\(withSentences.stdout)")
    }

    @Test func pagesMarkAnnouncedFactsAndApproximateFiguresByWords() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["show", "prog", "--data", data.path, "--lang", "en"])
        #expect(run.stdout.contains("  • about 200 acteurs — associés\n"), "\(run.stdout)")
        #expect(run.stdout.contains("Pôle — date not given · [announced]"), "\(run.stdout)")
    }

    @Test func anAmbiguousAcronymListsTheCandidatesAndExits1() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["show", "CRESS", "--data", data.path])
        #expect(run.status == 1)
        #expect(run.stdout == "")
        #expect(run.stderr == "ess: 'CRESS' names 2 records: cress (CRESS Test), cress-bis (Autre CRESS) — give the id of the one you mean\n")
        for acronym in ["CRESS", "DIRECCTE"] {
            let builtIn = try ESS.run(["show", acronym])
            #expect(builtIn.status == 1 && builtIn.stderr.contains("names 2 records"), "\(builtIn.stderr)")
        }
    }
}

@Suite("ess list actors --in, --shared")
struct SharedActorsCommandTests {
    @Test func actorsLinkedToAllTheProgrammesGiven() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let both = try ESS.run(["list", "actors", "--in", "prog", "--in", "Second programme", "--data", data.path, "--format", "csv"])
        #expect(both.status == 0, "\(both.stderr)")
        #expect(both.stdout.components(separatedBy: "\r\n").dropFirst().map { $0.split(separator: ",").first.map(String.init) ?? "" }
                == ["cress", ""])
        let shared = try ESS.run(["list", "actors", "--shared", "--data", data.path, "--format", "csv"])
        #expect(shared.stdout == both.stdout)
        let one = try ESS.run(["list", "actors", "--in", "prog-2", "--data", data.path, "--format", "csv"])
        #expect(one.stdout == both.stdout)
    }

    @Test func aProgrammeThatDoesNotExistOrIsNotAProgrammeIsAnError() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let unknown = try ESS.run(["list", "actors", "--in", "prgo", "--data", data.path])
        #expect(unknown.status == 1)
        #expect(unknown.stderr == "ess: unknown programme 'prgo' — did you mean 'prog'?\n")
        let actor = try ESS.run(["list", "actors", "--in", "cress", "--data", data.path])
        #expect(actor.status == 1)
        #expect(actor.stderr == "ess: 'cress' is CRESS Test (cress), not a programme\n")
        let events = try ESS.run(["list", "events", "--shared", "--data", data.path])
        #expect(events.status != 0)
    }

    @Test func programmePagesSayWhichOtherProgrammesAnActorIsIn() throws {
        let (data, documents) = try evidenceFolders()
        defer { data.remove(); documents.remove() }
        let run = try ESS.run(["show", "prog", "--data", data.path, "--lang", "fr"])
        #expect(run.stdout.contains("→ CRESS Test — CRESS · aussi dans : Second programme [cress]"), "\(run.stdout)")
    }
}
