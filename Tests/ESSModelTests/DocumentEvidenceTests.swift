import ESSModel
import ESSSeeds
import Foundation
import Testing

/// The five source documents, found as `shared/seeds` beside the package or beside one of its parent
/// folders (a git worktree lives one level further down), or in `ESS_SOURCES`.
enum SharedDocuments {
    static func folder() throws -> URL {
        if let given = ProcessInfo.processInfo.environment["ESS_SOURCES"], !given.isEmpty {
            return URL(fileURLWithPath: given)
        }
        var root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        while root.path != "/" {
            let candidate = root.deletingLastPathComponent().appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(documentFiles[0]).path) {
                return candidate
            }
            root = root.deletingLastPathComponent()
        }
        Issue.record("the source documents (shared/seeds) are not beside the package; set ESS_SOURCES to their folder")
        throw LoadFailed()
    }

    static func read() throws -> SourceDocuments {
        try SourceDocuments.read(folder: folder()).get()
    }
}

@Suite("Built-in catalogue: the passage behind every fact")
struct DocumentEvidenceTests {
    /// Every link to a person or an organisation, every figure and every event has a locator; so do the
    /// other links (to programmes and events) of the built-in catalogue.
    @Test func everyLinkFigureAndEventHasALocator() throws {
        let catalogue = try BuiltIn.catalogue()
        var missing: [String] = []
        func check(_ id: RecordID, _ links: [Link], _ figures: [KeyFigure] = []) {
            missing += links.filter { $0.evidence == nil }.map { "\(id) → \($0.target) (\($0.role.rawValue))" }
            missing += figures.filter { $0.evidence == nil }.map { "\(id): \($0.value) \($0.label)" }
        }
        for programme in catalogue.programmes {
            check(programme.id, programme.links + programme.governance.flatMap(\.members), programme.figures)
        }
        for actor in catalogue.actors { check(actor.id, actor.links) }
        for person in catalogue.people { check(person.id, person.links) }
        for event in catalogue.events {
            check(event.id, event.links, event.figures)
            if event.evidence == nil { missing.append("\(event.id) (the event itself)") }
        }
        #expect(missing == [])
    }

    /// The seed files as they are in the repository, with `change` applied to their text.
    static func seedFiles(_ change: (String) -> String = { $0 }) throws -> [CatalogueFile] {
        let seeds = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds")
        let paths = (FileManager.default.enumerator(atPath: seeds.path)?.compactMap { $0 as? String } ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted()
        return try paths.map { path in
            CatalogueFile(path: "seeds/" + path, contents: change(try String(contentsOf: seeds.appendingPathComponent(path), encoding: .utf8)))
        }
    }

    @Test func everyLocatorFindsItsSentenceInTheDocuments() throws {
        let documents = try SharedDocuments.read()
        #expect(documents.fileNames == documentFiles)
        let catalogue = try BuiltIn.catalogue()
        #expect(LocatorCheck.check(catalogue, documents: documents).map(\.description) == [])
        #expect(catalogue.locatorCount >= 190)
        let located = catalogue.sources.map { catalogue.passages(in: $0.id, language: .fr).count }
        #expect(located.allSatisfy { $0 >= 5 }, "passages per document: \(located)")
        // The seed files themselves, checked with their lines.
        let files = try Self.seedFiles()
        #expect(files.count >= 10)
        if case .failure(let errors) = CatalogueLoader.load(files: files, documents: documents) {
            Issue.record("locators that find no sentence:\n\(errors)")
        }
    }

    /// A catalogue whose locator points one paragraph off fails, with the paragraph that holds the
    /// sentence as the hint: the check above can fail.
    @Test func aLocatorOneParagraphOffIsAnError() throws {
        let documents = try SharedDocuments.read()
        let moved = try Self.seedFiles {
            $0.replacingOccurrences(of: "paragraph: 25, opening: \"*Pourquoi adhérer", with: "paragraph: 24, opening: \"*Pourquoi adhérer")
        }
        #expect(moved.map(\.bytes) != (try Self.seedFiles()).map(\.bytes))
        guard case .failure(let errors) = CatalogueLoader.load(files: moved, documents: documents) else {
            Issue.record("a locator one paragraph off was accepted")
            return
        }
        #expect(errors.diagnostics.count == 1)
        #expect(errors.diagnostics.first?.hint == "this sentence is in paragraph 25: write `paragraph: 25`")
    }

    /// What the audit found approximate is marked so, and nothing else is.
    @Test func approximateFiguresAreTheDocumentsApproximations() throws {
        let catalogue = try BuiltIn.catalogue()
        let figures = catalogue.programmes.flatMap { p in p.figures.map { (p.id, $0) } }
            + catalogue.events.flatMap { e in e.figures.map { (e.id, $0) } }
        let approximate = figures.filter { $0.1.approximate }.map { "\($0.0):\(Int($0.1.value))" }
        #expect(approximate.sorted() == [
            "reseau-ptce-rhone-alpes:15", "sress-pays-de-la-loire:100", "tribune-millier-associatifs-macron:1000",
        ])
    }
}
