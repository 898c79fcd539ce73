/// Makes arbitrary text safe to put on a terminal.
///
/// Catalogue text comes from files anyone can edit, so it may hold escape sequences (`ESC ] 0 ;`
/// retitles the window, `ESC [ 2 J` clears the screen), bidi overrides that reorder what is shown,
/// or invisible characters that break column arithmetic. Every such scalar is replaced by a
/// visible escape, so it can be neither executed nor hidden:
/// - C0 controls, DEL and C1 controls become `\x1b` (two lower-case hex digits); a tab becomes a
///   space. A newline becomes `\x0a` too: code that wants line breaks splits on them first.
/// - Bidi controls, line and paragraph separators and other invisible format characters become
///   `<U+202E>`. ZERO WIDTH JOINER and tag characters survive inside emoji sequences, where they
///   are what makes 👩‍💻 one picture; ZERO WIDTH NON-JOINER and the soft hyphen are kept.
/// - A combining mark with nothing to combine with is drawn on a dotted circle (`◌́`), so it
///   cannot merge into whatever the terminal drew in the column before.
public enum TerminalText {
    /// Returns `text` with every unsafe scalar replaced by a visible escape.
    public static func sanitize(_ text: String) -> String {
        if isSafe(text) { return text }
        var output = ""
        output.reserveCapacity(text.utf8.count + 8)
        for character in text {
            append(character, to: &output)
        }
        return output
    }

    // MARK: - Classification

    /// Fast path: most text is printable and needs no copy.
    private static func isSafe(_ text: String) -> Bool {
        var first = true
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if value >= 0x20 && value < 0x7F {
                first = false
                continue
            }
            if value < 0xA0 || isEscapedFormat(scalar) { return false }
            if first && isCombining(scalar) { return false }
            if value == 0x200D || (value >= 0xE0000 && value <= 0xE007F) { return false }
            first = false
        }
        return true
    }

    private static func append(_ character: Character, to output: inout String) {
        let scalars = Array(character.unicodeScalars)
        // True while the scalars kept so far end an emoji sequence that a joiner, a tag or a
        // variation selector may continue; anything escaped in between ends it.
        var inEmoji = false
        for (index, scalar) in scalars.enumerated() {
            let value = scalar.value
            switch value {
            case 0x09:
                output.append(" ")
                inEmoji = false
            case 0x00..<0x20, 0x7F..<0xA0:
                output += "\\x" + hex(value, digits: 2)
                inEmoji = false
            case 0x200D:
                // Kept only between two emoji, where it makes one picture; anywhere else it
                // would be invisible, and could join whatever an escape is drawn next to.
                let joinsEmoji = inEmoji && index + 1 < scalars.count && isEmojiBase(scalars[index + 1])
                if joinsEmoji { output.unicodeScalars.append(scalar) } else { output += codePoint(value) }
                inEmoji = joinsEmoji
            case 0xE0020...0xE007F:
                if inEmoji { output.unicodeScalars.append(scalar) } else { output += codePoint(value) }
            default:
                if isEscapedFormat(scalar) {
                    output += codePoint(value)
                    inEmoji = false
                } else {
                    if index == 0 && isCombining(scalar) { output.append("\u{25CC}") }
                    output.unicodeScalars.append(scalar)
                    inEmoji = isEmojiBase(scalar) || (inEmoji && value == 0xFE0F)
                }
            }
        }
    }

    /// Invisible characters that change layout or reading order: escaped wherever they appear.
    private static func isEscapedFormat(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x00AD, 0x200C, 0x200D: return false
        case 0xE0020...0xE007F: return false
        case 0x2028, 0x2029: return true
        default: return scalar.properties.generalCategory == .format
        }
    }

    private static func isCombining(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .spacingMark, .enclosingMark: return true
        default: return false
        }
    }

    /// Emoji that can start a ZWJ or tag sequence; excludes the ASCII digits, `#` and `*` that
    /// Unicode also calls emoji.
    private static func isEmojiBase(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0xA9 && scalar.properties.isEmoji
    }

    private static func hex(_ value: UInt32, digits: Int) -> String {
        let text = String(value, radix: 16)
        return String(repeating: "0", count: max(0, digits - text.count)) + text
    }

    private static func codePoint(_ value: UInt32) -> String {
        "<U+" + hex(value, digits: 4).uppercased() + ">"
    }
}

extension String {
    /// This string with controls, bidi overrides and invisible characters made visible.
    /// See ``TerminalText/sanitize(_:)``.
    public var sanitizedForTerminal: String { TerminalText.sanitize(self) }
}
