import ESSModel

/// Where the browser reads imported actors from: a directory of up to a million rows that never
/// enters the state whole.
///
/// The only part of the browser that reads outside the state. `update` asks it for a count, the
/// window of rows the list pane shows, a search's first matches and one actor's page; `view`
/// never calls it. Reads are expected to take about a millisecond (the `ess` adapter queries
/// SQLite); given the same directory, the same question gets the same answer, so a test with an
/// in-memory source is as deterministic as one without.
///
/// `scope` is a territory of the catalogue (a region, a former region, a département, or a
/// smaller territory standing for its département); nil means the whole directory.
public protocol ImportedActorSource: AnyObject, Sendable {
    /// How many imported actors the scope holds; nil when the territory has no narrower scope
    /// than the whole directory (France, abroad) or the source cannot tell.
    func count(in scope: RecordID?) -> Int?
    /// `limit` actors in name order from position `offset` of the scope's list.
    func rows(in scope: RecordID?, offset: Int, limit: Int) -> [ImportedActorRow]
    /// The first `limit` actors whose name matches `text`, best first.
    func search(_ text: String, in scope: RecordID?, limit: Int) -> [ImportedActorRow]
    /// The page of an imported actor by its id (`siren:…`); nil for an id it does not hold.
    func page(_ id: RecordID, language: Language) -> RecordPage?
}

/// One imported actor as a list shows it.
public struct ImportedActorRow: Hashable, Sendable {
    /// `siren:` and the key, as `ess show` takes it.
    public var id: RecordID
    /// How every imported actor's id starts.
    public static let idPrefix = "siren:"
    public var name: String
    /// Where it is: "Lyon (69)"; nil when not placed.
    public var place: String?

    public init(id: RecordID, name: String, place: String? = nil) {
        self.id = id
        self.name = name
        self.place = place
    }
}
