/// Checks that hold across files: unique ids, references that resolve to the right type, no link to
/// the record itself, no cycle in the territory hierarchy.
enum CatalogueValidator {
    static func validate(_ records: [DecodedRecord]) -> [Diagnostic] {
        var diagnostics: [Diagnostic] = []
        var firstPlace: [RecordID: SourceLocation] = [:]
        var types: [RecordID: RecordType] = [:]
        for record in records {
            for (id, location) in record.definedIDs {
                if let first = firstPlace[id] {
                    diagnostics.append(Diagnostic(location, "duplicate id '\(id)', first defined at \(first)",
                                                  hint: "ids are unique across the whole catalogue; rename one of them"))
                } else {
                    firstPlace[id] = location
                }
            }
            types[record.id] = types[record.id] ?? record.type
        }
        let known = Array(types.keys.map(\.rawValue))
        for record in records {
            for reference in record.references {
                diagnostics += check(reference, in: record, types: types, known: known)
            }
        }
        diagnostics += territoryCycles(records.compactMap { $0.record as? Territory },
                                       locations: Dictionary(records.map { ($0.id, $0.location) }, uniquingKeysWith: { a, _ in a }))
        return diagnostics
    }

    private static func check(_ reference: Reference, in record: DecodedRecord, types: [RecordID: RecordType],
                              known: [String]) -> [Diagnostic] {
        guard let actual = types[reference.id] else {
            let candidates = reference.expected.map { expected in known.filter { types[RecordID($0)].map(expected.contains) ?? false } } ?? known
            let suggestions = Suggestions.closest(to: reference.id.rawValue, among: candidates)
            return [Diagnostic(reference.location, "unknown reference '\(reference.id)' in '\(reference.field)'",
                               hint: suggestions.isEmpty ? "no record has this id; add it or fix the spelling"
                                   : "did you mean " + suggestions.map { "'\($0)'" }.joined(separator: " or ") + "?")]
        }
        if reference.id == record.id {
            return [Diagnostic(reference.location, "'\(record.id)' links to itself in '\(reference.field)'",
                               hint: "a link joins two different records")]
        }
        if let expected = reference.expected, !expected.contains(actual) {
            let names = expected.map(\.rawValue).sorted().joined(separator: " or ")
            return [Diagnostic(reference.location, "'\(reference.field)' must name \(withArticle(names)), but '\(reference.id)' is \(withArticle(actual.rawValue))",
                               hint: "point '\(reference.field)' at \(withArticle(names)) id")]
        }
        return []
    }

    /// Each cycle of `parent` links, reported once at the territory of the cycle that comes first.
    private static func territoryCycles(_ territories: [Territory], locations: [RecordID: SourceLocation]) -> [Diagnostic] {
        let parents = Dictionary(territories.map { ($0.id, $0.parent) }, uniquingKeysWith: { a, _ in a })
        var reported: Set<RecordID> = []
        var diagnostics: [Diagnostic] = []
        for territory in territories {
            var path: [RecordID] = []
            var cursor: RecordID? = territory.id
            while let id = cursor, !path.contains(id) {
                path.append(id)
                cursor = parents[id] ?? nil
            }
            guard let repeated = cursor, let start = path.firstIndex(of: repeated) else { continue }
            let cycle = Array(path[start...])
            guard reported.isDisjoint(with: cycle), let first = cycle.min() else { continue }
            reported.formUnion(cycle)
            let ordered = Array(cycle[cycle.firstIndex(of: first)!...] + cycle[..<cycle.firstIndex(of: first)!])
            diagnostics.append(Diagnostic(locations[first] ?? SourceLocation(file: "?", line: 1, column: 1),
                "cycle in the territory hierarchy: " + (ordered + [first]).map(\.rawValue).joined(separator: " → "),
                hint: "a territory's parent must be a larger territory; fix one 'parent' of this chain"))
        }
        return diagnostics
    }
}
