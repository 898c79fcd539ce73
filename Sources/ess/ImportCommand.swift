import ArgumentParser
import ESSDirectory
import ESSModel
import ESSSeeds
import Foundation

/// `ess import FILE.csv`: reads a directory of ESS actors into the SQLite directory.
struct Import: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        _superCommandName: "ess",
        abstract: "Import a CSV directory of ESS actors (ESS France's list, INSEE SIRENE, a CRESS file).",
        discussion: """
            One transaction: an interrupted or failed import leaves the directory as it was. A record \
            with the key of an actor already imported replaces it. Bad records are reported with their \
            line and skipped (--strict: the import stops at the first one).

            Examples:
              ess import liste-ess.csv
              ess import StockUniteLegale_utf8.csv --preset sirene --establishments StockEtablissement_utf8.csv
              ess import cress.csv --preset generic --map "Raison sociale=name" --map Siret=key --map CP=postcode
            """)

    @Argument(help: ArgumentHelp("The CSV file (UTF-8, with or without BOM, `,` or `;`).", valueName: "file"))
    var file: String

    @Option(name: .long, help: "ess-france (default), sirene or generic.")
    var preset: ImportPresetArgument = .essFrance

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Read column COLUMN as FIELD (key, siren, name, acronym, legal-family, legal-category, naf, headcount, created, state, ess, postcode, commune, commune-code, departement, siret).",
        valueName: "column=field"))
    var map: [String] = []

    @Option(name: .long, help: ArgumentHelp("sirene: INSEE's establishment file, for each unit's head office.", valueName: "file"))
    var establishments: String?

    @Flag(name: .long, help: "sirene: keep units not flagged ESS too.")
    var all = false

    @Flag(name: .long, help: "Stop at the first bad record and import nothing.")
    var strict = false

    @OptionGroup var directory: DirectoryOptions
    /// The catalogue whose territories place the actors.
    @OptionGroup var catalogueOptions: CatalogueOptions

    func validate() throws {
        _ = try columnMap()
        if establishments != nil && preset != .sirene { throw ValidationError("--establishments goes with --preset sirene") }
        if all && preset != .sirene { throw ValidationError("--all goes with --preset sirene") }
    }

    func columnMap() throws -> [String: ActorField] {
        var result: [String: ActorField] = [:]
        for entry in map {
            guard let equals = entry.lastIndex(of: "="), equals != entry.startIndex else {
                throw ValidationError("--map takes COLUMN=FIELD, not '\(entry)'")
            }
            let name = String(entry[..<equals]), fieldName = String(entry[entry.index(after: equals)...])
            guard let field = ActorField.named(fieldName) else {
                throw ValidationError("--map: unknown field '\(fieldName)'; fields: " + ActorField.allCases.map(\.rawValue).joined(separator: ", "))
            }
            result[name] = field
        }
        return result
    }

    func run() throws {
        let url = URL(fileURLWithPath: file)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue,
              FileManager.default.isReadableFile(atPath: url.path) else {
            Console.error("ess: cannot read \(file)" + (isFolder.boolValue ? ": it is a folder, not a CSV file" : ""))
            throw ExitCode(1)
        }
        let catalogue = try catalogueOptions.loadCatalogue()
        let database: DirectoryDatabase
        // A first import that fails leaves no empty directory behind: later commands say there is none.
        let isFirst = !FileManager.default.fileExists(atPath: directory.path)
        do { database = try DirectoryDatabase(path: directory.path, create: true) } catch {
            if isFirst { removeDatabase() }
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
        let interruption = InterruptionFlag()
        var importer = DirectoryImporter(database: database, places: PlaceIndex(catalogue: catalogue))
        let bar = ProgressBar()
        importer.progress = { progress in
            bar.show(progress)
            return !interruption.isSet
        }
        let options = ImportOptions(preset: preset.preset, map: try columnMap(), keepAll: all, strict: strict,
                                    establishments: establishments.map { URL(fileURLWithPath: $0) })
        let report: ImportReport
        do {
            report = try importer.importFile(url, options: options)
        } catch {
            bar.clear()
            if isFirst { removeDatabase() }
            Console.error("ess: \(error)")
            throw ExitCode(error == .interrupted ? 130 : 1)
        }
        bar.clear()
        ImportSummary(report: report, file: file, databasePath: database.path).print()
    }
}

extension Import {
    /// Removes the database file this command created, with SQLite's side files and the new file
    /// a first import writes beside it.
    func removeDatabase() {
        for suffix in ["", "-journal", "-wal", "-shm", ".new"] { try? FileManager.default.removeItem(atPath: directory.path + suffix) }
    }
}

enum ImportPresetArgument: String, ExpressibleByArgument, CaseIterable {
    case essFrance = "ess-france", sirene, generic

    var preset: ImportPreset { ImportPreset(rawValue: rawValue)! }
}

/// Set by SIGINT or SIGTERM so the import stops between records and rolls back cleanly.
final class InterruptionFlag: Sendable {
    init() {
        // A parent may have started us with these signals blocked; an import must still stop.
        var signals = sigset_t()
        sigemptyset(&signals)
        sigaddset(&signals, SIGINT)
        sigaddset(&signals, SIGTERM)
        sigprocmask(SIG_UNBLOCK, &signals, nil)
        signal(SIGINT) { _ in interruptionRequested = 1 }
        signal(SIGTERM) { _ in interruptionRequested = 1 }
    }

    var isSet: Bool { interruptionRequested != 0 }
}

/// Written only by the signal handler, read between records.
nonisolated(unsafe) private var interruptionRequested: sig_atomic_t = 0
