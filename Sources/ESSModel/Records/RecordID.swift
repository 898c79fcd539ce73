/// The identifier of any record of the catalogue: `loire-active`, `sress-pays-de-la-loire`.
///
/// Ids are unique across record types, so a link can point at a programme, an actor, a person,
/// an event, a territory or a source without saying which.
public struct RecordID: RawRepresentable, Hashable, Comparable, Sendable, Codable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public var description: String { rawValue }

    public static func < (lhs: RecordID, rhs: RecordID) -> Bool { lhs.rawValue < rhs.rawValue }

    /// Lower-case ASCII words joined by single hyphens.
    public var isWellFormed: Bool {
        let words = rawValue.split(separator: "-", omittingEmptySubsequences: false)
        return !rawValue.isEmpty && words.allSatisfy { word in
            !word.isEmpty && word.utf8.allSatisfy { (0x61...0x7a).contains($0) || (0x30...0x39).contains($0) }
        }
    }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

/// The kinds of record the catalogue holds, in the order the browser's sections show them.
public enum RecordType: String, CaseIterable, Sendable, Codable {
    case programme, actor, person, event, territory, source

    /// The key of the list that holds this type, in YAML files and in the JSON export.
    public var collectionKey: String {
        switch self {
        case .programme: "programmes"
        case .actor: "actors"
        case .person: "people"
        case .event: "events"
        case .territory: "territories"
        case .source: "sources"
        }
    }

    public init?(collectionKey: String) {
        guard let type = RecordType.allCases.first(where: { $0.collectionKey == collectionKey }) else { return nil }
        self = type
    }
}
