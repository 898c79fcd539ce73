import ESSModel

/// What the browser holds of the directory of imported actors besides the Actors list's rows:
/// its size, the page and the territory counts read, the requests in flight, and whether an
/// import is writing it.
public struct DirectoryState: Hashable, Sendable {
    /// Actors in the whole directory; nil until counted.
    public internal(set) var total: Int?
    public internal(set) var activity: ImportActivity = .idle
    /// The imported actor's page read last (its page nil when the directory does not hold it).
    var page: ImportedPage?
    /// Imported actors per territory, for programme pages; territories with no narrower scope
    /// than the whole directory are counted but absent.
    var territoryCounts: [RecordID: Int] = [:]
    var countedTerritories: Set<RecordID> = []
    /// The names of the imported actors whose page was read: the trail names them after their
    /// page is gone (a few hundred at most, as the trail is).
    var names: [RecordID: String] = [:]
    /// The newest request of each lane not answered yet.
    var inFlight: [DirectoryLane: DirectoryRequest] = [:]
    /// The last query of each lane that failed, or read a window that came back short (the
    /// directory changed under the count): not asked again until the lane needs another, since
    /// the same question would get the same answer and asking again could only loop.
    var settled: [DirectoryLane: DirectoryQuery] = [:]
    var nextRequestID = 1
    /// True while the program loop is asked to report on imports.
    var isWatchingImports = false

    /// One imported actor's page, as read in one language.
    struct ImportedPage: Hashable, Sendable {
        var id: RecordID
        var language: Language
        var page: RecordPage?
    }

    /// Whether a request of `lane` waits for its answer.
    public func isReading(_ lane: DirectoryLane) -> Bool { inFlight[lane] != nil }
}
