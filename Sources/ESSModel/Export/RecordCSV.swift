/// The CSV columns of a list of catalogue records: what `ess list --format csv` prints and
/// what the browser's `E` writes, from one definition.
public enum RecordCSV {
    public static let headers = ["id", "type", "name", "kind", "territories", "regions", "dates", "basis", "sources"]

    public static func row(_ record: any CatalogueRecord, in catalogue: Catalogue, language: Language) -> [String] {
        let json = catalogue.json(for: record)
        let dates = catalogue.dates(of: record.id).first.map { Formatting.range($0, language) } ?? ""
        return [json.id, json.type, json.name, json.kind ?? json.level ?? "",
                record.territories.map(\.rawValue).joined(separator: ";"),
                json.regions.map(\.name).joined(separator: ";"),
                [Programme.recordType, Event.recordType].contains(Swift.type(of: record).recordType) ? dates : "",
                json.basis ?? json.period?.basis ?? "",
                json.sources.joined(separator: ";")]
    }
}
