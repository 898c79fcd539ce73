import ESSModel
import Testing

/// An axis or objective whose title is ours (the document describes it without titling it) or only an
/// example the document gives says so with `basis:`, which the page shows after the title.
@Suite("Loader: the basis of axis and objective titles")
struct AxisBasisTests {
    static let programme = """
        programmes:
          - id: progress
            name: PROGRESS
            kind: programme-territorial
            axes:
              - id: axe-1
                title: Accompagner les projets structurants
                basis: interpreted
                objectives:
                  - {id: obj-1, title: Filière des déchets, basis: interpreted}
                  - {id: obj-2, title: Objectif écrit tel quel}
              - id: axe-2
                title: Titre du document
            sources: [doc]
        """

    @Test func basisIsReadAndStatedByDefault() throws {
        let catalogue = try loadedCatalogue([("p.yaml", Self.programme)])
        let axes = try #require(catalogue.programme("progress")?.axes)
        #expect(axes.map(\.basis) == [.interpreted, .stated])
        #expect(axes[0].objectives.map(\.basis) == [.interpreted, .stated])
    }

    @Test func thePageMarksTitlesThatAreOurs() throws {
        let catalogue = try loadedCatalogue([("p.yaml", Self.programme)])
        let blocks = try #require(catalogue.page(for: "progress", language: .en)?.blocks)
        #expect(blocks.contains(.axis(id: "axe-1", number: 1, title: "Accompagner les projets structurants [interpreted]",
                                      objectives: ["Filière des déchets [interpreted]", "Objectif écrit tel quel"])))
        #expect(blocks.contains(.axis(id: "axe-2", number: 2, title: "Titre du document", objectives: [])))
    }

    @Test func anUnknownBasisOnAnAxisIsAnError() throws {
        let broken = Self.programme.replacingOccurrences(of: "basis: interpreted\n        objectives:",
                                                         with: "basis: interprété\n        objectives:")
        #expect(broken != Self.programme)
        let found = try failedLoad([("p.yaml", broken)])
        #expect(found.map(\.line) == ["p.yaml:8:16: unknown basis 'interprété'"])
    }
}
