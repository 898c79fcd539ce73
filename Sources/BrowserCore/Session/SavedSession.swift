import ESSModel

/// What the browser remembers between runs: where the user was and what they marked.
///
/// A plain value that the program loop writes (as JSON, atomically) and reads back at start;
/// ``BrowserState/restore(_:)`` applies it, dropping what the catalogue no longer holds.
public struct SavedSession: Codable, Hashable, Sendable {
    /// Bumped when a field changes meaning; a file of another version is set aside, not guessed at.
    public static let currentVersion = 1

    /// One section's list as it was left: its text filter, the selected record, where its page
    /// was scrolled and its cursor, and (Actors) the facets narrowing the imported actors.
    /// The fields after `record` came later: a file without them still loads.
    public struct SavedList: Codable, Hashable, Sendable {
        public var section: Int
        public var filter: String
        public var record: String?
        public var detailScroll: Int?
        public var detailCursor: Int?
        public var facets: [SavedFacet]?

        public init(section: Int, filter: String, record: String?, detailScroll: Int? = nil, detailCursor: Int? = nil,
                    facets: [SavedFacet]? = nil) {
            self.section = section
            self.filter = filter
            self.record = record
            self.detailScroll = detailScroll
            self.detailCursor = detailCursor
            self.facets = facets
        }
    }

    /// A facet value narrowing the imported actors, with the label it was shown with, so it
    /// shows again without reading the directory.
    public struct SavedFacet: Codable, Hashable, Sendable {
        public var facet: String
        public var code: String
        public var label: String
        public var section: String?

        public init(facet: String, code: String, label: String, section: String? = nil) {
            self.facet = facet
            self.code = code
            self.label = label
            self.section = section
        }
    }

    /// One step of the trail: a section and the record shown there.
    public struct SavedPlace: Codable, Hashable, Sendable {
        public var section: Int
        public var record: String?

        public init(section: Int, record: String?) {
            self.section = section
            self.record = record
        }
    }

    public var version = SavedSession.currentVersion
    public var section: Int
    public var focus: String
    /// The region the user picked, as its territory id (a former region stays itself).
    public var region: String?
    public var lists: [SavedList]
    /// Where go-back leads, oldest first.
    public var trail: [SavedPlace]
    public var marks: [Mark]

    public init(section: Int, focus: String, region: String?, lists: [SavedList], trail: [SavedPlace], marks: [Mark]) {
        self.section = section
        self.focus = focus
        self.region = region
        self.lists = lists
        self.trail = trail
        self.marks = marks
    }
}

/// A marked record. Its name is kept with it, so the marks list can show an imported actor
/// without reading the directory.
public struct Mark: Codable, Hashable, Sendable {
    public var id: String
    public var name: String

    public init(id: String, name: String) {
        self.id = id
        self.name = name
    }
}
