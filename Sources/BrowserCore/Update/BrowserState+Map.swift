import ESSMap
import ESSModel
import ESSReference
import TerminalGrid

/// The map of France (section 6): moving the cursor between départements, switching what it
/// shows, opening a place's actors, the counts asked of the directory, and lighting a record's
/// territories.
extension BrowserState {
    // MARK: - Commands

    mutating func performMapCommand(_ command: Command) {
        let geography = MapGeography.shared
        switch command {
        case .openMap:
            map.lit = nil
            openMapSection()
        case .mapOfRecord:
            guard let id = current.displayedID, let lit = litTerritories(of: id) else {
                setStatus(UIStrings.mapNothingToLight, warning: true)
                return
            }
            map.lit = lit
            if let first = lit.departements.compactMap(geography.index(ofDepartement:)).min() { map.cursor = first }
            openMapSection()
        case .mapWest: moveMapCursor(dx: -1, dy: 0)
        case .mapEast: moveMapCursor(dx: 1, dy: 0)
        case .mapNorth: moveMapCursor(dx: 0, dy: -1)
        case .mapSouth: moveMapCursor(dx: 0, dy: 1)
        case .mapNextRegion:
            let regions = geography.regions
            let current = geography.regionOfDepartement[map.cursor]
            let next = regions[((regions.firstIndex(of: current) ?? -1) + 1) % regions.count]
            map.cursor = geography.regionOfDepartement.firstIndex(of: next) ?? map.cursor
        case .mapNextLayer:
            if map.lit != nil {
                map.lit = nil
            } else {
                map.layer = MapLayer(rawValue: (map.layer.rawValue + 1) % MapLayer.allCases.count) ?? .departements
            }
        case .mapOpenPlace:
            openMapPlace()
        default:
            break
        }
    }

    /// Shows the map, remembering where the user was, so Backspace comes back.
    mutating func openMapSection() {
        guard section != .map else { return }
        visit(Location(section: .map, record: nil, focus: .list))
    }

    /// Moves the cursor to the nearest département whose centre lies in that direction (within
    /// 60° of it), nearer ones first; stays put at the edge of the map.
    mutating func moveMapCursor(dx: Double, dy: Double) {
        let geography = MapGeography.shared
        let centres = Self.mapCentres
        let from = centres[map.cursor]
        let overseas = MapGeography.isOverseas(geography.departements[map.cursor])
        var best: (index: Int, score: Double)?
        for (index, centre) in centres.enumerated() where index != map.cursor {
            guard MapGeography.isOverseas(geography.departements[index]) == overseas else { continue }
            let x = centre.x - from.x, y = centre.y - from.y
            let along = x * dx + y * dy
            let distance = (x * x + y * y).squareRoot()
            guard along > 0, along >= distance * 0.5 else { continue }
            // Straight ahead is preferred: distance grows with the angle off the direction.
            let score = distance * (2 - along / distance)
            if best == nil || score < best!.score { best = (index, score) }
        }
        if let best { map.cursor = best.index }
    }

    static let mapCentres = MapGeography.shared.centres()

    /// Enter on the map: the actors of the département under the cursor, as the Actors list
    /// with that département chosen; Backspace comes back to the map.
    mutating func openMapPlace() {
        let code = MapGeography.shared.departements[map.cursor]
        if map.layer == .records && map.lit == nil {
            openMapRegionProgrammes()
            return
        }
        guard data.importedActors != nil else {
            setStatus(UIStrings.mapNoDirectory, warning: true)
            return
        }
        var filter = sections[.actors]?.importFilter ?? ImportedActorFilter()
        filter[.departement] = ImportedFacetChoice(code: code, label: mapDepartementLabel(map.cursor))
        visit(Location(section: .actors, record: nil, focus: .list, importFilter: filter))
    }

    /// Enter on the layer of catalogue records: the region under the cursor becomes the region
    /// filter, and its programmes show.
    private mutating func openMapRegionProgrammes() {
        let code = MapGeography.shared.regionOfDepartement[map.cursor]
        guard let id = catalogue.territories.first(where: { $0.level == .region && $0.code == code })?.id else { return }
        applyRegion(RegionFilter(region: id, requested: id))
        visit(Location(section: .programmes, record: nil, focus: .list))
    }

    /// The catalogue's programmes, actors and events in each region, by region code.
    func catalogueRecordsPerRegion() -> [String: Double] {
        var values: [String: Double] = [:]
        for territory in catalogue.territories where territory.level == .region {
            guard let code = territory.code else { continue }
            let filter = RegionFilter(region: territory.id, requested: territory.id)
            let count = [RecordType.programme, .actor, .event].reduce(0) { total, type in
                total + catalogue.list(RecordQuery(type: type, region: filter)).count
            }
            if count > 0 { values[code] = Double(count) }
        }
        return values
    }

    /// A click on the map moves the cursor to the place clicked; a click on the cursor's place opens it.
    mutating func clickMap(at point: Point) {
        guard let picture = map.picture, let index = picture.point(at: point) else { return }
        let departement = MapGeography.shared.points[index].departement
        if departement == map.cursor { openMapPlace() } else { map.cursor = departement }
    }

    // MARK: - Labels

    /// "Rhône (69)", from the catalogue's territory of that code, else the code.
    func mapDepartementLabel(_ index: Int) -> String {
        let code = MapGeography.shared.departements[index]
        let name = catalogue.territories.first { $0.level == .departement && $0.code == code }?.name
        return name.map { "\($0) (\(code))" } ?? code
    }

    func mapRegionName(_ code: String) -> String {
        catalogue.territories.first { $0.level == .region && $0.code == code }?.name ?? code
    }

    // MARK: - A record's territories

    /// The départements and communes a record's territories cover: a territory itself, or a
    /// programme's, actor's or event's territories. Nil when none is in France.
    func litTerritories(of id: RecordID) -> MapLit? {
        guard let record = catalogue.record(id) else { return nil }
        let territories = (record as? Territory).map { [$0.id] } ?? record.territories
        var lit = MapLit(name: record.displayName, departements: [], communes: [])
        for territory in territories { light(territory, into: &lit, depth: 0) }
        return lit.departements.isEmpty && lit.communes.isEmpty ? nil : lit
    }

    private func light(_ id: RecordID, into lit: inout MapLit, depth: Int) {
        guard depth < 4, let territory = catalogue.record(id) as? Territory else { return }
        let geography = MapGeography.shared
        switch territory.level {
        case .departement:
            if let code = territory.code { lit.departements.insert(code) }
        case .region:
            for (index, region) in geography.regionOfDepartement.enumerated() where region == territory.code {
                lit.departements.insert(geography.departements[index])
            }
        case .ancienneRegion:
            for departement in territory.departements { light(departement, into: &lit, depth: depth + 1) }
        case .commune:
            if let code = territory.code { lit.communes.insert(code) }
        case .arrondissement:
            if let code = territory.code {
                for point in geography.points where point.arrondissement == code { lit.communes.insert(point.commune) }
            }
        case .epci, .pays:
            // The communes where the catalogue names them, else the wider unit the territory is in.
            if !territory.communes.isEmpty {
                lit.communes.formUnion(territory.communes)
            } else if let parent = territory.parent {
                light(parent, into: &lit, depth: depth + 1)
            }
        case .paysEtranger, .france:
            break
        }
    }

    // MARK: - Counts and derived parts

    /// The counts the map needs and does not hold: asked as an effect, answered by an action.
    var mapNeed: DirectoryQuery? {
        guard section == .map, data.importedActors != nil else { return nil }
        let key = currentMapCountsKey
        return map.countsKey == key && map.counts != nil ? nil : .mapCounts(key)
    }

    var currentMapCountsKey: MapCountsKey {
        MapCountsKey(scope: region?.region, filter: sections[.actors]?.importFilter ?? ImportedActorFilter())
    }

    mutating func receiveMapCounts(_ key: MapCountsKey, _ counts: [CommuneCount]) {
        map.countsKey = key
        map.counts = counts
    }

    /// Keeps the picture in step with the size and the shading with the counts and layer.
    mutating func settleMap(area: Rect) {
        guard section == .map else { return }
        let glyphs: MapGlyphs = unicode ? .braille : .ascii
        if map.picture?.area != area || map.picture?.glyphs != glyphs {
            map.picture = area.width > 0 && area.height > 0 ? MapPicture(area: area, glyphs: glyphs) : nil
        }
        let key = currentMapCountsKey
        let source = MapState.ShadingSource(layer: map.layer, lit: map.lit, key: map.countsKey,
                                            hasCounts: map.counts != nil && map.countsKey == key, language: language)
        guard map.shadingSource != source else { return }
        map.shadingSource = source
        map.shading = MapShading(mapValues(fresh: source.hasCounts))
    }

    /// The values of the layer, from the counts when they are those of the current filters.
    private func mapValues(fresh: Bool) -> MapValues {
        if let lit = map.lit {
            var values: [String: Double] = [:]
            for code in lit.departements { values[code] = 1 }
            let unit: MapUnit = lit.communes.isEmpty ? .departement : .commune
            if unit == .commune {
                values = [:]
                for code in lit.communes { values[code] = 1 }
            }
            return MapValues(unit: unit, values: values, title: UIStrings.mapLitTitle(lit.name, language))
        }
        if map.layer == .records {
            var values = MapValues(unit: .region, values: catalogueRecordsPerRegion(), title: UIStrings.mapRecordsTitle(language))
            values.french = language == .fr
            return values
        }
        let title = UIStrings.mapTitle(by: map.layer.unit.rawValue, perTenThousand: map.layer == .perTenThousand, language)
        guard fresh, let counts = map.counts else { return MapValues(unit: map.layer.unit, values: [:], title: title) }
        let values = MapValues.actors(counts.map { ($0.commune, $0.departement, $0.count) }, by: map.layer.unit, title: title,
                                      french: language == .fr)
        return map.layer == .perTenThousand ? values.perTenThousand(MapGeography.shared, title: title) : values
    }

    /// The status line over the map: the place under the cursor and its value.
    var mapStatusLine: String {
        let geography = MapGeography.shared
        let code = geography.departements[map.cursor]
        let region = mapRegionName(geography.regionOfDepartement[map.cursor])
        let place = mapDepartementLabel(map.cursor) + " · " + region
        if map.lit != nil {
            return place
        }
        if map.layer == .records, let shading = map.shading {
            let count = shading.values.values[geography.regionOfDepartement[map.cursor]] ?? 0
            return UIStrings.mapPlace(place, value: Formatting.number(count, language) + " " + UIStrings.mapUnitWord(.records, language), language)
        }
        guard data.importedActors != nil else { return place + " · " + UIStrings.mapNoDirectory(language) }
        guard let shading = map.shading, map.countsKey == currentMapCountsKey, map.counts != nil else {
            return place + " · " + UIStrings.mapCounting(language)
        }
        let values = shading.values
        let value: Double
        switch values.unit {
        case .departement: value = values.values[code] ?? 0
        case .region: value = values.values[geography.regionOfDepartement[map.cursor]] ?? 0
        case .commune:
            value = (map.counts ?? []).filter { $0.departement == code }.reduce(0) { $0 + Double($1.count) }
        }
        let number = map.layer == .perTenThousand ? values.format(value) : Formatting.number(value, language)
        return UIStrings.mapPlace(place, value: number + " " + UIStrings.mapUnitWord(map.layer, language), language)
    }
}
