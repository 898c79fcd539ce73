import ESSModel

/// A record of each type with every field set, nested parts included, for the compact form's
/// readers; `unsetFields(of:)` finds a field left nil or empty (one added to a type since).
enum EveryField {
    static let evidence = Evidence(source: "doc", paragraph: 12, opening: "Le conseil régional adopte")
    static let date = PartialDate(year: 2016, month: 4, day: 28)
    static let range = DateRange(start: PartialDate(year: 2015), end: date, note: "fin 2016", evidence: evidence, basis: .interpreted)
    static let link = Link(target: "actor", role: .pilote, title: "présidente", note: "depuis 2015", evidence: evidence, basis: .announced)
    static let figure = KeyFigure(value: 6.5, unit: "%", label: "du budget", date: date, approximate: true, evidence: evidence,
                                  basis: .interpreted)
    static let objective = Objective(id: "programme-obj", title: "Objectif", summary: "Un objectif", evidence: evidence,
                                     basis: .interpreted)
    static let axis = Axis(id: "programme-axe", title: "Axe", summary: "Un axe", objectives: [objective], evidence: evidence,
                           basis: .announced)
    static let body = GovernanceBody(name: "Comité", role: "pilote", cadence: "deux fois par an", members: [link],
                                     evidence: evidence, basis: .interpreted)
    static let programme = Programme(id: "programme", name: "Programme", acronym: "PR", fullName: "Programme régional",
                                     kind: .contrat, territories: ["region"], period: range, summary: "Un programme",
                                     axes: [axis], governance: [body], figures: [figure], links: [link], sources: ["doc"])
    static let actor = Actor(id: "actor", name: "Acteur", kind: .cress, acronym: "AC", aliases: ["L'acteur"],
                             territories: ["region"], summary: "Un acteur", founded: range, website: "https://example.org",
                             links: [link], sources: ["doc"])
    static let person = Person(id: "person", name: "Une Personne", summary: "Élue", territories: ["region"], links: [link],
                               sources: ["doc"])
    static let event = Event(id: "event", title: "Assises", date: range, territories: ["region"], summary: "Un événement",
                             figures: [figure], links: [link], sources: ["doc"], evidence: evidence, basis: .announced)
    static let territory = Territory(id: "region", name: "Région", level: .ancienneRegion, code: "82", parent: "france",
                                     aliases: ["RA"], current: "region-ara", departements: ["departement-rhone"],
                                     communes: ["69123"])
    static let source = Source(id: "doc", title: "Document", publisher: "actor", date: date, url: "https://example.org/doc",
                               file: "doc.txt")
    static let contents = CatalogueContents(programmes: [programme], actors: [actor], people: [person], events: [event],
                                            territories: [territory], sources: [source])

    static let values: [any Sendable] = [evidence, date, range, link, figure, objective, axis, body, programme, actor, person,
                                event, territory, source, contents]

    /// The names of a value's stored properties that are nil or empty.
    static func unsetFields(of value: Any) -> [String] {
        Mirror(reflecting: value).children.compactMap { child in
            let mirror = Mirror(reflecting: child.value)
            let unset = (mirror.displayStyle == .optional || mirror.displayStyle == .collection
                || mirror.displayStyle == .set || mirror.displayStyle == .dictionary) && mirror.children.isEmpty
            return unset ? child.label ?? "?" : nil
        }
    }
}
