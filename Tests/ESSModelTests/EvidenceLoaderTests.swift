import ESSModel
import Testing

/// A second source, for records that cite two documents.
private let secondSource = """
    sources:
      - id: autre-doc
        title: Un autre document
        file: 001_autre.txt

    """

@Suite("Loader: evidence and basis")
struct EvidenceLoaderTests {
    @Test func evidenceAndBasisOnEveryKindOfFact() throws {
        let catalogue = try loadedCatalogue([("records.yaml", """
            actors:
              - id: loire-active
                name: Loire Active
                kind: autre
                links:
                  - {target: france-active, role: cree-par, evidence: {paragraph: 5, opening: "Grâce à une convention"}, basis: interpreted}
                sources: [doc]
              - id: france-active
                name: France Active
                kind: reseau
                sources: [doc]
            programmes:
              - id: progress
                name: PROGRESS
                kind: programme-territorial
                period: {start: "2009", evidence: {paragraph: 2, opening: "Fin 2009"}, basis: stated}
                governance:
                  - name: Comité de pilotage
                    evidence: {paragraph: 3, opening: "Un comité de pilotage"}
                    basis: announced
                    members:
                      - {target: france-active, role: membre, evidence: {paragraph: 3, opening: "Un comité"}}
                figures:
                  - {value: 200, unit: acteurs, label: "acteurs", approximate: true, evidence: {paragraph: 2, opening: "Près de 200 acteurs"}}
                sources: [doc]
            events:
              - id: creation
                title: Création
                date: "2010"
                evidence: {paragraph: 4, opening: "La création de Loire Active", source: doc}
                basis: announced
                sources: [doc]
            """)])
        let actor = try #require(catalogue.actor("loire-active"))
        #expect(actor.links == [Link(target: "france-active", role: .creePar,
                                     evidence: Evidence(source: "doc", paragraph: 5, opening: "Grâce à une convention"),
                                     basis: .interpreted)])
        let programme = try #require(catalogue.programme("progress"))
        #expect(programme.period?.evidence == Evidence(source: "doc", paragraph: 2, opening: "Fin 2009"))
        #expect(programme.period?.basis == .stated)
        #expect(programme.governance.first?.evidence == Evidence(source: "doc", paragraph: 3, opening: "Un comité de pilotage"))
        #expect(programme.governance.first?.basis == .announced)
        #expect(programme.governance.first?.members.first?.evidence?.opening == "Un comité")
        #expect(programme.allLinks.first?.evidence?.opening == "Un comité")
        let figure = try #require(programme.figures.first)
        #expect(figure.approximate && figure.basis == .stated && figure.evidence?.paragraph == 2)
        let event = try #require(catalogue.event("creation"))
        #expect(event.evidence == Evidence(source: "doc", paragraph: 4, opening: "La création de Loire Active"))
        #expect(event.basis == .announced)
    }

    @Test func factsWithoutEvidenceAreStatedAndExact() throws {
        let catalogue = try loadedCatalogue([("records.yaml", """
            events:
              - id: e
                title: E
                figures: [{value: 3, label: trois}]
                sources: [doc]
            """)])
        let event = try #require(catalogue.event("e"))
        #expect(event.evidence == nil && event.basis == .stated)
        #expect(event.figures == [KeyFigure(value: 3, label: "trois")])
    }

    @Test func theSourceMustBeNamedWhenTheRecordCitesSeveral() throws {
        let found = try failedLoad([("s.yaml", secondSource), ("t.yaml", """
            events:
              - id: e
                title: E
                evidence: {paragraph: 1, opening: "Un"}
                sources: [doc, autre-doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:4:15: the evidence must name its source: this record cites 2 (doc, autre-doc)"])
        #expect(found.first?.hint == "add `source: doc` (or another of them)")
    }

    @Test func theSourceMustBeOneTheRecordCites() throws {
        let found = try failedLoad([("s.yaml", secondSource), ("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                links:
                  - {target: b, role: membre, evidence: {paragraph: 1, opening: "Un", source: autre-dco}}
                sources: [doc, autre-doc]
              - id: b
                name: B
                kind: autre
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:6:83: the evidence's source 'autre-dco' is not one the record cites"])
        #expect(found.first?.hint == "did you mean 'autre-doc'?")
    }

    @Test func aLocatorOfMoreThanEightWordsIsAnError() throws {
        let found = try failedLoad([("t.yaml", """
            events:
              - id: e
                title: E
                evidence: {paragraph: 1, opening: "Un deux trois quatre cinq six sept huit neuf"}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:4:39: the locator has 9 words; at most 8 are kept"])
        #expect(found.first?.hint == "keep the first words: \"un deux trois quatre cinq six sept huit\"")
    }

    @Test func eightWordsWithApostrophesAndQuotesAreAllowed() throws {
        _ = try loadedCatalogue([("t.yaml", """
            events:
              - id: e
                title: E
                evidence: {paragraph: 1, opening: "« Grâce à une convention d’objectifs qui nous »"}
                sources: [doc]
            """)])
    }

    @Test func badParagraphBasisAndFieldsAreLocatedWithHints() throws {
        let found = try failedLoad([("t.yaml", """
            events:
              - id: e
                title: E
                evidence: {paragraf: 1, opening: "Un"}
                basis: interpretted
                figures:
                  - {value: 1, label: un, approximate: peut-être, evidence: {paragraph: 0, opening: "Un"}}
                  - {value: 2, label: deux, evidence: "paragraphe 3"}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == [
            "t.yaml:4:15: missing required field 'paragraph' in evidence",
            "t.yaml:4:16: unknown field 'paragraf' in evidence",
            "t.yaml:5:12: unknown basis 'interpretted'",
            "t.yaml:7:44: 'approximate' must be true or false, not 'peut-être'",
            "t.yaml:7:77: 'paragraph' must be a whole number from 1, not '0'",
            "t.yaml:8:43: 'evidence' must be a mapping",
        ])
        #expect(found[1].hint == "did you mean 'paragraph'?")
        #expect(found[2].hint == "did you mean 'interpreted'? known: stated, interpreted, announced")
    }

    @Test func evidenceIsNotAcceptedWhereNoFactIs() throws {
        let found = try failedLoad([("t.yaml", """
            actors:
              - id: a
                name: A
                kind: autre
                evidence: {paragraph: 1, opening: "Un"}
                founded: {date: "2010", basis: announced}
                sources: [doc]
            """)])
        #expect(found.map(\.line) == ["t.yaml:5:5: unknown field 'evidence' in actor", "t.yaml:6:29: unknown field 'basis' in founded"])
    }
}
