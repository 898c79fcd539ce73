import ESSReference

/// The places a map draws, read once from the commune table: every commune with a centre, the
/// départements and regions they make, and where each unit's points are.
///
/// Points are projected as a plate carrée stretched by the cosine of 46.5° (metropolitan
/// France's middle latitude), so that at the scale of a country distances read right both ways.
public struct MapGeography: Sendable {
    /// Built the first time a map is drawn: a command that draws none pays nothing.
    public static let shared = MapGeography(table: CommuneTable.shared)

    /// A commune with a centre, projected.
    public struct Point: Hashable, Sendable {
        /// Projected coordinates: east and south in degrees of longitude at 46.5° N.
        public var x: Double
        public var y: Double
        /// Index into ``MapGeography/departements``.
        public var departement: Int
        /// The commune's code, as actors' commune codes are counted (its parent's for a déléguée).
        public var commune: String
        public var name: String
        public var population: Int
        /// The arrondissement's code ("422"), nil where there is none.
        public var arrondissement: String?
    }

    /// The départements in INSEE order ("01" … "95", "971" … "976").
    public let departements: [String]
    /// Each département's region code, by index.
    public let regionOfDepartement: [String]
    /// Each département's population, by index (the 2021 census, communes déléguées not counted twice).
    public let departementPopulation: [Int]
    /// Every commune with a centre; communes déléguées that share their parent's code count as it.
    public let points: [Point]
    /// Each point's département index, apart from the points so that drawing reads no strings.
    public let departementOfPoint: [Int]
    private let departementIndex: [String: Int]

    public init(table: CommuneTable) {
        let codes = Set(table.communes.map(\.departement)).sorted { Self.order($0) < Self.order($1) }
        let index = Dictionary(uniqueKeysWithValues: codes.enumerated().map { ($1, $0) })
        var population = [Int](repeating: 0, count: codes.count)
        var points: [Point] = []
        for commune in table.communes {
            let position = index[commune.departement]!
            if commune.parent == nil { population[position] += commune.population ?? 0 }
            guard let location = commune.location else { continue }
            points.append(Point(x: location.longitude * Self.eastScale, y: -location.latitude, departement: position,
                                commune: commune.currentCode, name: commune.name,
                                population: commune.parent == nil ? commune.population ?? 0 : 0,
                                arrondissement: commune.arrondissement))
        }
        departements = codes
        regionOfDepartement = codes.map { table.regionOfDepartement[$0] ?? "" }
        departementPopulation = population
        self.points = points
        departementOfPoint = points.map(\.departement)
        departementIndex = index
    }

    /// cos(46.5°): a degree of longitude in the middle of France is this much of a degree of latitude.
    static let eastScale = 0.6883545756937539

    public func index(ofDepartement code: String) -> Int? { departementIndex[code] }

    /// Overseas départements (971 Guadeloupe … 976 Mayotte) are drawn as insets.
    public static func isOverseas(_ departement: String) -> Bool { departement.count == 3 }

    /// The indexes of the metropolitan départements, then of each overseas one.
    public var metropolitan: Set<Int> { Set(departements.indices.filter { !Self.isOverseas(departements[$0]) }) }
    public var overseas: [Int] { departements.indices.filter { Self.isOverseas(departements[$0]) } }

    /// The regions in code order.
    public var regions: [String] { Array(Set(regionOfDepartement)).sorted() }

    /// Corsica's 2A and 2B between 19 and 21, overseas after the rest.
    static func order(_ code: String) -> Int {
        if code == "2A" { return 2001 }
        if code == "2B" { return 2002 }
        let number = Int(code) ?? 0
        return code.count == 3 ? 100_000 + number : number * 100
    }

    /// The centre of a département's communes (the mean of their points), for moving between them.
    public func centres() -> [(x: Double, y: Double)] {
        var sums = [(x: Double, y: Double, n: Double)](repeating: (0, 0, 0), count: departements.count)
        for point in points {
            sums[point.departement].x += point.x
            sums[point.departement].y += point.y
            sums[point.departement].n += 1
        }
        return sums.map { $0.n > 0 ? ($0.x / $0.n, $0.y / $0.n) : (0, 0) }
    }
}
