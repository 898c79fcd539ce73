import ESSModel
import Testing

@Suite("Neighbours both ways and shortest paths")
struct NeighbourAndPathTests {
    let catalogue = SmallCatalogue.catalogue

    @Test func groupsOfARecordWithLinksBothWays() {
        let groups = catalogue.neighbourGroups(of: "loire-active")
        #expect(groups.map(\.relation) == [.link(.partenaire), .link(.creePar), .link(.elu), .link(.etapeDe), .territory, .source])
        #expect(groups.map(\.direction) == [.incoming, .outgoing, .incoming, .incoming, .outgoing, .outgoing])
        #expect(groups.map(\.neighbours) == [
            [Neighbour(id: "progress", relation: .link(.partenaire), direction: .incoming, note: "collaboration")],
            [Neighbour(id: "france-active", relation: .link(.creePar), direction: .outgoing)],
            [Neighbour(id: "samuel-jabrin", relation: .link(.elu), direction: .incoming, title: "conseiller en charge de l’ESS")],
            [Neighbour(id: "creation-loire-active", relation: .link(.etapeDe), direction: .incoming)],
            [Neighbour(id: "departement-loire", relation: .territory, direction: .outgoing)],
            [Neighbour(id: "doc-a", relation: .source, direction: .outgoing)],
        ])
        #expect(groups.map { $0.label(.fr) } == ["Partenaire de", "Créé par", "Élu·e·s", "Étapes", "Territoire", "Sources"])
        #expect(groups.map { $0.label(.en) } == ["Partner of", "Created by", "Elected members", "Steps", "Territory", "Sources"])
    }

    @Test func aLinkWrittenOnceIsNavigableFromTheTarget() {
        // Only Loire Active says it was created by France Active; France Active sees it as "A créé".
        let groups = catalogue.neighbourGroups(of: "france-active")
        let created = groups.first { $0.relation == .link(.creePar) }
        #expect(created?.direction == .incoming)
        #expect(created?.neighbours.map(\.id) == ["loire-active"])
        #expect(created?.label(.fr) == "A créé")
        #expect(created?.label(.en) == "Created")
        #expect(catalogue.neighbours(of: "france-active").contains(Neighbour(id: "progress", relation: .link(.partenaire), direction: .incoming)))
    }

    @Test func governanceMembersAreLinksNotedWithTheirBody() {
        let member = catalogue.neighbours(of: "cress-rhone-alpes").first { $0.relation == .link(.membre) }
        #expect(member == Neighbour(id: "progress", relation: .link(.membre), direction: .incoming, note: "Comité de pilotage"))
    }

    @Test func territoryStructureIsNavigable() {
        let groups = catalogue.neighbourGroups(of: "ancienne-region-rhone-alpes")
        #expect(groups.map { $0.label(.fr) } == ["Présents ici", "Situé dans", "Région actuelle", "Départements"])
        let region = catalogue.neighbourGroups(of: "region-ara")
        #expect(region.map { $0.label(.fr) } == ["Situé dans", "Contient", "Anciennes régions"])
        #expect(region[1].neighbours.map(\.id) == ["departement-loire"])
    }

    @Test func eventsOfARecordInDateOrder() {
        #expect(catalogue.events(of: "sress").map(\.id) == ["mise-en-oeuvre", "sress-adoption"])
        #expect(catalogue.events(of: "loire-active").map(\.id) == ["creation-loire-active"])
    }

    /// "from -role/direction-> to" for each step.
    func steps(_ path: [PathStep]?) -> [String]? {
        path?.map { "\($0.from) -\($0.relation.name)/\($0.direction.rawValue)-> \($0.to)" }
    }

    @Test func shortestPathFollowsWrittenLinksForward() {
        #expect(steps(catalogue.shortestPath(from: "samuel-jabrin", to: "france-active")) == [
            "samuel-jabrin -elu/outgoing-> loire-active",
            "loire-active -cree-par/outgoing-> france-active",
        ])
    }

    @Test func shortestPathFollowsWrittenLinksBackward() {
        #expect(steps(catalogue.shortestPath(from: "france-active", to: "samuel-jabrin")) == [
            "france-active -cree-par/incoming-> loire-active",
            "loire-active -elu/incoming-> samuel-jabrin",
        ])
    }

    @Test func noPathWhenDisconnected() {
        #expect(catalogue.shortestPath(from: "isolated", to: "samuel-jabrin") == nil)
        // Sharing a territory or a source is not a path.
        #expect(catalogue.shortestPath(from: "pole-sud", to: "loire-active") == nil)
        #expect(catalogue.shortestPath(from: "nope", to: "loire-active") == nil)
        #expect(steps(catalogue.shortestPath(from: "loire-active", to: "loire-active")) == [])
    }

    @Test func builtInPathFromSamuelJabrinToLoireActive() throws {
        let catalogue = try BuiltIn.catalogue()
        #expect(steps(catalogue.shortestPath(from: "samuel-jabrin", to: "loire-active")) == [
            "samuel-jabrin -elu/outgoing-> grand-roanne-agglomeration",
            "grand-roanne-agglomeration -cree-par/incoming-> loire-active",
        ])
    }
}
