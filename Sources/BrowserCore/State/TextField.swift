/// A one-line text input: the list filter, the search query, the region and facet pickers'
/// queries. Every field is edited by the same three edits, here and nowhere else.
public struct TextField: Hashable, Sendable {
    public internal(set) var text: String

    public init(_ text: String = "") {
        self.text = text
    }

    /// What typing and the input commands do to a field.
    public enum Edit: Hashable, Sendable {
        /// Typed text; control characters in it are dropped, never inserted.
        case insert(String)
        /// `delete-char`: the last character goes.
        case deleteBackward
        /// `clear-input`: everything goes.
        case clear
    }

    /// Applies `edit`; returns whether the text changed.
    @discardableResult
    mutating func apply(_ edit: Edit) -> Bool {
        let before = text
        switch edit {
        case .insert(let typed):
            text += typed.filter { $0.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value != 0x7F } }
        case .deleteBackward:
            text = String(text.dropLast())
        case .clear:
            text = ""
        }
        return text != before
    }

    /// The edit an input command stands for; nil for other commands.
    static func edit(for command: Command) -> Edit? {
        switch command {
        case .deleteChar: .deleteBackward
        case .clearInput: .clear
        default: nil
        }
    }
}
