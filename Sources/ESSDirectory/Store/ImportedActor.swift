import GRDB

/// An actor of an imported directory, as stored.
public struct ImportedActor: Equatable, Sendable, FetchableRecord {
    public var rowID: Int64
    public var key: String
    public var siren: String?
    public var name: String
    /// The folded name the list is ordered by.
    public var sortName: String
    public var acronym: String?
    public var legalFamily: String?
    public var legalCategory: String?
    public var naf: String?
    public var nafSection: String?
    public var headcount: String?
    public var created: String?
    public var active: Bool?
    public var postcode: String?
    public var commune: String?
    /// INSEE codes.
    public var departement: String?
    public var region: String?
    public var formerRegion: String?
    /// The file it was imported from.
    public var source: String
    /// Its position in the directory's name order, when read from a list (not from a lookup by
    /// key or a search).
    public var rank: Int64?

    public init(row: Row) {
        rowID = row["id"]
        key = row["key"]
        siren = row["siren"]
        name = row["name"]
        sortName = row["sort_name"]
        acronym = row["acronym"]
        legalFamily = row["legal_family"]
        legalCategory = row["legal_category"]
        naf = row["naf"]
        nafSection = row["naf_section"]
        headcount = row["headcount"]
        created = row["created"]
        active = row["active"]
        postcode = row["postcode"]
        commune = row["commune"]
        departement = row["departement"]
        region = row["region"]
        formerRegion = row["former_region"]
        source = row["source"]
        rank = row["rank"]
    }

    /// The id `ess show` takes: `siren:` and the key.
    public var recordID: String { "siren:" + key }

    /// Where the list can continue after this actor; nil for an actor not read from a list.
    public var cursor: ActorCursor? { rank.map(ActorCursor.init(rank:)) }
}

/// A position in the name order, for paging without OFFSET: the rank of an actor (ranks change
/// with each import).
public struct ActorCursor: Hashable, Sendable {
    public var rank: Int64

    public init(rank: Int64) { self.rank = rank }
}

/// Which imported actors a list, a count or a search covers. Codes are INSEE's.
public struct ActorFilter: Hashable, Sendable {
    public var region: String?
    /// A region of before 2016 (the territory of a programme of that time).
    public var formerRegion: String?
    public var departement: String?
    public var legalFamily: String?
    public var nafSection: String?

    public init(region: String? = nil, formerRegion: String? = nil, departement: String? = nil,
                legalFamily: String? = nil, nafSection: String? = nil) {
        self.region = region
        self.formerRegion = formerRegion
        self.departement = departement
        self.legalFamily = legalFamily
        self.nafSection = nafSection
    }

    public var isEmpty: Bool { self == ActorFilter() }

    /// A département code no actor has: a filter that matches nothing.
    public static let noDepartement = ""

    /// The SQL condition (with a leading AND) and its arguments.
    func sql(table: String = "actors") -> (String, [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        for (column, value) in [("region", region), ("former_region", formerRegion), ("departement", departement), ("legal_family", legalFamily),
                                ("naf_section", nafSection)] {
            guard let value else { continue }
            clauses.append("\(table).\(column) = ?")
            arguments.append(value)
        }
        return (clauses.map { " AND " + $0 }.joined(), arguments)
    }
}
