/// Which programmes an actor takes part in, and the actors programmes share.
extension Catalogue {
    /// The programmes a record is linked to by a written link, either way (governance members
    /// included), in display order.
    public func programmes(linkedTo id: RecordID) -> [RecordID] {
        let linked = Set(neighbours(of: id).filter { neighbour in
            if case .link = neighbour.relation { return type(of: neighbour.id) == .programme }
            return false
        }.map(\.id))
        return programmes.map(\.id).filter(linked.contains)
    }

    /// The actors linked to every one of `programmes`.
    public func actors(linkedToAll programmes: [RecordID]) -> [Actor] {
        actors.filter { Set(self.programmes(linkedTo: $0.id)).isSuperset(of: programmes) }
    }

    /// The actors linked to two programmes or more.
    public func sharedActors() -> [Actor] {
        actors.filter { programmes(linkedTo: $0.id).count >= 2 }
    }

    /// A programme's acronym when it has one, else its name: short enough for "also in: …".
    func shortName(of id: RecordID) -> String {
        (record(id) as? Programme)?.acronym ?? name(of: id)
    }
}
