import ESSModel
import TerminalGrid

/// Turning a ``RecordPage`` into the lines of the detail pane.
extension DetailDocument {
    /// Lays out the page of `inputs.record` at `inputs.width` columns.
    /// An id the catalogue does not hold is the imported actor of `inputs.importedPage`; a
    /// programme's page ends with `inputs.importedCounts` (its territories' imported actors); a
    /// source's page with `document` (its text, passages marked), which depends only on the
    /// record and the language, both part of the inputs.
    static func build(_ inputs: DetailDocument.Inputs, catalogue: Catalogue, document: [PageBlock] = []) -> DetailDocument {
        guard let id = inputs.record, inputs.width > 0 else { return .empty(inputs) }
        guard var page = catalogue.page(for: id, language: inputs.language) ?? inputs.importedPage else {
            return inputs.isReading ? .reading(inputs) : .empty(inputs)
        }
        page.blocks += inputs.importedCounts + document
        var builder = Builder(inputs: inputs)
        builder.add(page)
        return DetailDocument(inputs: inputs, title: page.title, lines: builder.lines, targets: builder.targets,
                              targetLines: builder.targetLines, headings: builder.headings)
    }

    /// Accumulates lines and targets while walking the page's blocks.
    private struct Builder {
        let inputs: DetailDocument.Inputs
        let glyphs: Glyphs
        var lines: [Line] = []
        var targets: [Target] = []
        var targetLines: [Range<Int>] = []
        var headings: [Heading] = []
        /// True while the lines appended belong to a link or axis, which addresses then share.
        var insideTarget = false

        init(inputs: DetailDocument.Inputs) {
            self.inputs = inputs
            self.glyphs = .glyphs(unicode: inputs.unicode)
        }

        var width: Int { inputs.width }
        var language: Language { inputs.language }

        mutating func add(_ page: RecordPage) {
            headings.append(Heading(title: safe(page.title), line: lines.count))
            append([Span(safe(page.title), .title)])
            if !page.subtitle.isEmpty { append([Span(safe(page.subtitle), .muted)]) }
            for block in page.blocks { add(block) }
            blank()
            append([Span(UIStrings.identifier(language) + separator + page.id.rawValue, .muted)])
        }

        // MARK: - Blocks

        mutating func add(_ block: PageBlock) {
            switch block {
            case .heading(let title):
                blank()
                headings.append(Heading(title: safe(title), line: lines.count))
                append([Span(safe(title), .heading)])
            case .field(let label, let value):
                let prefix = Span(safe(label) + separator, .muted)
                let spans = WebAddresses.fieldAddress(safe(value)).map { [Span(safe(value), .link, link: $0)] } ?? linked(value)
                append(spans, firstIndent: [prefix], restIndent: 2)
            case .paragraph(let text):
                for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
                    append(linked(String(paragraph)))
                }
            case .axis(let id, let number, let title, let objectives):
                addAxis(id: id, number: number, title: title, objectives: objectives)
            case .item(let text, let detail):
                var spans = linked(text)
                if let detail, !detail.isEmpty { spans += [Span(glyphs.dash + " ", .muted)] + linked(detail, .muted) }
                append(spans, firstIndent: [Span("  " + glyphs.bullet + " ")], restIndent: 4)
            case .group(let label):
                append([Span(safe(label), .accent)], firstIndent: [Span(" ")], restIndent: 1)
            case .link(let target, let text, let detail):
                var spans = [Span(safe(text), .link)]
                if let detail, !detail.isEmpty { spans += [Span(glyphs.dash + " ", .muted)] + linked(detail, .muted) }
                let arrow = glyphs.link + " "
                addTarget(.link(target)) { builder in
                    builder.append(spans, firstIndent: [Span("  "), Span(arrow, .link)], restIndent: 2 + arrow.displayWidth)
                }
            }
        }

        /// An axis line with its fold mark; its objectives unless folded.
        mutating func addAxis(id: RecordID, number: Int, title: String, objectives: [String]) {
            let numberText = "\(number). "
            guard !objectives.isEmpty else {
                append([Span(safe(title))], firstIndent: [Span("    " + numberText)], restIndent: 4 + numberText.count)
                return
            }
            let folded = inputs.folded.contains(id)
            var spans = [Span(safe(title))]
            if folded { spans.append(Span("(" + UIStrings.objectiveCount(objectives.count, language) + ")", .muted)) }
            let mark = (folded ? glyphs.folded : glyphs.unfolded) + " "
            addTarget(.axis(id)) { builder in
                builder.append(spans, firstIndent: [Span("  "), Span(mark, .accent), Span(numberText)],
                               restIndent: 2 + mark.displayWidth + numberText.count)
            }
            guard !folded else { return }
            for (index, objective) in objectives.enumerated() {
                let label = "\(number).\(index + 1) "
                let indent = 4 + numberText.count
                append(linked(objective), firstIndent: [Span(String(repeating: " ", count: indent) + label, .muted)],
                       restIndent: indent + label.count)
            }
        }

        // MARK: - Lines

        mutating func addTarget(_ target: Target, _ body: (inout Builder) -> Void) {
            let start = lines.count
            let index = targets.count
            targets.append(target)
            insideTarget = true
            body(&self)
            insideTarget = false
            for line in start..<lines.count { lines[line].target = index }
            targetLines.append(start..<lines.count)
        }

        mutating func append(_ spans: [Span], firstIndent: [Span] = [], restIndent: Int = 0) {
            for wrapped in StyledText.wrap(spans, width: width, firstIndent: firstIndent, restIndent: restIndent) {
                lines.append(Line(spans: wrapped, target: nil))
                if !insideTarget { addAddressTarget(line: lines.count - 1) }
            }
        }

        /// A line showing an address becomes a target the cursor stops on (`o` and Enter open
        /// it). A line with several addresses is the first's; an address wrapped onto the next
        /// line keeps that line in its target.
        mutating func addAddressTarget(line: Int) {
            guard let uri = lines[line].spans.lazy.compactMap(\.link).first else { return }
            if let last = targets.indices.last, targets[last] == .address(uri), targetLines[last].upperBound == line,
               lines[line].spans.first(where: { $0.link != nil && !$0.text.allSatisfy { $0 == " " } })?.link == uri {
                targetLines[last] = targetLines[last].lowerBound..<(line + 1)
                lines[line].target = last
                return
            }
            lines[line].target = targets.count
            targets.append(.address(uri))
            targetLines.append(line..<(line + 1))
        }

        /// Catalogue text as spans, its web and e-mail addresses as links.
        func linked(_ text: String, _ role: StyleRole = .normal) -> [Span] {
            let text = safe(text)
            let matches = WebAddresses.find(in: text)
            guard !matches.isEmpty else { return [Span(text, role)] }
            let characters = Array(text)
            var spans: [Span] = []
            var position = 0
            for match in matches {
                if match.range.lowerBound > position { spans.append(Span(String(characters[position..<match.range.lowerBound]), role)) }
                spans.append(Span(String(characters[match.range]), .link, link: match.uri))
                position = match.range.upperBound
            }
            if position < characters.count { spans.append(Span(String(characters[position...]), role)) }
            return spans
        }

        /// One empty line, never two in a row nor at the top.
        mutating func blank() {
            guard let last = lines.last, !last.spans.isEmpty else { return }
            lines.append(Line(spans: [], target: nil))
        }

        var separator: String { UIStrings.separator(language) }

        /// Catalogue text as it will be drawn, so widths are measured on that.
        func safe(_ text: String) -> String { TerminalText.sanitize(text) }
    }
}
