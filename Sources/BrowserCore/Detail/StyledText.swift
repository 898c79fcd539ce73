import TerminalGrid

/// A run of text in one style role, possibly a hyperlink to a web or e-mail address.
public struct Span: Hashable, Sendable {
    public var text: String
    public var role: StyleRole
    /// The address this text links to (`https://…`, `mailto:…`): the grid marks its cells, and
    /// the terminal shows them as an OSC 8 hyperlink.
    public var link: String?

    public init(_ text: String, _ role: StyleRole = .normal, link: String? = nil) {
        self.text = text
        self.role = role
        self.link = link
    }
}

/// Word wrap for text whose words carry different roles (a link name, then a muted detail).
///
/// TerminalGrid's `wrapped(toWidth:)` wraps plain text; this does the same by display width,
/// word by word, but keeps each word's role, so a link stays underlined across a line break.
/// Text must be sanitised before it gets here: widths are measured on what will be drawn.
enum StyledText {
    /// Wraps `spans` into lines of at most `width` columns. The first line starts with
    /// `firstIndent`, the others with `restIndent` spaces (a hanging indent).
    static func wrap(_ spans: [Span], width: Int, firstIndent: [Span] = [], restIndent: Int = 0) -> [[Span]] {
        let firstWidth = firstIndent.reduce(0) { $0 + $1.text.displayWidth }
        guard width > firstWidth else {
            // Not even the indent fits: one truncated line, so the content is still hinted at.
            let text = (firstIndent + spans).map(\.text).joined()
            return [[Span(text.truncated(toWidth: width), spans.first?.role ?? .normal)]]
        }
        let rest = min(max(0, restIndent), max(0, width - 1))
        var lines: [[Span]] = []
        var line = firstIndent
        var used = firstWidth
        var lineHasWord = false
        var lastRole: StyleRole?
        var lastLink: String?
        func newLine() {
            lines.append(line)
            line = rest > 0 ? [Span(String(repeating: " ", count: rest))] : []
            used = rest
            lineHasWord = false
            lastRole = nil
            lastLink = nil
        }
        for (word, role, link) in words(of: spans) {
            let wordWidth = word.displayWidth
            let gap = lineHasWord ? 1 : 0
            if used + gap + wordWidth > width && lineHasWord { newLine() }
            if lineHasWord {
                // The space between two words of one link is part of it; never between two links.
                let joined = lastRole == role && lastLink == link
                append(" ", role: joined ? role : .normal, link: joined ? link : nil, to: &line)
                used += 1
            }
            var remaining = Substring(word)
            // A word wider than the line is cut between graphemes.
            while used + remaining.displayWidth > width {
                let head = String(remaining).prefix(fittingWidth: max(0, width - used))
                if head.text.isEmpty && (lineHasWord || used > rest) {
                    newLine()
                    continue
                }
                // A grapheme wider than a whole fresh line goes alone; the grid clips it.
                let taken = head.text.isEmpty ? String(remaining.prefix(1)) : head.text
                append(taken, role: role, link: link, to: &line)
                used += taken.displayWidth
                remaining = remaining.dropFirst(taken.count).drop { $0 == " " }
                lineHasWord = true
                if remaining.isEmpty { break }
                newLine()
            }
            if !remaining.isEmpty {
                append(String(remaining), role: role, link: link, to: &line)
                used += remaining.displayWidth
            }
            lineHasWord = true
            lastRole = role
            lastLink = link
        }
        lines.append(line)
        return lines
    }

    /// Words split on spaces, each with the role and link of the span it came from; French
    /// spaced punctuation stays with its word (see `gluingFrenchPunctuation`).
    private static func words(of spans: [Span]) -> [(String, StyleRole, String?)] {
        spans.flatMap { span in
            span.text.split(separator: " ").map(String.init).gluingFrenchPunctuation().map { ($0, span.role, span.link) }
        }
    }

    /// Appends text, merging with the last span when the role and link are the same.
    private static func append(_ text: String, role: StyleRole, link: String? = nil, to line: inout [Span]) {
        if let last = line.last, last.role == role, last.link == link {
            line[line.count - 1].text += text
        } else {
            line.append(Span(text, role, link: link))
        }
    }
}
