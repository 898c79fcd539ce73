import ESSDirectory
import ESSModel

extension DirectoryDatabase {
    /// The blocks a programme's page gains from the directory: for each of its territories, how
    /// many imported actors its perimeter holds (or the wider one counted, said so) and the
    /// `ess list actors --territory` command that lists exactly them. Empty for a record that is not
    /// a programme or whose territories have no narrower scope than France.
    func territoryBlocks(for record: any CatalogueRecord, in catalogue: Catalogue, places: PlaceIndex,
                         language: Language) throws -> [PageBlock] {
        guard record is Programme else { return [] }
        var lines: [PageBlock] = []
        for territory in record.territories {
            guard let scope = places.scope(for: territory, in: catalogue), !scope.filter.isEmpty else { continue }
            let label = TerritoryCountLabel.text(territory: catalogue.name(of: territory),
                                                 countedOver: catalogue.name(of: scope.countedOver), language)
            let count = Formatting.number(Double(try count(scope.filter)), language)
            lines.append(.item(text: label + (language == .fr ? " : " : ": ") + count,
                               detail: "ess list actors --territory \(territory.rawValue)"))
        }
        guard !lines.isEmpty else { return [] }
        return [.heading(language == .fr ? "Acteurs importés du territoire" : "Imported actors in the territory")] + lines
    }
}
