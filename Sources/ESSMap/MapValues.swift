/// The places a map's values are given for.
public enum MapUnit: String, CaseIterable, Hashable, Sendable {
    case departement, region, commune
}

/// What a map shows: a number per place (a commune's INSEE code, a département's code, a
/// region's code), a title and how to write the numbers.
public struct MapValues: Hashable, Sendable {
    public var unit: MapUnit
    public var values: [String: Double]
    /// Places with a value but not drawn (actors whose commune is unknown) are not lost: they
    /// count in their département's value when the unit is the département.
    public var title: String
    /// Decimals of the legend's bounds (1 or 2 for rates per 10,000 inhabitants).
    public var decimals: Int
    /// French writes "0,4" and "1 234"; English "0.4" and "1,234".
    public var french = false

    public init(unit: MapUnit, values: [String: Double], title: String, decimals: Int = 0) {
        self.unit = unit
        self.values = values
        self.title = title
        self.decimals = decimals
    }

    /// Counts per département made rates per 10,000 inhabitants.
    public func perTenThousand(_ geography: MapGeography, title: String) -> MapValues {
        var rates: [String: Double] = [:]
        for (code, value) in values {
            guard unit == .departement, let index = geography.index(ofDepartement: code) else { continue }
            let population = geography.departementPopulation[index]
            if population > 0 { rates[code] = value * 10_000 / Double(population) }
        }
        // Two decimals when the rates are small, so that classes do not read "0.3 – 0.3".
        var result = MapValues(unit: .departement, values: rates, title: title, decimals: (rates.values.max() ?? 0) < 10 ? 2 : 1)
        result.french = french
        return result
    }

    /// A value written as the legend and status line write it: "1 234", "3.5".
    public func format(_ value: Double) -> String {
        if decimals == 0 { return Self.grouped(Int(value.rounded()), separator: french ? "\u{00A0}" : ",") }
        let text = String(format: "%.\(decimals)f", value)
        return french ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static func grouped(_ number: Int, separator: String) -> String {
        let digits = String(number.magnitude)
        var result = ""
        for (index, character) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { result += separator }
            result.append(character)
        }
        return (number < 0 ? "-" : "") + result
    }
}

/// A map's values turned into a class per commune point, once per change of the values (never
/// per frame): drawing then reads one byte per dot.
public struct MapShading: Hashable, Sendable {
    public let values: MapValues
    public let classes: MapClasses
    /// The shade (0 … ``MapGlyphs/shades``) of each point of ``MapGeography/points``.
    public let pointShade: [UInt8]

    public init(_ values: MapValues, geography: MapGeography = .shared) {
        self.values = values
        classes = MapClasses(values: Array(values.values.values))
        var shades = [UInt8](repeating: 0, count: geography.points.count)
        var byUnit: [String: UInt8] = [:]
        for (code, value) in values.values { byUnit[code] = UInt8(classes.shade(classes.classOf(value))) }
        for (index, point) in geography.points.enumerated() {
            let code = switch values.unit {
            case .commune: point.commune
            case .departement: geography.departements[point.departement]
            case .region: geography.regionOfDepartement[point.departement]
            }
            shades[index] = byUnit[code] ?? 0
        }
        pointShade = shades
    }

    /// The value of a place (its département, region or commune, as the unit says).
    public func value(ofPoint index: Int, geography: MapGeography = .shared) -> Double {
        let point = geography.points[index]
        let code = switch values.unit {
        case .commune: point.commune
        case .departement: geography.departements[point.departement]
        case .region: geography.regionOfDepartement[point.departement]
        }
        return values.values[code] ?? 0
    }
}
