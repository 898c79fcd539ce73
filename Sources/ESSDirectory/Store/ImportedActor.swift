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
    /// The commune's name: the COG's spelling when the commune was found, else the file's text.
    public var commune: String?
    /// The COG 2025 code of the commune found for the actor (a commune déléguée or a municipal
    /// arrondissement keeps its own code).
    public var communeCode: String?
    /// Whether the commune was a best guess: a postcode several communes share, and no commune
    /// name or code in the file to choose between them.
    public var placeGuessed: Bool
    /// INSEE codes.
    public var departement: String?
    /// The arrondissement (INSEE code, "422"), from the commune.
    public var arrondissement: String?
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
        communeCode = row["commune_code"]
        placeGuessed = (row["place_guessed"] as Int?) == 1
        departement = row["departement"]
        arrondissement = row["arrondissement"]
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

/// Which imported actors a list, a count or a search covers. Codes are INSEE's (COG 2025).
///
/// Every filter works whatever place fields the actors have: a filter on legal family or NAF
/// section alone also finds actors with no place.
public struct ActorFilter: Hashable, Sendable {
    public var region: String?
    /// A region of before 2016 (the territory of a programme of that time).
    public var formerRegion: String?
    public var departement: String?
    /// An arrondissement ("422", Roanne): the actors whose commune is in it.
    public var arrondissement: String?
    /// A perimeter made of communes (`--commune CODE` is a set of one): the actors whose commune
    /// is one of them. A commune's code also covers its communes déléguées and associées and, for
    /// Paris, Lyon and Marseille, its municipal arrondissements. Answered from a per-commune part
    /// of the name order, so its cost follows the number of actors in the perimeter, not the
    /// directory's size. Nil: no commune condition; an empty set matches nothing.
    public var communes: Set<String>?
    public var legalFamily: String?
    public var nafSection: String?

    public init(region: String? = nil, formerRegion: String? = nil, departement: String? = nil, arrondissement: String? = nil,
                communes: Set<String>? = nil, legalFamily: String? = nil, nafSection: String? = nil) {
        self.region = region
        self.formerRegion = formerRegion
        self.departement = departement
        self.arrondissement = arrondissement
        self.communes = communes
        self.legalFamily = legalFamily
        self.nafSection = nafSection
    }

    /// Actors of one commune (INSEE code, its déléguées and municipal arrondissements included).
    public static func commune(_ code: String) -> ActorFilter { ActorFilter(communes: [code]) }

    public var isEmpty: Bool { self == ActorFilter() }

    /// A département code no actor has: a filter that matches nothing.
    public static let noDepartement = ""

    /// The SQL condition on the group columns (with a leading AND) and its arguments; the
    /// commune condition is not in it (see ``communes``).
    func sql(table: String = "actors") -> (String, [String]) {
        var clauses: [String] = []
        var arguments: [String] = []
        for (column, value) in [("region", region), ("former_region", formerRegion), ("departement", departement),
                                ("arrondissement", arrondissement), ("legal_family", legalFamily), ("naf_section", nafSection)] {
            guard let value else { continue }
            clauses.append("\(table).\(column) = ?")
            arguments.append(value)
        }
        return (clauses.map { " AND " + $0 }.joined(), arguments)
    }

    /// The filter without its commune condition: what the groups of `actor_counts` can answer.
    var withoutCommunes: ActorFilter {
        var filter = self
        filter.communes = nil
        return filter
    }
}
