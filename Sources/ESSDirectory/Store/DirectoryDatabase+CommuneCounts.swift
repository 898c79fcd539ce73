import ESSReference
import GRDB

extension DirectoryDatabase {
    /// The actors of `filter` per commune (and per département for those without one), read
    /// from the counts kept at import: a few thousand rows whatever the directory's size. A
    /// filter on communes, a NAF sub-class or years of creation is counted over the actors' rows.
    public func communeCounts(_ filter: ActorFilter = ActorFilter()) throws -> [CommuneCount] {
        try read { db in
            let sql: String
            var (condition, arguments): (String, [String])
            if filter.communes != nil || filter.nafCode != nil || filter.createdYears != nil {
                (condition, arguments) = filter.rowSQL()
                sql = "SELECT commune_code, departement, count(*) FROM actors WHERE 1\(condition) GROUP BY 1, 2"
            } else {
                (condition, arguments) = filter.sql(table: "commune_counts")
                if let division = filter.nafDivision {
                    condition += " AND commune_counts.naf_division = ?"
                    arguments.append(division)
                }
                sql = "SELECT commune, departement, sum(count) FROM commune_counts WHERE 1\(condition) GROUP BY 1, 2"
            }
            return try Row.fetchAll(db, sql: sql, arguments: StatementArguments(arguments)).map {
                CommuneCount(commune: $0[0], departement: $0[1], count: $0[2])
            }
        }
    }
}
