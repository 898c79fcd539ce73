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
    @Test(arguments: LoaderErrorCase.all)
    func diagnosticsAreLocated(_ error: LoaderErrorCase) throws {
        let found = try diagnostics(of: CatalogueLoader.load(files: [CatalogueFile(path: "base.yaml", contents: baseYAML)] + error.files))
        #expect(found.map(\.line) == error.lines)
        if let hint = error.hint { #expect(found.first?.hint == hint) }
        if let prefix = error.hintPrefix { #expect(found.first?.hint?.hasPrefix(prefix) == true, "\(found.first?.hint ?? "no hint")") }
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
}
