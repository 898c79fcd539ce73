import ESSModel
import Foundation
import Testing

/// The package's folders: `seeds/` and the source documents, which stay outside the project in
/// `shared/seeds` beside the package (or beside the folder holding it, for a worktree).
private enum Folders {
    static let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent()
    static let seeds = package.appendingPathComponent("seeds")
    static let documents: URL? = {
        var folder = package
        for _ in 0..<3 {
            folder = folder.deletingLastPathComponent()
            let candidate = folder.appendingPathComponent("shared/seeds")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent(documentFiles[0]).path) { return candidate }
        }
        return nil
    }()
}

@Suite("Built-in catalogue: evidence behind every fact")
struct BuiltInEvidenceTests {
    /// Every link to a person or an organisation, every figure and every event says where its passage is.
    @Test func everyLinkToAPersonOrOrganisationEveryFigureAndEveryEventHasALocator() throws {
        let catalogue = try BuiltIn.catalogue()
        var missing: [String] = []
        let holders: [any CatalogueRecord] = catalogue.programmes + catalogue.actors + catalogue.people + catalogue.events
        for record in holders {
            let links = (record as? Programme)?.allLinks ?? record.links
            for link in links where [.actor, .person].contains(catalogue.type(of: link.target)) && link.evidence == nil {
                missing.append("\(record.id) → \(link.target) (\(link.role.rawValue))")
            }
            let figures = (record as? Programme)?.figures ?? (record as? Event)?.figures ?? []
            for figure in figures where figure.evidence == nil {
                missing.append("\(record.id): figure \(Formatting.number(figure.value, .fr)) \(figure.label)")
            }
            if let event = record as? Event, event.evidence == nil { missing.append("event \(event.id)") }
        }
        #expect(missing.isEmpty, "\(missing.count) facts without a locator:\n\(missing.joined(separator: "\n"))")
    }

    /// The seed files, loaded with the documents: every locator finds its sentence in its paragraph.
    @Test func everyLocatorFindsItsSentenceInTheSourceDocuments() throws {
        let folder = try #require(Folders.documents, "shared/seeds not found beside the package")
        let documents = try SourceDocuments.read(folder: folder).get()
        let result = CatalogueLoader.load(directory: Folders.seeds, documents: documents)
        if case .failure(let errors) = result { Issue.record("locators that find no sentence:\n\(errors)") }
        #expect(((try? result.get())?.locatorCount ?? 0) > 0)
    }

    /// The compiled catalogue keeps every locator the seed files hold.
    @Test func theCompiledCatalogueKeepsTheLocators() throws {
        let fromFiles = try CatalogueLoader.load(directory: Folders.seeds).get()
        let compiled = try BuiltIn.catalogue()
        #expect(compiled.locatorCount == fromFiles.locatorCount)
        #expect(compiled.contents == fromFiles.contents)
    }
}
