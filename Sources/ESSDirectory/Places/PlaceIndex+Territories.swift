import ESSModel

extension PlaceIndex {
    /// The imported actors inside a territory of the catalogue: a region (current or former), a
    /// département, or the département of a smaller territory (commune, EPCI, arrondissement, pays).
    /// Nil for France and abroad (no narrower scope than the whole directory, or none at all).
    public func filter(for territory: RecordID, in catalogue: Catalogue) -> ActorFilter? {
        var current = catalogue.territory(territory)
        var steps = 0
        while let territory = current, steps < 8 {
            switch territory.level {
            case .region: return code(ofRegion: territory.id).map { ActorFilter(region: $0) }
            case .ancienneRegion: return code(ofRegion: territory.id).map { ActorFilter(formerRegion: $0) }
            case .departement: return territory.code.map { ActorFilter(departement: $0) }
            case .france, .paysEtranger: return nil
            case .commune, .epci, .pays, .arrondissement:
                current = territory.parent.flatMap { catalogue.territory($0) }
                steps += 1
            }
        }
        return nil
    }

    /// The filter of a `--region` as the catalogue resolved it (current region).
    public func filter(for region: RegionFilter) -> ActorFilter {
        ActorFilter(region: code(ofRegion: region.region) ?? "?")
    }
}
