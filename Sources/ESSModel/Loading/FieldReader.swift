import Yams

/// Collects the diagnostics of one file while its records are decoded.
final class DecodeContext {
    let file: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Every evidence locator read, for the check against the documents.
    var locators: [WrittenLocator] = []

    init(file: String) { self.file = file }

    func location(_ mark: Mark?) -> SourceLocation {
        SourceLocation(file: file, line: mark?.line ?? 1, column: mark?.column ?? 1)
    }

    func error(_ message: String, at mark: Mark?, hint: String? = nil) {
        diagnostics.append(Diagnostic(location(mark), message, hint: hint))
    }
}

/// A reference from one record to another, kept with its place for "unknown reference" messages.
struct Reference {
    var id: RecordID
    var location: SourceLocation
    var field: String
    /// The record types the field may point at; nil for any.
    var expected: Set<RecordType>?
}

/// Reads the fields of one YAML mapping, reporting unknown keys, missing fields and wrong shapes.
struct FieldReader {
    let mapping: Node.Mapping
    let context: DecodeContext
    /// What the mapping is, for messages: "programme", "link", "axis".
    let what: String
    private var values: [String: Node] = [:]

    var mark: Mark? { mapping.mark }

    init(_ mapping: Node.Mapping, what: String, allowed: [String], context: DecodeContext) {
        self.mapping = mapping
        self.what = what
        self.context = context
        for (keyNode, value) in mapping {
            guard let key = keyNode.scalar?.string else {
                context.error("a key of \(withArticle(what)) must be plain text", at: keyNode.mark)
                continue
            }
            guard allowed.contains(key) else {
                let suggestions = Suggestions.closest(to: key, among: allowed, limit: 1)
                context.error("unknown field '\(key)' in \(what)", at: keyNode.mark,
                              hint: suggestions.first.map { "did you mean '\($0)'?" }
                                  ?? "the fields of \(withArticle(what)) are: \(allowed.joined(separator: ", "))")
                continue
            }
            values[key] = value
        }
    }

    func node(_ key: String) -> Node? {
        guard let node = values[key] else { return nil }
        return isNull(node) ? nil : node
    }

    func missing(_ key: String, example: String) {
        context.error("missing required field '\(key)' in \(what)", at: mark, hint: "add `\(key): \(example)`")
    }

    // MARK: - Scalars

    func string(_ key: String, required example: String? = nil) -> String? {
        guard let node = node(key) else {
            if let example { missing(key, example: example) }
            return nil
        }
        guard let scalar = node.scalar else {
            context.error("'\(key)' must be text, not \(withArticle(shapeName(node)))", at: node.mark)
            return nil
        }
        let text = TextNormalization.trimmedNFC(scalar.string)
        if text.isEmpty, let example { missing(key, example: example) }
        return text.isEmpty ? nil : text
    }

    func id(_ key: String, required: Bool = false, expected: Set<RecordType>? = nil, into references: inout [Reference]) -> RecordID? {
        guard let text = string(key, required: required ? "an-id" : nil) else { return nil }
        guard let id = checkedID(text, at: node(key)?.mark) else { return nil }
        references.append(Reference(id: id, location: context.location(node(key)?.mark), field: key, expected: expected))
        return id
    }

    /// The record's own id: well formed, not a reference.
    func ownID() -> RecordID? {
        guard let text = string("id", required: "an-id") else { return nil }
        return checkedID(text, at: node("id")?.mark)
    }

    func checkedID(_ text: String, at mark: Mark?) -> RecordID? {
        let id = RecordID(text)
        guard id.isWellFormed else {
            context.error("malformed id '\(text)'", at: mark,
                          hint: "ids are lower-case ASCII words joined by '-', e.g. 'loire-active'")
            return nil
        }
        return id
    }

    func number(_ key: String, required: Bool) -> Double? {
        guard let text = string(key, required: required ? "120" : nil) else { return nil }
        let normalised = text.replacingOccurrences(of: ",", with: ".").replacingOccurrences(of: " ", with: "")
        guard let value = Double(normalised), value.isFinite else {
            context.error("'\(key)' must be a number, not '\(text)'", at: node(key)?.mark, hint: "write e.g. 120 or 6.5")
            return nil
        }
        return value
    }

    func enumeration<E: RawRepresentable & CaseIterable>(_ key: String, _ type: E.Type, what name: String,
                                                         required: Bool = true) -> E? where E.RawValue == String {
        let codes = E.allCases.map(\.rawValue)
        guard let text = string(key, required: required ? (codes.first ?? "") : nil) else { return nil }
        guard let value = E(rawValue: text) else {
            let suggestion = Suggestions.closest(to: text, among: codes, limit: 1).first
            context.error("unknown \(name) '\(text)'", at: node(key)?.mark,
                          hint: suggestion.map { "did you mean '\($0)'? " } .map { $0 + "known: \(codes.joined(separator: ", "))" }
                              ?? "known: \(codes.joined(separator: ", "))")
            return nil
        }
        return value
    }

    /// A `true`/`false` field; absent is false.
    func flag(_ key: String) -> Bool {
        guard let text = string(key) else { return false }
        switch text.lowercased() {
        case "true", "yes": return true
        case "false", "no": return false
        default:
            context.error("'\(key)' must be true or false, not '\(text)'", at: node(key)?.mark, hint: "write `\(key): true`")
            return false
        }
    }

    // MARK: - Dates

    func date(_ key: String) -> PartialDate? {
        guard let text = string(key) else { return nil }
        return parseDate(text, at: node(key)?.mark)
    }

    func parseDate(_ text: String, at mark: Mark?) -> PartialDate? {
        guard let date = PartialDate(text) else {
            context.error("bad date '\(text)'", at: mark,
                          hint: "write a real date as \"2016\", \"2016-04\" or \"2016-04-28\" (quoted)")
            return nil
        }
        return date
    }

    /// A date or a `{start, end, date_note}` range; `note` is the sibling `date_note` field, if any.
    /// With `citing`, the mapping may also carry `evidence` and `basis` (a programme's period).
    func range(_ key: String, note: String? = nil, citing sources: [RecordID]? = nil) -> DateRange? {
        guard let node = node(key) else {
            return note.map { DateRange(start: nil, end: nil, note: $0) }
        }
        if let scalar = node.scalar {
            guard let date = parseDate(scalar.string, at: node.mark) else { return nil }
            return DateRange(date, note: note)
        }
        guard let mapping = node.mapping else {
            context.error("'\(key)' must be a date or a {start, end} mapping", at: node.mark)
            return nil
        }
        let reader = FieldReader(mapping, what: "\(key) range",
                                 allowed: ["start", "end", "date_note"] + (sources == nil ? [] : Self.evidenceFields),
                                 context: context)
        var range = DateRange(start: reader.date("start"), end: reader.date("end"),
                              note: reader.string("date_note") ?? note)
        if let sources { (range.evidence, range.basis) = reader.attestation(citing: sources) }
        if range.start == nil && range.end == nil {
            context.error("'\(key)' has neither start nor end", at: node.mark, hint: "add `start: \"2017\"` or `end:`")
        }
        if range.isReversed {
            context.error("'\(key)' ends (\(range.end!)) before it starts (\(range.start!))", at: node.mark,
                          hint: "swap start and end")
        }
        return range
    }

    // MARK: - Collections

    /// The items of a list field (a single scalar counts as a list of one).
    func items(_ key: String) -> [Node] {
        guard let node = node(key) else { return [] }
        if let sequence = node.sequence { return Array(sequence) }
        if node.scalar != nil { return [node] }
        context.error("'\(key)' must be a list", at: node.mark, hint: "write `\(key): [a, b]` or one `- item` per line")
        return []
    }

    func strings(_ key: String) -> [String] {
        items(key).compactMap { item in
            guard let text = item.scalar?.string else {
                context.error("the items of '\(key)' must be text", at: item.mark)
                return nil
            }
            return text
        }
    }

    func ids(_ key: String, expected: Set<RecordType>? = nil, into references: inout [Reference]) -> [RecordID] {
        items(key).compactMap { item -> RecordID? in
            guard let text = item.scalar?.string else {
                context.error("the items of '\(key)' must be ids", at: item.mark)
                return nil
            }
            guard let id = checkedID(text, at: item.mark) else { return nil }
            references.append(Reference(id: id, location: context.location(item.mark), field: key, expected: expected))
            return id
        }
    }

    /// The mappings of a list field, each read with its own allowed keys.
    func mappings(_ key: String, what name: String, allowed: [String]) -> [FieldReader] {
        items(key).compactMap { item in
            guard let mapping = item.mapping else {
                context.error("each item of '\(key)' must be \(withArticle(name)) mapping, not \(withArticle(shapeName(item)))", at: item.mark)
                return nil
            }
            return FieldReader(mapping, what: name, allowed: allowed, context: context)
        }
    }
}

/// A plain `~`, `null` or empty value: YAML's way of saying "nothing here".
func isNull(_ node: Node) -> Bool {
    guard let scalar = node.scalar, scalar.style == .plain else { return false }
    return ["", "~", "null", "Null", "NULL"].contains(scalar.string)
}

/// "an actor", "a link": the noun with its indefinite article, for messages.
func withArticle(_ noun: String) -> String {
    guard let first = noun.first else { return noun }
    return ("aeiouAEIOU".contains(first) ? "an " : "a ") + noun
}

func shapeName(_ node: Node) -> String {
    switch node {
    case .scalar: "single value"
    case .mapping: "mapping"
    case .sequence: "list"
    case .alias: "alias"
    }
}
