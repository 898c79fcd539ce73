import ESSModel

/// The imported actors a territory of the catalogue counts: those inside its perimeter (see
/// ``TerritoryPerimeter``), or, where its perimeter is not known, those inside the nearest wider
/// territory whose perimeter is — said as such wherever the count is shown.
public struct TerritoryScope: Hashable, Sendable {
    /// The territory asked about.
    public let territory: RecordID
    /// The territory whose perimeter is counted: `territory` itself, or a wider one.
    public let countedOver: RecordID
    /// The directory filter of that perimeter (empty for France).
    public let filter: ActorFilter

    /// Whether the count is the territory's own (its perimeter is known).
    public var isExact: Bool { territory == countedOver }
}

extension PlaceIndex {
    /// The scope of a territory: its own perimeter, else the nearest wider one known. Nil abroad.
    public func scope(for territory: RecordID, in catalogue: Catalogue) -> TerritoryScope? {
        guard let counted = catalogue.perimeterTerritory(for: territory), let perimeter = counted.perimeter else { return nil }
        let filter: ActorFilter
        switch perimeter {
        case .communes(let codes): filter = ActorFilter(communes: codes)
        case .arrondissement(let code): filter = ActorFilter(arrondissement: code)
        case .departement(let code): filter = ActorFilter(departement: code)
        case .region(let code): filter = ActorFilter(region: code)
        case .formerRegion(let code): filter = ActorFilter(formerRegion: code)
        case .france: filter = ActorFilter()
        }
        return TerritoryScope(territory: territory, countedOver: counted.id, filter: filter)
    }

    /// The imported actors inside a territory of the catalogue, as ``scope(for:in:)`` says; nil
    /// for France (no narrower scope than the whole directory) and abroad.
    public func filter(for territory: RecordID, in catalogue: Catalogue) -> ActorFilter? {
        guard let scope = scope(for: territory, in: catalogue), !scope.filter.isEmpty else { return nil }
        return scope.filter
    }

    /// The filter of a `--region` as the catalogue resolved it (current region).
    public func filter(for region: RegionFilter) -> ActorFilter {
        ActorFilter(region: code(ofRegion: region.region) ?? "?")
    }
}
