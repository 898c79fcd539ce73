import ESSModel
import TerminalGrid

/// Renders a record page as text for `ess show`: the same blocks as the browser's detail pane,
/// wrapped at word boundaries to the output width.
struct PageTextRenderer {
    let width: Int
    let language: Language

    func render(_ page: RecordPage) -> [String] {
        var lines = [Console.styled(Console.safe(page.title), .bold)]
        if !page.subtitle.isEmpty { lines.append(Console.styled(Console.safe(page.subtitle), .dim)) }
        for block in page.blocks {
            lines += render(block)
        }
        lines.append(Console.styled("id: \(page.id)", .dim))
        return lines
    }

    private func render(_ block: PageBlock) -> [String] {
        switch block {
        case .heading(let title):
            return ["", Console.styled(Console.safe(title), .heading)]
        case .field(let label, let value):
            let prefix = label + (language == .fr ? " : " : ": ")
            return wrap(value, first: prefix, styledPrefix: .dim)
        case .paragraph(let text):
            return text.split(separator: "\n", omittingEmptySubsequences: false).flatMap {
                wrap(String($0), first: "")
            }
        case .axis(_, let number, let title, let objectives):
            var lines = wrap(title, first: "\(number). ")
            for (i, objective) in objectives.enumerated() {
                lines += wrap(objective, first: "   \(number).\(i + 1) ")
            }
            return lines
        case .item(let text, let detail):
            return wrap(text + (detail.map { $0.isEmpty ? "" : " — \($0)" } ?? ""), first: "  • ")
        case .group(let label):
            return [Console.styled("  " + Console.safe(label), .accent)]
        case .link(let target, let text, let detail):
            let suffix = (detail.map { $0.isEmpty ? "" : " — \($0)" } ?? "") + " [\(target)]"
            return wrap(text + suffix, first: "    → ")
        }
    }

    /// Word-wraps sanitised text with a first-line prefix and a hanging indent.
    private func wrap(_ text: String, first: String, rest: String? = nil, styledPrefix: TextStyle? = nil) -> [String] {
        let rest = rest ?? String(repeating: " ", count: first.displayWidth)
        let available = max(20, width - first.displayWidth)
        let wrapped = Console.safe(text).wrapped(toWidth: available)
        return wrapped.enumerated().map { i, line in
            if i == 0 {
                let prefix = styledPrefix.map { Console.styled(first, $0) } ?? first
                return prefix + line
            }
            return rest + line
        }
    }
}
