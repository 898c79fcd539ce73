/// The interface languages. Catalogue content stays French; labels, kinds and roles are translated.
public enum Language: String, CaseIterable, Sendable {
    case fr, en

    /// What ``fromEnvironment(_:)`` reads, in order.
    public static let environmentVariables = ["LC_ALL", "LC_MESSAGES", "LANG"]

    /// French when the usual locale variables say French, English otherwise.
    /// `LC_ALL` wins over `LC_MESSAGES`, which wins over `LANG`, as in POSIX.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in environmentVariables {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .fr : .en
            }
        }
        return .en
    }
}

/// A text in both interface languages.
public struct Localized: Hashable, Sendable {
    public let fr: String
    public let en: String

    public init(fr: String, en: String) {
        self.fr = fr
        self.en = en
    }

    public func callAsFunction(_ language: Language) -> String {
        language == .fr ? fr : en
    }
}
