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

    var location: DirectoryLocation { DirectoryLocation(db: db) }

    var path: String { location.path }

    /// The directory to read, nil when there is none (see ``DirectoryLocation/openForReading()``).
    func openForReading() throws -> DirectoryDatabase? { try location.openForReading() }
}

/// Which directory of imported actors to read, as a plain value: `ess` alone builds it without
/// the parser.
struct DirectoryLocation {
    /// `--db`, as given.
    var db: String?

    var path: String {
        db ?? DirectoryDatabase.defaultPath(environment: ProcessEnvironment.values(DirectoryDatabase.environmentVariables))
    }

    /// Where the path comes from: `--db` on the command line, `ESS_DB`, or the default place.
    enum Origin { case option, environment, defaultPlace }

    var origin: Origin {
        if db != nil { return .option }
        return (ProcessEnvironment["ESS_DB"] ?? "").isEmpty ? .defaultPlace : .environment
    }

    /// The directory to read, nil when there is none. A directory missing at the default place is
    /// no directory; one missing where `ESS_DB` says is noted on standard error and the command goes
    /// on with the curated catalogue (a setting left in the environment must not break commands about
    /// curated records); one missing where `--db` says, or a file that cannot be read, exits 1.
    func openForReading() throws -> DirectoryDatabase? {
        do {
            return try DirectoryDatabase(path: path, create: false)
        } catch let error as DirectoryError {
            switch (error, origin) {
            case (.missing, .defaultPlace), (.noImport, .defaultPlace):
                return nil
            case (.missing, .environment), (.noImport, .environment):
                Self.noteOnce("ess: note: \(error); ESS_DB names it, so imported actors are left out")
                return nil
            default:
                Console.error("ess: \(error)")
                throw ExitCode(1)
            }
        } catch {
            Console.error("ess: \(error)")
            throw ExitCode(1)
        }
    }

    /// A command may open the directory more than once; the note is printed once.
    nonisolated(unsafe) private static var noted = false

    private static func noteOnce(_ text: String) {
        guard !noted else { return }
        noted = true
        Console.error(text)
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

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Only imported actors of this commune (INSEE code: 42187; repeat for several). A commune counts its communes déléguées and municipal arrondissements.",
        valueName: "code"))
    var commune: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only imported actors of this arrondissement (INSEE code: 422 for Roanne).", valueName: "code"))
    var arrondissement: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only imported actors of this territory of the catalogue (id or name): the actors a programme's page counts for it.",
        valueName: "territory"))
    var territory: String?

    var isEmpty: Bool {
        departement == nil && legalFamily == nil && naf == nil && commune.isEmpty && arrondissement == nil && territory == nil
    }

    /// Narrows `filter` to the territory of `--territory`, exactly as a programme's page counts it
    /// (``PlaceIndex/scope(for:in:)``): its perimeter, or the wider one counted where its own is not
    /// known, which is noted on standard error. Exits 1 for an unknown territory or one abroad.
    func applyTerritory(to filter: inout ActorFilter, catalogue: Catalogue, places: PlaceIndex) throws {
        guard let territory else { return }
        let record: any CatalogueRecord
        switch catalogue.lookup(territory) {
        case .success(let found) where found is Territory: record = found
        default:
            let ids = catalogue.territories.map(\.id.rawValue)
            throw fail(LookupError(what: "territory", value: territory, suggestions: Suggestions.closest(to: territory, among: ids)))
        }
        guard let scope = places.scope(for: record.id, in: catalogue) else {
            Console.error("ess: \(record.displayName) is abroad: the directory holds French actors only")
            throw ExitCode(1)
        }
        if !scope.isExact {
            Console.error("ess: note: " + TerritoryCountLabel.text(territory: record.displayName,
                                                                  countedOver: catalogue.name(of: scope.countedOver), .en))
        }
        let narrowing = scope.filter
        filter.region = narrowing.region ?? filter.region
        filter.formerRegion = narrowing.formerRegion ?? filter.formerRegion
        filter.departement = narrowing.departement ?? filter.departement
        filter.arrondissement = narrowing.arrondissement ?? filter.arrondissement
        filter.communes = narrowing.communes ?? filter.communes
    }

    /// Adds these filters to `filter`, or exits 1 naming what is unknown.
    func apply(to filter: inout ActorFilter, places: PlaceIndex) throws {
        if let departement {
            guard let place = places.place(departementCode: departement) else {
                throw fail(LookupError(what: "département code", value: departement,
                                       suggestions: Suggestions.closest(to: departement, among: places.departementCodes)))
            }
            filter.departement = place.departementCode
        }
        let table = CommuneTable.shared
        if !commune.isEmpty {
            var codes: Set<String> = []
            for code in commune {
                let normalised = code.trimmingCharacters(in: .whitespaces).uppercased()
                guard table.commune(code: normalised) != nil else {
                    let byName = table.communes.filter { TextFolding.fold($0.name) == TextFolding.fold(code) }
                    throw fail(LookupError(what: "commune code (COG 2025)", value: code,
                                           suggestions: byName.prefix(5).map { "\($0.code) (\($0.name), \($0.departement))" }))
                }
                codes.insert(normalised)
            }
            filter.communes = codes
        }
        if let arrondissement {
            let normalised = arrondissement.trimmingCharacters(in: .whitespaces).uppercased()
            guard table.arrondissementNames[normalised] != nil else {
                let byName = table.arrondissementNames.filter { TextFolding.fold($0.value) == TextFolding.fold(arrondissement) }
                throw fail(LookupError(what: "arrondissement code", value: arrondissement,
                                       suggestions: byName.keys.sorted().map { "\($0) (\(table.arrondissementNames[$0]!))" }))
            }
            filter.arrondissement = normalised
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
