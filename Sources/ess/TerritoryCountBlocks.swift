import ESSDirectory
import ESSModel

extension DirectoryDatabase {
    /// The blocks `ess show` adds to a programme's page from the directory: for each of its
    /// territories, how many imported actors it holds and the `ess list actors` filter that lists
    /// them. Empty for a record that is not a programme or whose territories have no narrower
    /// scope than France.
    func territoryBlocks(for record: any CatalogueRecord, in catalogue: Catalogue, places: PlaceIndex,
                         language: Language) throws -> [PageBlock] {
        guard record is Programme else { return [] }
        var lines: [PageBlock] = []
        for territory in record.territories {
            guard let filter = places.filter(for: territory, in: catalogue) else { continue }
            let option = filter.departement.map { "--departement \($0)" }
                ?? filter.region.map { "--region \($0)" } ?? filter.formerRegion.map { "--region \($0)" } ?? ""
            lines.append(.item(text: "\(catalogue.name(of: territory)): \(try count(filter))", detail: "ess list actors \(option)"))
        }
        guard !lines.isEmpty else { return [] }
        return [.heading(language == .fr ? "Acteurs importés du territoire" : "Imported actors in the territory")] + lines
    }
}
