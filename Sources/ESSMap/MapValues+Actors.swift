import ESSReference

extension MapValues {
    /// Actors per commune (nil commune: placed in a département only) added up per place of
    /// `unit`. A commune déléguée or municipal arrondissement counts in its commune; actors
    /// without a commune count in their département and region but not on a map of communes.
    public static func actors(_ counts: [(commune: String?, departement: String?, count: Int)], by unit: MapUnit,
                              title: String, french: Bool = false, table: CommuneTable = .shared) -> MapValues {
        var values: [String: Double] = [:]
        for row in counts {
            let key: String?
            switch unit {
            case .commune: key = row.commune.map { table.commune(code: $0)?.currentCode ?? $0 }
            case .departement: key = row.departement
            case .region: key = row.departement.flatMap { table.regionOfDepartement[$0] }
            }
            if let key { values[key, default: 0] += Double(row.count) }
        }
        var result = MapValues(unit: unit, values: values, title: title)
        result.french = french
        return result
    }

    /// The sum of the values: the actors counted on the map.
    public var total: Double { values.values.reduce(0, +) }
}
