import ESSMap
import ESSReference
import ESSModel
import TerminalGrid

/// What the map shows, switched with `v`.
public enum MapLayer: Int, CaseIterable, Hashable, Sendable {
    /// Imported actors per département.
    case departements
    /// Imported actors per 10,000 inhabitants of each département.
    case perTenThousand
    /// Imported actors per commune.
    case communes
    /// Imported actors per region.
    case regions
    /// The catalogue's programmes, actors and events per region (the region filter aside).
    case records

    var unit: MapUnit {
        switch self {
        case .departements, .perTenThousand: .departement
        case .communes: .commune
        case .regions, .records: .region
        }
    }
}

/// A record's territories lit on the map (`M` on its page): the départements and communes they
/// cover, and the record's name for the legend.
public struct MapLit: Hashable, Sendable {
    public var name: String
    public var departements: Set<String>
    public var communes: Set<String>
}

/// Which actors the map counts: the region's (or the whole directory's) within the Actors
/// list's département, legal family and NAF filters.
public struct MapCountsKey: Hashable, Sendable {
    public var scope: RecordID?
    public var filter: ImportedActorFilter
}

/// The map's own state: what it shows, the cursor, and what is derived from the size and the
/// counts (the picture's rasters, the shading), so drawing a frame only reads them.
public struct MapState: Hashable, Sendable {
    public internal(set) var layer: MapLayer = .departements
    /// The département under the cursor (an index of ``MapGeography/departements``); the Rhône first.
    public internal(set) var cursor: Int {
        get { movedCursor ?? Self.firstCursor }
        set { movedCursor = newValue }
    }
    /// Nil until the cursor moves: the Rhône's index is found in the commune table, which takes a
    /// quarter of a second to read, so a browser that never shows the map never reads it.
    private var movedCursor: Int?
    private static let firstCursor = MapGeography.shared.index(ofDepartement: "69") ?? 0
    public internal(set) var lit: MapLit?
    /// The counts read, and for which actors; nil until the directory answers.
    public internal(set) var counts: [CommuneCount]?
    public internal(set) var countsKey: MapCountsKey?
    /// Derived: the picture for the screen's size and glyphs, the shading of the layer.
    public internal(set) var picture: MapPicture?
    public internal(set) var shading: MapShading?
    /// What the shading was made from, to rebuild it only when that changes.
    var shadingSource: ShadingSource?

    struct ShadingSource: Hashable, Sendable {
        var layer: MapLayer
        var lit: MapLit?
        var key: MapCountsKey?
        var hasCounts: Bool
        var language: Language
    }

    public init() {}
}
