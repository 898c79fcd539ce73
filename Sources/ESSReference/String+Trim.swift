extension String {
    /// The string without leading and trailing spaces and tabs; the same string, uncopied, when
    /// there are none (the common case, a million times per import). Foundation's
    /// `trimmingCharacters(in:)` bridges through NSString and cost a third of an import.
    package var trimmedSpaces: String {
        let bytes = utf8
        guard let first = bytes.first, let last = bytes.last else { return self }
        if first != 0x20 && first != 0x09 && last != 0x20 && last != 0x09 { return self }
        guard let start = bytes.firstIndex(where: { $0 != 0x20 && $0 != 0x09 }),
              let end = bytes.lastIndex(where: { $0 != 0x20 && $0 != 0x09 }) else { return "" }
        return String(self[start...end])
    }
}
