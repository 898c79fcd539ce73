import ESSModel

/// The six sections of the browser, switched with the digit keys.
///
/// Each section lists one record type; the timeline lists events, in date order, under a chart
/// of the programmes' periods. Sources have no section of their own: a link to a source opens it
/// in the detail pane of the section the user is in (see ``SectionState/aside``).
public enum Section: Int, CaseIterable, Hashable, Sendable {
    case programmes = 1
    case actors
    case people
    case territories
    case timeline
    /// The map of France (issue 14): lists no records; its rows stay empty.
    case map

    /// The record type the section lists.
    public var recordType: RecordType {
        switch self {
        case .programmes: .programme
        case .actors: .actor
        case .people: .person
        case .territories: .territory
        case .timeline: .event
        case .map: .territory
        }
    }

    /// The section's name in the header, the tabs and the breadcrumb.
    public var title: Localized {
        switch self {
        case .programmes: Localized(fr: "Programmes", en: "Programmes")
        case .actors: Localized(fr: "Acteurs", en: "Actors")
        case .people: Localized(fr: "Personnes", en: "People")
        case .territories: Localized(fr: "Territoires", en: "Territories")
        case .timeline: Localized(fr: "Chronologie", en: "Timeline")
        case .map: Localized(fr: "Carte", en: "Map")
        }
    }

    /// The section where records of `type` live; nil for sources, which have none.
    public static func home(of type: RecordType) -> Section? {
        allCases.first { $0 != .map && $0.recordType == type }
    }
}

/// Which pane keys go to.
public enum Focus: String, Hashable, Sendable {
    case list
    case detail
}
