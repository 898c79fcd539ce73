import ESSModel
import Foundation
import Testing

/// A fresh folder under the temporary directory, removed by `remove()`.
struct TemporaryFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("ess-model-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    var path: String { url.path }

    @discardableResult
    func write(_ relativePath: String, _ contents: String) throws -> URL {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(contents.utf8).write(to: file)
        return file
    }

    func remove() {
        // Restore permissions a test may have removed, so the folder can be deleted.
        if let enumerator = FileManager.default.enumerator(atPath: path) {
            for case let item as String in enumerator {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(item).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}

private let recordsYAML = """
    actors:
      - id: loire-active
        name: Loire Active
        kind: financeur
        territories: [france]
        sources: [doc]

    """

/// Whether this process can read a file whatever its permissions (root can).
private let readsEverything: Bool = {
    guard let folder = try? TemporaryFolder() else { return true }
    defer { folder.remove() }
    guard let file = try? folder.write("probe.yaml", "x") else { return true }
    try? FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
    return FileManager.default.contents(atPath: file.path) != nil
}()

@Suite("Loader: folders")
struct LoaderFolderTests {
    @Test func folderOfYAMLFilesLoads() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("records.yaml", recordsYAML)
        let catalogue = try CatalogueLoader.load(directory: folder.url).get()
        #expect(catalogue.allIDs.map(\.rawValue) == ["loire-active", "france", "doc"])
    }

    @Test func missingFolder() throws {
        let missing = FileManager.default.temporaryDirectory.appendingPathComponent("ess-no-such-\(UUID().uuidString)")
        let found = try diagnostics(of: CatalogueLoader.load(directory: missing))
        #expect(found.map(\.line) == ["\(missing.path):1:1: no such folder"])
        #expect(found.first?.hint == "give the folder that holds the catalogue's .yaml files (--data DIR or ESS_DATA)")
    }

    @Test func aFileInsteadOfAFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let file = try folder.write("base.yaml", baseYAML)
        let found = try diagnostics(of: CatalogueLoader.load(directory: file))
        #expect(found.map(\.line) == ["\(file.path):1:1: not a folder"])
    }

    @Test func emptyFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path):1:1: no .yaml files in this folder"])
        #expect(found.first?.hint == "a catalogue is a folder of .yaml files; see docs/catalogue.md")
    }

    @Test func nonYAMLAndHiddenFilesAreIgnored() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("README.txt", "actors: [this is not read: {")
        try folder.write("notes.yaml.bak", "\u{0}\u{1}garbage")
        try folder.write(".hidden.yaml", "not: [valid")
        try folder.write("more.yml", recordsYAML)
        let catalogue = try CatalogueLoader.load(directory: folder.url).get()
        #expect(catalogue.allIDs.map(\.rawValue) == ["loire-active", "france", "doc"])
    }

    @Test func nestedFoldersAreRead() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("programmes/deep/er/records.yaml", recordsYAML)
        let catalogue = try CatalogueLoader.load(directory: folder.url).get()
        #expect(catalogue.actor("loire-active")?.name == "Loire Active")
    }

    @Test func diagnosticsNameTheFileInsideTheFolder() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("sub/bad.yaml", "people:\n  - id: p\n    name: P\n    sources: [dox]\n")
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path)/sub/bad.yaml:4:15: unknown reference 'dox' in 'sources'"])
    }

    @Test func symlinkLoopIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("sub/records.yaml", recordsYAML)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/sub/loop", withDestinationPath: "..")
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path)/sub/loop:1:1: symbolic link loop: this folder is already being read"])
        #expect(found.first?.hint == "remove the link that points back into the catalogue")
    }

    @Test func twoLinksToOneFolderAreNotALoop() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("shared/records.yaml", recordsYAML)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/zlink", withDestinationPath: "shared")
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path)/zlink:1:1: this folder was already read as \(folder.path)/shared"])
    }

    @Test func brokenSymlinkIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try FileManager.default.createSymbolicLink(atPath: folder.path + "/gone.yaml", withDestinationPath: "nowhere.yaml")
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path)/gone.yaml:1:1: broken symbolic link or unreadable entry"])
    }

    @Test(.enabled(if: !readsEverything, "this process reads files whatever their permissions (root)"))
    func unreadableFileIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        let file = try folder.write("secret.yaml", recordsYAML)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: file.path)
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(file.path):1:1: cannot read file"])
        #expect(found.first?.hint == "check its permissions")
    }

    @Test(.enabled(if: !readsEverything, "this process reads folders whatever their permissions (root)"))
    func unreadableSubfolderIsReported() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("locked/records.yaml", recordsYAML)
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: folder.path + "/locked")
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == ["\(folder.path)/locked:1:1: cannot read folder"])
    }

    @Test func filesAreReadInPathOrderSoDuplicatesPointBackToTheFirst() throws {
        let folder = try TemporaryFolder()
        defer { folder.remove() }
        try folder.write("base.yaml", baseYAML)
        try folder.write("b/x.yaml", recordsYAML)
        try folder.write("a.yaml", recordsYAML)
        let found = try diagnostics(of: CatalogueLoader.load(directory: folder.url))
        #expect(found.map(\.line) == [
            "\(folder.path)/b/x.yaml:2:9: duplicate id 'loire-active', first defined at \(folder.path)/a.yaml:2:9",
        ])
    }
}
