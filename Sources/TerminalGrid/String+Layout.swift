/// Fitting text into columns: truncation, padding and word wrap, all by display width.
///
/// Every function here measures with ``displayWidth(of:)`` and cuts only between grapheme
/// clusters, so an accented letter or a wide character is never split.
extension String {
    /// The longest prefix fitting in `width` columns, ending with `…` when something was cut.
    ///
    /// The result is never wider than `width`; with `width` 0 it is empty.
    public func truncated(toWidth width: Int, ellipsis: String = "…") -> String {
        guard width > 0 else { return "" }
        if displayWidth <= width { return self }
        let ellipsisWidth = ellipsis.displayWidth
        guard ellipsisWidth <= width else { return prefix(fittingWidth: width).text }
        return prefix(fittingWidth: width - ellipsisWidth).text + ellipsis
    }

    /// Exactly `width` columns: truncated with `…` if too long, padded with spaces if too short.
    public func padded(toWidth width: Int) -> String {
        let fitted = truncated(toWidth: width)
        let missing = width - fitted.displayWidth
        return missing > 0 ? fitted + String(repeating: " ", count: missing) : fitted
    }

    /// Exactly `width` columns, with the text pushed to the right.
    public func leftPadded(toWidth width: Int) -> String {
        let fitted = truncated(toWidth: width)
        let missing = width - fitted.displayWidth
        return missing > 0 ? String(repeating: " ", count: missing) + fitted : fitted
    }

    /// The longest prefix of whole graphemes that fits in `width` columns, and its width.
    public func prefix(fittingWidth width: Int) -> (text: String, width: Int) {
        var used = 0
        var end = startIndex
        for index in indices {
            let w = TerminalGrid.displayWidth(of: self[index])
            if used + w > width { break }
            used += w
            end = self.index(after: index)
        }
        return (String(self[..<end]), used)
    }

    /// Word-wraps into lines no wider than `width` columns.
    ///
    /// Lines break at spaces; a word longer than a line is broken between graphemes. Each `\n`
    /// starts a new paragraph, and an empty paragraph yields an empty line, so blank lines in
    /// the source survive. Spaces at a break are dropped; leading indentation is kept.
    public func wrapped(toWidth width: Int) -> [String] {
        guard width > 0 else { return [] }
        var lines: [String] = []
        // "\r\n" is a single Character in Swift, so it needs its own comparison.
        let paragraphs = split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" })
        for paragraph in paragraphs {
            lines += Self.wrapParagraph(String(paragraph), width: width)
        }
        return lines
    }

    // MARK: - Wrapping

    private static func wrapParagraph(_ paragraph: String, width: Int) -> [String] {
        if paragraph.displayWidth <= width { return [paragraph] }
        var lines: [String] = []
        var line = ""
        var lineWidth = 0
        for word in words(of: paragraph) {
            let wordWidth = word.displayWidth
            let separator = lineWidth > 0 ? 1 : 0
            if lineWidth + separator + wordWidth <= width {
                line += (separator == 1 ? " " : "") + word
                lineWidth += separator + wordWidth
                continue
            }
            if lineWidth > 0 {
                lines.append(line)
                line = ""
                lineWidth = 0
            }
            var rest = Substring(word)
            while rest.displayWidth > width {
                let head = String(rest).prefix(fittingWidth: width)
                // A grapheme wider than the whole line still has to go somewhere.
                let taken = head.text.isEmpty ? String(rest.prefix(1)) : head.text
                lines.append(taken)
                // A cut that falls on a glued space (`Vraiment ?`) does not indent the next line.
                rest = rest.dropFirst(taken.count).drop { $0 == " " }
            }
            line = String(rest)
            lineWidth = rest.displayWidth
        }
        if lineWidth > 0 || lines.isEmpty { lines.append(line) }
        return lines
    }

    /// Words separated by single spaces; leading spaces stay attached to the first word so
    /// indentation is preserved, and runs of inner spaces collapse.
    private static func words(of paragraph: String) -> [String] {
        var words: [String]
        let indent: String
        if paragraph.unicodeScalars.allSatisfy({ isOwnGrapheme($0.value) }) {
            // No space can carry a combining mark here, so spaces are found as bytes: breaking
            // graphemes to find them was most of the wrapping.
            let bytes = paragraph.utf8
            let indentEnd = bytes.firstIndex { $0 != UInt8(ascii: " ") } ?? bytes.endIndex
            indent = String(paragraph[..<indentEnd])
            words = paragraph[indentEnd...].utf8.split(separator: UInt8(ascii: " ")).map { String(Substring($0)) }
        } else {
            let indentEnd = paragraph.firstIndex(where: { $0 != " " }) ?? paragraph.endIndex
            indent = String(paragraph[..<indentEnd])
            words = paragraph[indentEnd...].split(separator: " ").map(String.init)
        }
        words = words.gluingFrenchPunctuation()
        if !words.isEmpty { words[0] = indent + words[0] }
        return words
    }
}

extension Array where Element == String {
    /// The words with French typography's spaced punctuation kept on the line of the word it
    /// belongs to: `Rhône-Alpes ;`, `« point`, `fin »` are one unit each, so that no line starts
    /// with `;` or `»` and none ends with `«`.
    public func gluingFrenchPunctuation() -> [String] {
        var units: [String] = []
        units.reserveCapacity(count)
        var openQuote = false
        for word in self {
            if openQuote || (!units.isEmpty && Self.gluesToPrevious(word)) {
                units[units.count - 1] += " " + word
            } else {
                units.append(word)
            }
            openQuote = word == "«"
        }
        return units
    }

    /// Whether a word is punctuation French writes after a space: it never starts a line.
    private static func gluesToPrevious(_ word: String) -> Bool {
        guard let first = word.first else { return false }
        return first == ";" || first == ":" || first == "!" || first == "?" || first == "»"
    }
}
