import ESSModel
import ESSReference

/// Where an imported actor sits: its département and the regions it belongs to, now and before 2016.
/// A class: a million imported rows share the hundred-odd places of the index, one reference each
/// instead of six strings to retain and release.
public final class Place: Hashable, Sendable {
    public let departementCode: String
    public let departement: RecordID
    public let region: RecordID
    public let formerRegion: RecordID?
    /// INSEE codes of the regions, as the database stores them.
    public let regionCode: String
    public let formerRegionCode: String?

    init(departementCode: String, departement: RecordID, region: RecordID, formerRegion: RecordID?,
         regionCode: String, formerRegionCode: String?) {
        self.departementCode = departementCode
        self.departement = departement
        self.region = region
        self.formerRegion = formerRegion
        self.regionCode = regionCode
        self.formerRegionCode = formerRegionCode
    }

    public static func == (a: Place, b: Place) -> Bool {
        a.departementCode == b.departementCode && a.departement == b.departement && a.region == b.region
            && a.formerRegion == b.formerRegion && a.regionCode == b.regionCode && a.formerRegionCode == b.formerRegionCode
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(departementCode)
        hasher.combine(departement)
    }
}

/// Places actors by INSEE département code, postcode or commune code, from the catalogue's own
/// territories (départements → current region by `parent`, former regions by their `departements`),
/// so the region tables exist once, in seeds/territories.yaml.
public struct PlaceIndex: Sendable {
    private let byCode: [String: Place]
    private let regionsByCode: [String: RecordID]
    private let codesByRegion: [RecordID: String]
    /// By département number (``CommuneLookup/departementNumber(_:)``), for the import's resolution.
    private let byNumber: [Place?]

    public init(catalogue: Catalogue) {
        var formerByDepartement: [RecordID: RecordID] = [:]
        for former in catalogue.formerRegions {
            for departement in former.departements { formerByDepartement[departement] = former.id }
        }
        var codesByRegion: [RecordID: String] = [:]
        for region in catalogue.currentRegions + catalogue.formerRegions {
            if let code = region.code { codesByRegion[region.id] = code }
        }
        var byCode: [String: Place] = [:]
        for territory in catalogue.territories where territory.level == .departement {
            guard let code = territory.code, let region = territory.parent, let regionCode = codesByRegion[region] else { continue }
            let former = formerByDepartement[territory.id]
            byCode[code] = Place(departementCode: code, departement: territory.id, region: region,
                                 formerRegion: former, regionCode: regionCode,
                                 formerRegionCode: former.flatMap { codesByRegion[$0] })
        }
        self.byCode = byCode
        byNumber = (0..<180).map { byCode[CommuneLookup.departementCode($0)] }
        self.codesByRegion = codesByRegion
        self.regionsByCode = Dictionary(codesByRegion.map { ($0.value, $0.key) }, uniquingKeysWith: { first, _ in first })
    }

    public var departementCodes: [String] { byCode.keys.sorted() }

    /// The INSEE code of a region (current or former) the database stores.
    public func code(ofRegion region: RecordID) -> String? { codesByRegion[region] }

    /// The region of a stored code; current and former region codes never collide.
    public func region(code: String) -> RecordID? { regionsByCode[code] }

    /// A département by INSEE code: "1", "01", "2A", "2a", "971".
    public func place(departementCode code: String) -> Place? {
        if let place = byCode[code] { return place }
        let trimmed = code.trimmedSpaces.uppercased()
        if let place = byCode[trimmed] { return place }
        if trimmed.count == 1, let place = byCode["0" + trimmed] { return place }
        return nil
    }

    /// A département by its number (``CommuneLookup/departementNumber(_:)``).
    func place(departementNumber number: Int) -> Place? { number >= 0 && number < byNumber.count ? byNumber[number] : nil }

    /// A département from a postcode: its first two digits, three overseas, Corsica split at 20200.
    public func place(postcode: String) -> Place? {
        let digits = postcode.trimmedSpaces
        guard digits.count == 5, digits.allSatisfy(\.isASCII), digits.allSatisfy(\.isNumber) else { return nil }
        if digits.hasPrefix("97") { return place(departementCode: String(digits.prefix(3))) }
        if digits.hasPrefix("20") { return place(departementCode: Int(digits)! < 20200 ? "2A" : "2B") }
        return place(departementCode: String(digits.prefix(2)))
    }

    /// A département from an INSEE commune code (COG): "69123", "2A004", "97105".
    public func place(communeCode: String) -> Place? {
        let code = communeCode.trimmedSpaces
        guard code.count == 5 else { return nil }
        return place(departementCode: String(code.prefix(code.hasPrefix("97") ? 3 : 2)))
    }
}
