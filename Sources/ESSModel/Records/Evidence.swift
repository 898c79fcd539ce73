/// Where in a source document the passage a fact rests on is: a paragraph (a non-blank line of the
/// document's text, counted from 1) and the opening words of the sentence, like a citation by incipit.
/// The project keeps only these few words, never the documents' sentences.
public struct Evidence: Hashable, Sendable, Codable {
    /// The largest number of words a locator may hold.
    public static let maximumWords = 8

    /// The source record whose document holds the passage (resolved by the loader when the record
    /// cites a single source).
    public var source: RecordID
    public var paragraph: Int
    public var opening: String

    public init(source: RecordID, paragraph: Int, opening: String) {
        self.source = source
        self.paragraph = paragraph
        self.opening = opening
    }
}

/// How sure a fact is: what the document says, what we read it as designating, or what it announced.
public enum Basis: String, CaseIterable, Sendable, Codable {
    /// The document says it.
    case stated
    /// Our reading of what the document designates (« la région » beside Rennes Métropole read as
    /// Région Bretagne).
    case interpreted
    /// Planned or announced at the document's date, not known to have happened.
    case announced

    /// The word that marks a fact that is not plainly stated; nil for `stated`, which is not marked.
    public var mark: Localized? {
        switch self {
        case .stated: nil
        case .interpreted: Localized(fr: "interprété", en: "interpreted")
        case .announced: Localized(fr: "annoncé", en: "announced")
        }
    }
}

/// A fact's evidence and basis, as links, figures, events, periods and governance entries carry them.
public protocol Attested {
    var evidence: Evidence? { get }
    var basis: Basis { get }
}
