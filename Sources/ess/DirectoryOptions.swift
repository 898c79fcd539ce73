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

/// `--departement`, `--category`, `--naf`: filters that only imported actors carry.
struct DirectoryFilterOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp("Only imported actors of this département (INSEE code: 42, 2A, 971).", valueName: "code"))
    var departement: String?

    @Option(name: .long, help: ArgumentHelp(
        "Only imported actors of this legal family (associations, cooperatives, mutuelles, fondations, societes-commerciales).",
        valueName: "family"))
    var category: String?

    @Option(name: .long, help: ArgumentHelp("Only imported actors of this NAF section (A–U), or of the section of a NAF code (88.99B).", valueName: "section"))
    var naf: String?

    @Option(name: .long, parsing: .singleValue, help: ArgumentHelp(
        "Only imported actors of this commune (INSEE code: 42187; repeat for several). A commune counts its communes déléguées and municipal arrondissements.",
        valueName: "code"))
    var commune: [String] = []

    @Option(name: .long, help: ArgumentHelp("Only imported actors of this arrondissement (INSEE code: 422 for Roanne).", valueName: "code"))
    var arrondissement: String?

    var isEmpty: Bool { departement == nil && category == nil && naf == nil && commune.isEmpty && arrondissement == nil }

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
        if let category {
            let families = [Classification.Family.association, Classification.Family.cooperative, Classification.Family.mutuelle,
                            Classification.Family.fondation, Classification.Family.commerciale]
            let folded = TextFolding.fold(category)
            guard let family = families.first(where: { name in
                let foldedName = TextFolding.fold(name)
                return foldedName == folded || foldedName.hasPrefix(String(folded.prefix(6))) && folded.count >= 4
            }) else {
                throw fail(LookupError(what: "legal family", value: category, suggestions: families))
            }
            filter.legalFamily = family
        }
        if let naf {
            let trimmed = naf.trimmingCharacters(in: .whitespaces).uppercased()
            let section = trimmed.count == 1 ? trimmed : Classification.nafSection(trimmed)
            guard let section, Classification.sections.contains(where: { $0.0 == section }) else {
                throw fail(LookupError(what: "NAF section", value: naf, suggestions: Classification.sections.map(\.0)))
            }
            filter.nafSection = section
        }
    }
}
