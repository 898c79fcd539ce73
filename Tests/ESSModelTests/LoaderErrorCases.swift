import ESSModel
import Testing

/// A catalogue that must not load, and the diagnostics it must give: every validation error,
/// located. `LoaderErrorTests` runs each one (`swift test --filter LoaderErrorTests`).
struct LoaderErrorCase: Sendable, CustomTestStringConvertible {
    let name: String
    /// Loaded after `base.yaml` (a source `doc` and the territory `france`).
    let files: [CatalogueFile]
    /// Every diagnostic, as `file:line:column: message`, in order.
    let lines: [String]
    /// The first diagnostic's hint, whole or its beginning; not checked when both are nil.
    var hint: String?
    var hintPrefix: String?

    init(_ name: String, _ files: [(String, String)], _ lines: [String], hint: String? = nil, hintPrefix: String? = nil) {
        self.init(name, files.map { CatalogueFile(path: $0.0, contents: $0.1) }, lines, hint: hint, hintPrefix: hintPrefix)
    }

    init(_ name: String, _ files: [CatalogueFile], _ lines: [String], hint: String? = nil, hintPrefix: String? = nil) {
        self.name = name
        self.files = files
        self.lines = lines
        self.hint = hint
        self.hintPrefix = hintPrefix
    }

    var testDescription: String { name }
}

extension LoaderErrorCase {
    static let all: [LoaderErrorCase] = written + unknownKinds + badDates + uncitedRecords

    static let written: [LoaderErrorCase] = [
        LoaderErrorCase("YAML syntax error", [("t.yaml", """
            actors:
              - id: a
                name: A: B
                kind: autre
            """)],
              ["t.yaml:3:12: YAML syntax error: mapping values are not allowed in this context"],
              hintPrefix: "check the indentation and quoting around this place"),
        LoaderErrorCase("Unknown field suggests the closest", [("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                summry: Un résumé
                sources: [doc]
            """)],
              ["t.yaml:5:5: unknown field 'summry' in actor"],
              hint: "did you mean 'summary'?"),
        LoaderErrorCase("Unknown field with nothing close lists the fields", [("t.yaml", """
            people:
              - id: p
                name: P
                xyzzy: 1
                sources: [doc]
            """)],
              ["t.yaml:4:5: unknown field 'xyzzy' in person"],
              hint: "the fields of a person are: id, name, summary, territories, links, sources"),
        LoaderErrorCase("Unknown section suggests the closest", [("t.yaml", "actor:\n  - id: a\n")],
              ["t.yaml:1:1: unknown section 'actor'"],
              hint: "did you mean 'actors'?"),
        LoaderErrorCase("Missing required field", [("t.yaml", """
            actors:
              - id: a
                kind: autre
                sources: [doc]
            """)],
              ["t.yaml:2:5: missing required field 'name' in actor"],
              hint: "add `name: Nom`"),
        LoaderErrorCase("Missing target of ALink", [("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                links:
                  - {role: membre}
                sources: [doc]
            """)],
              ["t.yaml:6:9: missing required field 'target' in link"]),
        LoaderErrorCase("Unknown link role", [("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                links:
                  - {target: france, role: porter}
                sources: [doc]
            """)],
              ["t.yaml:6:32: unknown link role 'porter'"],
              hintPrefix: "did you mean 'porteur'? known: porteur, pilote, copilote,"),
        LoaderErrorCase("Bad date inside ARange", [("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                period: {start: "2017", end: "2021-02-30"}
                sources: [doc]
            """)],
              ["t.yaml:5:34: bad date '2021-02-30'"]),
        LoaderErrorCase("Period ending before it starts", [("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                period: {start: "2017", end: "2015"}
                sources: [doc]
            """)],
              ["t.yaml:5:13: 'period' ends (2015) before it starts (2017)"],
              hint: "swap start and end"),
        LoaderErrorCase("Duplicate IDIn two files names both places", [
            ("a.yaml", "actors:\n  - id: twice\n    name: A\n    kind: autre\n    sources: [doc]\n"),
            ("b.yaml", "people:\n  - id: twice\n    name: B\n    sources: [doc]\n"),
        ],
              ["b.yaml:2:9: duplicate id 'twice', first defined at a.yaml:2:9"],
              hint: "ids are unique across the whole catalogue; rename one of them"),
        LoaderErrorCase("Duplicate IDOf an axis and of ARecord", [("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                axes:
                  - id: doc
                    title: Un axe
                sources: [doc]
            """)],
              ["t.yaml:6:13: duplicate id 'doc', first defined at base.yaml:2:9"]),
        // The second record has an unknown kind, so it is not built, but its id is still a duplicate.
        LoaderErrorCase("Duplicate IDOf ARecord dropped for another error", [
            ("a.yaml", "actors:\n  - id: twice\n    name: A\n    kind: autre\n    sources: [doc]\n"),
            ("b.yaml", "actors:\n  - id: twice\n    name: B\n    kind: nope\n    sources: [doc]\n"),
        ],
              [
            "b.yaml:2:9: duplicate id 'twice', first defined at a.yaml:2:9",
            "b.yaml:4:11: unknown actor kind 'nope'",
        ]),
        LoaderErrorCase("Unknown reference suggests the closest ID", [("t.yaml", """
            actors:
              - id: loire-active
                name: Loire Active
                kind: financeur
                sources: [doc]
              - id: other
                name: Other
                kind: autre
                links:
                  - {target: loire-actve, role: partenaire}
                sources: [doc]
            """)],
              ["t.yaml:10:18: unknown reference 'loire-actve' in 'target'"],
              hint: "did you mean 'loire-active'?"),
        // 'frnce' is close to the actor 'franc' and to the territory 'france'; territories want a territory.
        LoaderErrorCase("Unknown reference suggests only IDs of the expected type", [("t.yaml", """
            actors:
              - id: franc
                name: Franc
                kind: autre
                territories: [frnce]
                sources: [doc]
            """)],
              ["t.yaml:5:19: unknown reference 'frnce' in 'territories'"],
              hint: "did you mean 'france'?"),
        LoaderErrorCase("Unknown reference with nothing close", [("t.yaml", """
            people:
              - id: p
                name: P
                sources: [zzzzzzzzzz]
            """)],
              ["t.yaml:4:15: unknown reference 'zzzzzzzzzz' in 'sources'"],
              hint: "no record has this id; add it or fix the spelling"),
        LoaderErrorCase("Reference to the wrong type", [("t.yaml", """
            actors:
              - id: an-actor
                name: An actor
                kind: autre
                sources: [doc]
              - id: other
                name: Other
                kind: autre
                territories: [an-actor]
                sources: [france]
            """)],
              [
            "t.yaml:9:19: 'territories' must name a territory, but 'an-actor' is an actor",
            "t.yaml:10:15: 'sources' must name a source, but 'france' is a territory",
        ],
              hint: "point 'territories' at a territory id"),
        LoaderErrorCase("Link to itself", [("t.yaml", """
            actors:
              - id: loire-active
                name: Loire Active
                kind: financeur
                links:
                  - {target: loire-active, role: partenaire}
                sources: [doc]
            """)],
              ["t.yaml:6:18: 'loire-active' links to itself in 'target'"],
              hint: "a link joins two different records"),
        LoaderErrorCase("Territory that is its own parent", [("t.yaml", "territories:\n  - id: t\n    name: T\n    level: commune\n    parent: t\n")],
              [
            "t.yaml:2:9: cycle in the territory hierarchy: t → t",
            "t.yaml:5:13: 't' links to itself in 'parent'",
        ]),
        LoaderErrorCase("Former region without current", [("t.yaml", """
            territories:
              - id: ancienne-region-rhone-alpes
                name: Rhône-Alpes
                level: ancienne-region
                code: "82"
            """)],
              ["t.yaml:2:5: former region 'ancienne-region-rhone-alpes' has no current region"],
              hint: "add `current: region-…` naming the region it merged into in 2016"),
        LoaderErrorCase("Malformed ID", [("t.yaml", "people:\n  - id: Samuel_Jabrin\n    name: S\n    sources: [doc]\n")],
              ["t.yaml:2:9: malformed id 'Samuel_Jabrin'"]),
        LoaderErrorCase("File that is not AMapping", [("t.yaml", "- id: a\n")],
              ["t.yaml:1:1: a catalogue file must be a mapping of lists, not a list"]),
        // Line 3, after "    title: " (11 columns) and "é" (one column, two bytes): the bad byte 0xFF.
        LoaderErrorCase("Invalid UTF-8 reports line, column and byte offset",
              [CatalogueFile(path: "latin1.yaml", bytes: Array("sources:\n  - id: doc\n    title: é".utf8) + [0xFF]
                  + Array("\n    file: x.txt\n".utf8))],
              ["latin1.yaml:3:13: invalid UTF-8 at byte offset 34 (byte 0xff)"],
              hint: "save the file as UTF-8; the text must not contain bytes from another encoding"),
        LoaderErrorCase("Binary file is invalid UTF-8 at its first bad byte",
              [CatalogueFile(path: "image.yaml", bytes: Array(0...255).map(UInt8.init))],
              ["image.yaml:2:118: invalid UTF-8 at byte offset 128 (byte 0x80)"]),
        LoaderErrorCase("Several documents in one file are refused", [("two.yaml", "actors: []\n---\nactors: []\n")],
              ["two.yaml:2:1: YAML syntax error: but found another document (expected a single document in the stream)"]),
        // Reported once, at the territory of the cycle that sorts first; t-d only leads into it.
        LoaderErrorCase("Cycle in the territory hierarchy", [("t.yaml", """
            territories:
              - id: t-b
                name: B
                level: commune
                parent: t-c
              - id: t-c
                name: C
                level: epci
                parent: t-a
              - id: t-a
                name: A
                level: departement
                parent: t-b
              - id: t-d
                name: D
                level: commune
                parent: t-a
            """)],
              ["t.yaml:10:9: cycle in the territory hierarchy: t-a → t-b → t-c → t-a"],
              hint: "a territory's parent must be a larger territory; fix one 'parent' of this chain"),
    ]

    /// The record is referenced by another one: that reference must not cascade into "unknown reference".
    static let unknownKinds: [LoaderErrorCase] = [
        ("actors:\n  - id: x\n    name: X\n    kind: financer\n    sources: [doc]\n", "4:11: unknown actor kind 'financer'",
         "did you mean 'financeur'? known: commune, epci, pays, departement, region, etat, cress, reseau, financeur, entreprise-ess, ptce, dispositif, evenement-recurrent, media, consulaire, recherche, entreprise, autre"),
        ("programmes:\n  - id: x\n    name: X\n    kind: strategie-regional\n    sources: [doc]\n", "4:11: unknown programme kind 'strategie-regional'",
         "did you mean 'strategie-regionale'? known: programme-territorial, strategie-regionale, schema-metropolitain, politique-locale, politique-regionale, reseau, contrat, appel-a-projets, plan-d-actions, experimentation, schema-regional"),
        ("territories:\n  - id: x\n    name: X\n    level: departemnt\n", "4:12: unknown territory level 'departemnt'",
         "did you mean 'departement'? known: commune, epci, pays, arrondissement, departement, region, ancienne-region, pays-etranger, france"),
    ].map { record, expected, hint in
        LoaderErrorCase("Unknown kind or level: \(expected)", [("t.yaml", record), ("u.yaml", """
            events:
              - id: e
                title: E
                links:
                  - {target: x, role: participant}
                sources: [doc]
            """)], ["t.yaml:\(expected)"], hint: hint)
    }

    static let badDates: [LoaderErrorCase] = ["2016-13-45", "2015-02-29", "2016-04-31", "2016-4-28", "16", "2016-00", "avril 2016"].map { text in
        LoaderErrorCase("Bad date '\(text)'", [("t.yaml", """
            events:
              - id: e
                title: E
                date: "\(text)"
                sources: [doc]
            """)], ["t.yaml:4:11: bad date '\(text)'"],
            hint: "write a real date as \"2016\", \"2016-04\" or \"2016-04-28\" (quoted)")
    }

    static let uncitedRecords: [LoaderErrorCase] = [
        ("actors", "actor", "    kind: autre\n"),
        ("people", "person", ""),
        ("programmes", "programme", "    kind: contrat\n"),
        ("events", "event", ""),
    ].map { section, type, extra in
        let field = section == "events" ? "title" : "name"
        return LoaderErrorCase("\(type.capitalized) citing no source", [("t.yaml", "\(section):\n  - id: r\n    \(field): R\n\(extra)    sources: []\n")],
                               ["t.yaml:2:5: \(type) 'r' cites no source"],
                               hint: "add `sources: [source-id]` naming the document(s) it comes from")
    }
}
