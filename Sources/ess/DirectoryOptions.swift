import ArgumentParser
import ESSDirectory
import ESSModel
import ESSReference
import Foundation

/// `--db PATH`: the directory of imported actors (or `ESS_DB`; by default
/// `$XDG_DATA_HOME/ess/directory.sqlite`).
struct DirectoryOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database of imported actors (or set ESS_DB; default: $XDG_DATA_HOME/ess/directory.sqlite).",
        valueName: "path"))
    var db: String?

    var path: String {
        db ?? DirectoryDatabase.defaultPath()
    }

    /// Whether the user named the database (then a missing one is an error, not an empty directory).
    var isExplicit: Bool {
        db != nil || !(ProcessInfo.processInfo.environment["ESS_DB"] ?? "").isEmpty
    }

    /// The directory to read, nil when there is none at the default place; exits 1 when the named
    /// one is missing or unreadable.
    func openForReading() throws -> DirectoryDatabase? {
        do {
            return try DirectoryDatabase(path: path, create: false)
        } catch DirectoryError.missing(_) where !isExplicit {
            return nil
        } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }
}

/// `--departement`, `--legal-family` (or `--category`), `--naf`: filters that only imported actors carry.
struct DirectoryFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only imported actors of this département (INSEE code: 42, 2A, 971).", valueName: "code"))
    var departement: String?

    @Option(name: [.customLong("legal-family"), .customLong("category")], help: ArgumentHelp(
        "Only imported actors of this legal family (associations, cooperatives, mutuelles, fondations, societes-commerciales); --category is the former name.",
        valueName: "family"))
    var legalFamily: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only imported actors of this NAF rév. 2 section (Q), division (88) or code (88.99B or 8899B).", valueName: "naf"))
    var naf: String?

    var isEmpty: Bool { departement == nil && legalFamily == nil && naf == nil }

    /// Adds these filters to `filter`, or exits 1 naming what is unknown.
    func apply(to filter: inout ActorFilter, places: PlaceIndex) throws {
        if let departement {
            guard let place = places.place(departementCode: departement) else {
                throw fail(LookupError(what: "département code", value: departement,
                                       suggestions: Suggestions.closest(to: departement, among: places.departementCodes)))
            }
            filter.departement = place.departementCode
        }
        if let legalFamily {
            guard let family = LegalFamily(named: legalFamily) else {
                throw fail(LookupError(what: "legal family", value: legalFamily, suggestions: LegalFamily.allCases.map(\.option)))
            }
            filter.legalFamily = family.name
        }
        if let naf {
            switch Nomenclatures.nafSelection(naf) {
            case .section(let section): filter.nafSection = section
            case .division(let division): filter.nafDivision = division
            case .activity(let code): filter.nafCode = code
            case nil:
                throw fail(LookupError(what: "NAF section (A–U), division (01–99) or code (88.99B)", value: naf, suggestions: []))
            }
        }
    }
}
