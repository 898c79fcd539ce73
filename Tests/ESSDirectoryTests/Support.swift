import ESSDirectory
import ESSModel
import ESSSeeds
import Foundation

/// The built-in catalogue's places, shared by the suites.
let builtInPlaces: PlaceIndex = PlaceIndex(catalogue: try! BuiltInCatalogue.load().get())

/// A committed sample file under Tests/Fixtures/directory.
func fixture(_ name: String) -> URL {
    URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fixtures/directory/\(name)")
}

/// A scratch folder removed by `remove()`, with helpers for files and a directory database.
struct Scratch {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("ess-directory-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    func file(_ name: String, _ contents: String) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(contents.utf8).write(to: file)
        return file
    }

    func file(_ name: String, bytes: [UInt8]) throws -> URL {
        let file = url.appendingPathComponent(name)
        try Data(bytes).write(to: file)
        return file
    }

    var databasePath: String { url.appendingPathComponent("directory.sqlite").path }

    func database() throws -> DirectoryDatabase { try DirectoryDatabase(path: databasePath, create: true) }

    func importer() throws -> DirectoryImporter { DirectoryImporter(database: try database(), places: builtInPlaces) }

    func remove() { try? FileManager.default.removeItem(at: url) }
}

let essFranceHeader = "SIREN;Nom ou raison sociale de l'entreprise;Famille juridique de l'entreprise;Code postal;"
    + "Libellé de la commune de l'établissement;Code du département de l'établissement;"
    + "Département de l'établissement;Région de l'établissement"
