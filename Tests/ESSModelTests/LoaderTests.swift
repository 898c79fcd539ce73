import ESSModel
import Testing

@Suite("Loader: a valid catalogue")
struct LoaderValidTests {
    @Test func minimalCatalogueLoads() throws {
        let catalogue = try loadedCatalogue([("records.yaml", """
            actors:
              - id: loire-active
                name: Loire Active
                kind: financeur
                territories: [france]
                founded: {date: "2010", date_note: "en 2010"}
                links:
                  - {target: france-active, role: cree-par, note: "avec la Caisse"}
                sources: [doc]
              - id: france-active
                name: France Active
                kind: reseau
                sources: [doc]
            people:
              - id: samuel-jabrin
                name: Samuel Jabrin
                links:
                  - {target: loire-active, role: elu, title: "conseiller"}
                sources: [doc]
            programmes:
              - id: progress
                name: PROGRESS
                kind: programme-territorial
                period: {start: "2009", end: "2012"}
                axes:
                  - id: progress-axe-1
                    title: Axe un
                    objectives:
                      - {id: progress-obj-1, title: "Objectif un"}
                figures:
                  - {value: 6.5, unit: "%", label: "du budget"}
                sources: [doc]
            events:
              - id: lancement
                title: Lancement
                date: {start: "2016-04-28", end: "2016-09"}
                sources: [doc]
            """)])
        #expect(catalogue.recordCount == 7)  // axes and objectives are parts of their programme, not records
        #expect(catalogue.allIDs.map(\.rawValue) == [
            "progress", "france-active", "loire-active", "samuel-jabrin", "lancement", "france", "doc",
        ])
        let actor = try #require(catalogue.actor("loire-active"))
        #expect(actor.name == "Loire Active")
        #expect(actor.kind == .financeur)
        #expect(actor.territories == ["france"])
        #expect(actor.founded == DateRange(start: PartialDate(year: 2010), end: PartialDate(year: 2010), note: "en 2010"))
        #expect(actor.links == [Link(target: "france-active", role: .creePar, note: "avec la Caisse")])
        #expect(actor.sources == ["doc"])
        let programme = try #require(catalogue.programme("progress"))
        #expect(programme.period == DateRange(start: PartialDate(year: 2009), end: PartialDate(year: 2012)))
        #expect(programme.axes == [Axis(id: "progress-axe-1", title: "Axe un",
                                        objectives: [Objective(id: "progress-obj-1", title: "Objectif un")])])
        #expect(programme.figures == [KeyFigure(value: 6.5, unit: "%", label: "du budget")])
        let event = try #require(catalogue.event("lancement"))
        #expect(event.date == DateRange(start: PartialDate(year: 2016, month: 4, day: 28), end: PartialDate(year: 2016, month: 9)))
        #expect(catalogue.person("samuel-jabrin")?.mainTitle == "conseiller")
        #expect(catalogue.source("doc")?.file == "000_doc.txt")
    }

    @Test func textIsTrimmedAndNFCNormalised() throws {
        // "É" written as E + combining acute (NFD) must compare equal to the precomposed form.
        let catalogue = try loadedCatalogue([("a.yaml", "actors:\n  - id: a\n    name: \"  E\u{301}conomie  \"\n    kind: autre\n    sources: [doc]\n")])
        #expect(catalogue.actor("a")?.name.unicodeScalars.map(\.value) == "Économie".unicodeScalars.map(\.value))
    }

    @Test func emptyFileAndEmptySectionsHoldNoRecords() throws {
        let catalogue = try loadedCatalogue([("empty.yaml", ""), ("sections.yaml", "actors:\nevents: ~\n")])
        #expect(catalogue.recordCount == 2)
        #expect(catalogue.actors.isEmpty && catalogue.events.isEmpty)
    }
}

@Suite("Loader: every validation error, located")
struct LoaderErrorTests {
    @Test func yamlSyntaxError() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                name: A: B
                kind: autre
            """)])
        #expect(found.map(\.line) == ["t.yaml:3:12: YAML syntax error: mapping values are not allowed in this context"])
        #expect(found.first?.hint?.hasPrefix("check the indentation and quoting around this place") == true)
    }

    @Test func invalidUTF8ReportsLineColumnAndByteOffset() throws {
        // Line 3, after "    title: " (11 columns) and "é" (one column, two bytes): the bad byte 0xFF.
        var bytes = Array("sources:\n  - id: doc\n    title: é".utf8)
        bytes.append(0xFF)
        bytes += Array("\n    file: x.txt\n".utf8)
        let result = CatalogueLoader.load(files: [CatalogueFile(path: "latin1.yaml", bytes: bytes)])
        let found = try diagnostics(of: result)
        #expect(found.map(\.line) == ["latin1.yaml:3:13: invalid UTF-8 at byte offset 34 (byte 0xff)"])
        #expect(found.first?.hint == "save the file as UTF-8; the text must not contain bytes from another encoding")
    }

    @Test func unknownFieldSuggestsTheClosest() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                summry: Un résumé
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:5:5: unknown field 'summry' in actor"])
        #expect(found.first?.hint == "did you mean 'summary'?")
    }

    @Test func unknownFieldWithNothingCloseListsTheFields() throws {
        let found = try failedLoad([("t.yaml", """
            people:
              - id: p
                name: P
                xyzzy: 1
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:4:5: unknown field 'xyzzy' in person"])
        #expect(found.first?.hint == "the fields of a person are: id, name, summary, territories, links, sources")
    }

    @Test func unknownSectionSuggestsTheClosest() throws {
        let found = try failedLoad([("t.yaml", "actor:\n  - id: a\n")])
        #expect(found.map(\.line) == ["t.yaml:1:1: unknown section 'actor'"])
        #expect(found.first?.hint == "did you mean 'actors'?")
    }

    @Test func missingRequiredField() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                kind: autre
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:2:5: missing required field 'name' in actor"])
        #expect(found.first?.hint == "add `name: Nom`")
    }

    @Test func missingTargetOfALink() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                links:
                  - {role: membre}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:6:9: missing required field 'target' in link"])
    }

    @Test(arguments: [
        ("actors:\n  - id: x\n    name: X\n    kind: financer\n    sources: [doc]\n", "4:11: unknown actor kind 'financer'",
         "did you mean 'financeur'? known: commune, epci, pays, departement, region, etat, cress, reseau, financeur, entreprise-ess, ptce, dispositif, evenement-recurrent, media, consulaire, recherche, entreprise, autre"),
        ("programmes:\n  - id: x\n    name: X\n    kind: strategie-regional\n    sources: [doc]\n", "4:11: unknown programme kind 'strategie-regional'",
         "did you mean 'strategie-regionale'? known: programme-territorial, strategie-regionale, schema-metropolitain, politique-locale, politique-regionale, reseau, contrat, appel-a-projets, plan-d-actions, experimentation, schema-regional"),
        ("territories:\n  - id: x\n    name: X\n    level: departemnt\n", "4:12: unknown territory level 'departemnt'",
         "did you mean 'departement'? known: commune, epci, pays, arrondissement, departement, region, ancienne-region, pays-etranger, france"),
    ])
    func unknownKindOrLevel(record: String, expected: String, hint: String) throws {
        // The record is referenced by another one: that reference must not cascade into "unknown reference".
        let found = try failedLoad([("t.yaml", record), ("u.yaml", """
            events:
              - id: e
                title: E
                links:
                  - {target: x, role: participant}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:\(expected)"])
        #expect(found.first?.hint == hint)
    }

    @Test func unknownLinkRole() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                links:
                  - {target: france, role: porter}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:6:32: unknown link role 'porter'"])
        #expect(found.first?.hint?.hasPrefix("did you mean 'porteur'? known: porteur, pilote, copilote,") == true)
    }

    @Test(arguments: ["2016-13-45", "2015-02-29", "2016-04-31", "2016-4-28", "16", "2016-00", "avril 2016"])
    func badDate(_ text: String) throws {
        let found = try failedLoad([("t.yaml", """
            events:
              - id: e
                title: E
                date: "\(text)"
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:4:11: bad date '\(text)'"])
        #expect(found.first?.hint == "write a real date as \"2016\", \"2016-04\" or \"2016-04-28\" (quoted)")
    }

    @Test func badDateInsideARange() throws {
        let found = try failedLoad([("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                period: {start: "2017", end: "2021-02-30"}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:5:34: bad date '2021-02-30'"])
    }

    @Test func periodEndingBeforeItStarts() throws {
        let found = try failedLoad([("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                period: {start: "2017", end: "2015"}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:5:13: 'period' ends (2015) before it starts (2017)"])
        #expect(found.first?.hint == "swap start and end")
    }

    @Test func aRangeWithinTheSameMonthIsNotReversed() throws {
        let catalogue = try loadedCatalogue([("t.yaml", """
            events:
              - id: e
                title: E
                date: {start: "2016-12", end: "2016"}
                sources: [doc]
            """)])
        #expect(catalogue.event("e")?.date?.isReversed == false)
    }

    @Test func duplicateIDInTwoFilesNamesBothPlaces() throws {
        let found = try failedLoad([
            ("a.yaml", "actors:\n  - id: twice\n    name: A\n    kind: autre\n    sources: [doc]\n"),
            ("b.yaml", "people:\n  - id: twice\n    name: B\n    sources: [doc]\n"),
        ])
        #expect(found.map(\.line) == ["b.yaml:2:9: duplicate id 'twice', first defined at a.yaml:2:9"])
        #expect(found.first?.hint == "ids are unique across the whole catalogue; rename one of them")
    }

    @Test func duplicateIDOfAnAxisAndOfARecord() throws {
        let found = try failedLoad([("t.yaml", """
            programmes:
              - id: p
                name: P
                kind: contrat
                axes:
                  - id: doc
                    title: Un axe
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:6:13: duplicate id 'doc', first defined at base.yaml:2:9"])
    }

    @Test func duplicateIDOfARecordDroppedForAnotherError() throws {
        // The second record has an unknown kind, so it is not built, but its id is still a duplicate.
        let found = try failedLoad([
            ("a.yaml", "actors:\n  - id: twice\n    name: A\n    kind: autre\n    sources: [doc]\n"),
            ("b.yaml", "actors:\n  - id: twice\n    name: B\n    kind: nope\n    sources: [doc]\n"),
        ])
        #expect(found.map(\.line) == [
            "b.yaml:2:9: duplicate id 'twice', first defined at a.yaml:2:9",
            "b.yaml:4:11: unknown actor kind 'nope'",
        ])
    }

    @Test func unknownReferenceSuggestsTheClosestID() throws {
        let found = try failedLoad([("t.yaml", """
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
            """)])
        #expect(found.map(\.line) == ["t.yaml:10:18: unknown reference 'loire-actve' in 'target'"])
        #expect(found.first?.hint == "did you mean 'loire-active'?")
    }

    @Test func unknownReferenceSuggestsOnlyIDsOfTheExpectedType() throws {
        // 'frnce' is close to the actor 'franc' and to the territory 'france'; territories want a territory.
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: franc
                name: Franc
                kind: autre
                territories: [frnce]
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:5:19: unknown reference 'frnce' in 'territories'"])
        #expect(found.first?.hint == "did you mean 'france'?")
    }

    @Test func unknownReferenceWithNothingClose() throws {
        let found = try failedLoad([("t.yaml", """
            people:
              - id: p
                name: P
                sources: [zzzzzzzzzz]
            """)])
        #expect(found.map(\.line) == ["t.yaml:4:15: unknown reference 'zzzzzzzzzz' in 'sources'"])
        #expect(found.first?.hint == "no record has this id; add it or fix the spelling")
    }

    @Test func referenceToTheWrongType() throws {
        let found = try failedLoad([("t.yaml", """
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
            """)])
        #expect(found.map(\.line) == [
            "t.yaml:9:19: 'territories' must name a territory, but 'an-actor' is an actor",
            "t.yaml:10:15: 'sources' must name a source, but 'france' is a territory",
        ])
        #expect(found.first?.hint == "point 'territories' at a territory id")
    }

    @Test func linkToItself() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: loire-active
                name: Loire Active
                kind: financeur
                links:
                  - {target: loire-active, role: partenaire}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:6:18: 'loire-active' links to itself in 'target'"])
        #expect(found.first?.hint == "a link joins two different records")
    }

    @Test func cycleInTheTerritoryHierarchy() throws {
        let found = try failedLoad([("t.yaml", """
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
            """)])
        // Reported once, at the territory of the cycle that sorts first; t-d only leads into it.
        #expect(found.map(\.line) == ["t.yaml:10:9: cycle in the territory hierarchy: t-a → t-b → t-c → t-a"])
        #expect(found.first?.hint == "a territory's parent must be a larger territory; fix one 'parent' of this chain")
    }

    @Test func territoryThatIsItsOwnParent() throws {
        let found = try failedLoad([("t.yaml", "territories:\n  - id: t\n    name: T\n    level: commune\n    parent: t\n")])
        #expect(found.map(\.line) == [
            "t.yaml:2:9: cycle in the territory hierarchy: t → t",
            "t.yaml:5:13: 't' links to itself in 'parent'",
        ])
    }

    @Test func formerRegionWithoutCurrent() throws {
        let found = try failedLoad([("t.yaml", """
            territories:
              - id: ancienne-region-rhone-alpes
                name: Rhône-Alpes
                level: ancienne-region
                code: "82"
            """)])
        #expect(found.map(\.line) == ["t.yaml:2:5: former region 'ancienne-region-rhone-alpes' has no current region"])
        #expect(found.first?.hint == "add `current: region-…` naming the region it merged into in 2016")
    }

    @Test(arguments: [
        ("actors", "actor", "    kind: autre\n"),
        ("people", "person", ""),
        ("programmes", "programme", "    kind: contrat\n"),
        ("events", "event", ""),
    ])
    func recordCitingNoSource(section: String, type: String, extra: String) throws {
        let field = section == "events" ? "title" : "name"
        let found = try failedLoad([("t.yaml", "\(section):\n  - id: r\n    \(field): R\n\(extra)    sources: []\n")])
        #expect(found.map(\.line) == ["t.yaml:2:5: \(type) 'r' cites no source"])
        #expect(found.first?.hint == "add `sources: [source-id]` naming the document(s) it comes from")
    }

    @Test func malformedID() throws {
        let found = try failedLoad([("t.yaml", "people:\n  - id: Samuel_Jabrin\n    name: S\n    sources: [doc]\n")])
        #expect(found.map(\.line) == ["t.yaml:2:9: malformed id 'Samuel_Jabrin'"])
    }

    @Test func duplicateKeyInOneMapping() throws {
        let found = try failedLoad([("t.yaml", "people:\n  - id: p\n    name: P\n    name: Q\n    sources: [doc]\n")])
        #expect(found.count == 1)
        #expect(found.first?.message == "duplicate key 'name' in the same mapping")
        #expect(found.first?.location.file == "t.yaml")
    }

    @Test func severalErrorsAtOnceAreAllReportedSorted() throws {
        let result = loadYAML([
            ("b.yaml", """
                events:
                  - id: e
                    title: E
                    date: "2016-13-45"
                    sources: [doc]
                actors:
                  - id: a
                    name: A
                    kind: financer
                    sources: [doc]
                """),
            ("a.yaml", """
                people:
                  - id: p
                    name: P
                    links:
                      - {target: loire-actve, role: membre}
                    sources: []
                  - id: q
                    nom: Q
                    name: Q
                    sources: [doc]
                """),
        ])
        let found = try diagnostics(of: result)
        #expect(found.map(\.line) == [
            "a.yaml:2:5: person 'p' cites no source",
            "a.yaml:5:18: unknown reference 'loire-actve' in 'target'",
            "a.yaml:8:5: unknown field 'nom' in person",
            "b.yaml:4:11: bad date '2016-13-45'",
            "b.yaml:9:11: unknown actor kind 'financer'",
        ])
        guard case .failure(let errors) = result else { return }
        let description = errors.description
        #expect(description.hasPrefix("a.yaml:2:5: error: person 'p' cites no source\n    hint: add `sources: [source-id]`"))
        #expect(description.hasSuffix("\n5 errors in the catalogue; nothing was loaded."))
    }

    @Test func oneErrorIsSingular() throws {
        guard case .failure(let errors) = loadYAML([("t.yaml", "people:\n  - id: p\n    name: P\n    sources: [dox]\n")]) else {
            Issue.record("expected a failure")
            return
        }
        #expect(errors.description == """
            t.yaml:4:15: error: unknown reference 'dox' in 'sources'
                hint: did you mean 'doc'?
            1 error in the catalogue; nothing was loaded.
            """)
    }

    @Test func fileThatIsNotAMapping() throws {
        let found = try failedLoad([("t.yaml", "- id: a\n")])
        #expect(found.map(\.line) == ["t.yaml:1:1: a catalogue file must be a mapping of lists, not a list"])
    }
}
