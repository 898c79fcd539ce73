/// One hop of a chain of links: from a record, along a relation, to the next.
public struct PathStep: Hashable, Sendable {
    public var from: RecordID
    public var to: RecordID
    public var relation: Relation
    public var direction: LinkDirection
}

extension Catalogue {
    /// The shortest chain of written links (followed either way) from one record to another, or nil
    /// when they are not connected. Territories and sources are not used as stepping stones: every
    /// record is in France and cites a document, which would make every path meaningless.
    public func shortestPath(from start: RecordID, to goal: RecordID) -> [PathStep]? {
        guard contains(start), contains(goal) else { return nil }
        if start == goal { return [] }
        var previous: [RecordID: PathStep] = [start: PathStep(from: start, to: start, relation: .source, direction: .outgoing)]
        var frontier = [start]
        while !frontier.isEmpty {
            var next: [RecordID] = []
            for id in frontier {
                for neighbour in neighbours(of: id) where previous[neighbour.id] == nil {
                    guard case .link = neighbour.relation else { continue }
                    previous[neighbour.id] = PathStep(from: id, to: neighbour.id, relation: neighbour.relation,
                                                      direction: neighbour.direction)
                    if neighbour.id == goal { return unwind(previous, from: start, to: goal) }
                    next.append(neighbour.id)
                }
            }
            frontier = next
        }
        return nil
    }

    private func unwind(_ previous: [RecordID: PathStep], from start: RecordID, to goal: RecordID) -> [PathStep] {
        var steps: [PathStep] = []
        var cursor = goal
        while cursor != start, let step = previous[cursor] {
            steps.append(step)
            cursor = step.from
        }
        return steps.reversed()
    }
}
