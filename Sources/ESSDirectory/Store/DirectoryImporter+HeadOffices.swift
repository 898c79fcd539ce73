import Foundation
import ESSReference
import GRDB

extension DirectoryImporter {
    /// Reads INSEE's establishment file and places each imported unit at its head office
    /// (`etablissementSiege = true`): postcode, commune and, through the commune code, département
    /// and regions. Establishments of units not in the directory are passed over.
    func attachHeadOffices(_ url: URL, source: String, into db: Database, report: inout ImportReport) throws {
        var reader: CSVReader
        do { reader = try CSVReader(url: url) } catch let error as CSVError { throw ImportError.unreadable(file: url.path, line: 0, message: error.message) }
        let header: [String]
        do {
            guard let first = try reader.next() else { throw ImportError.emptyFile(url.path) }
            header = first.fields
        } catch let error as CSVError {
            throw ImportError.unreadable(file: url.path, line: error.line, message: error.message)
        }
        let names = ["siren", "etablissementSiege", "codePostalEtablissement", "libelleCommuneEtablissement", "codeCommuneEtablissement"]
        let indices = names.map { name in header.firstIndex { $0.caseInsensitiveCompare(name) == .orderedSame } }
        let missing = zip(names, indices).filter { $0.1 == nil }.map(\.0)
        guard missing.isEmpty else {
            throw ImportError.unreadable(file: url.path, line: 1, message: "not an establishment file: no column \(missing.joined(separator: ", "))")
        }
        let columns = indices.map { $0! }
        let update = try db.makeStatement(sql: """
            UPDATE actors SET postcode = ?, commune = ?, commune_code = ?, arrondissement = ?, place_guessed = ?, departement = ?,
                region = ?, former_region = ? WHERE key = ? AND source = ?
            """)
        let resolver = PlaceResolver(places: places)
        var rows = 0
        while true {
            let row: CSVRow
            do {
                guard let next = try reader.next() else { break }
                row = next
            } catch {
                if error.isFatal { throw ImportError.unreadable(file: url.path, line: error.line, message: error.message) }
                continue
            }
            rows += 1
            if rows % progressInterval == 0,
               !progress(ImportProgress(bytesRead: reader.bytesRead, totalBytes: 0, records: rows, phase: "head offices")) {
                throw ImportError.interrupted
            }
            guard row.fields.count == header.count, row.fields[columns[1]].lowercased() == "true" else { continue }
            let postcode = Self.nonEmpty(row.fields[columns[2]]).flatMap(ValueNormaliser.postcode)
            let communeName = Self.nonEmpty(row.fields[columns[3]])
            let resolved = resolver.resolve(communeCode: Self.nonEmpty(row.fields[columns[4]]).flatMap(ValueNormaliser.communeCode),
                                            commune: communeName, postcode: postcode, departement: nil)
            let place = resolved.place, commune = resolver.commune(of: resolved)
            try update.execute(arguments: [postcode, commune?.name ?? communeName, commune?.code,
                                           commune?.arrondissement, resolved.guessed ? 1 : 0, place?.departementCode,
                                           place?.regionCode, place?.formerRegionCode, row.fields[columns[0]], source])
            if db.changesCount > 0 {
                report.headOffices += 1
                if commune != nil { report.values.communesFound += 1 }
                if resolved.guessed { report.values.placesGuessed += 1 }
            }
        }
        report.unplaced = try Int.fetchOne(db, sql: "SELECT count(*) FROM actors WHERE departement IS NULL AND source = ?",
                                           arguments: [source]) ?? 0
    }

    private static func nonEmpty(_ text: String) -> String? {
        let trimmed = text.trimmedSpaces
        return trimmed.isEmpty ? nil : trimmed
    }
}
