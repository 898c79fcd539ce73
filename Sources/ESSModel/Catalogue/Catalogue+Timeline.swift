extension Catalogue {
    /// Where Enter on a timeline event leads: its first linked programme, else its first actor.
    public func destination(ofEvent id: RecordID) -> RecordID? {
        let linked = neighbours(of: id).filter { if case .link = $0.relation { true } else { false } }.map(\.id)
        return linked.first { type(of: $0) == .programme } ?? linked.first { type(of: $0) == .actor }
    }
}
