/// What a territory is made of, in units of the INSEE Code officiel géographique, so that the
/// actors of a directory can be counted inside it: a set of communes, an arrondissement, a
/// département, a current region, a region of before 2016, or the whole of France.
public enum TerritoryPerimeter: Hashable, Sendable {
    /// Commune codes ("42187", "2A004"): a commune, or an EPCI or pays whose communes the
    /// documents name (`communes:` in territories.yaml).
    case communes(Set<String>)
    /// An arrondissement code ("422").
    case arrondissement(String)
    /// A département code ("42", "2A", "971").
    case departement(String)
    /// A current region's code ("84").
    case region(String)
    /// A former region's code ("82", Rhône-Alpes): its départements.
    case formerRegion(String)
    case france
}

extension Territory {
    /// The territory's perimeter: the communes the catalogue names for it, else what its level and
    /// INSEE code say. Nil where it is not known — an EPCI or a pays whose communes the catalogue
    /// does not hold, a place without a code — and abroad.
    public var perimeter: TerritoryPerimeter? {
        if !communes.isEmpty { return .communes(Set(communes)) }
        switch level {
        case .commune: return code.map { .communes([$0]) }
        case .arrondissement: return code.map(TerritoryPerimeter.arrondissement)
        case .departement: return code.map(TerritoryPerimeter.departement)
        case .region: return code.map(TerritoryPerimeter.region)
        case .ancienneRegion: return code.map(TerritoryPerimeter.formerRegion)
        case .france: return .france
        case .epci, .pays, .paysEtranger: return nil
        }
    }

    /// Whether a commune code is shaped as the COG writes them: five characters, digits except
    /// Corsica's 2A/2B ("42187", "2A004", "97105").
    public static func isCommuneCode(_ code: String) -> Bool {
        let characters = Array(code)
        guard characters.count == 5 else { return false }
        let digits = characters.allSatisfy { $0.isASCII && $0.isNumber }
        let corsican = characters[0] == "2" && (characters[1] == "A" || characters[1] == "B")
            && characters[2...].allSatisfy { $0.isASCII && $0.isNumber }
        return digits || corsican
    }
}

extension Catalogue {
    /// The territory whose perimeter counts for `territory`: itself when its perimeter is known,
    /// else the nearest territory above it (by `parent`) whose perimeter is known. Nil abroad.
    public func perimeterTerritory(for territory: RecordID) -> Territory? {
        var current = self.territory(territory)
        var steps = 0
        while let place = current, steps < 16 {
            if place.level == .paysEtranger { return nil }
            if place.perimeter != nil { return place }
            current = place.parent.flatMap { self.territory($0) }
            steps += 1
        }
        return nil
    }
}
