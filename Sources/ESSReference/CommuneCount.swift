/// How many actors a commune holds, for maps.
public struct CommuneCount: Hashable, Sendable {
    /// The INSEE code as the actors carry it (a commune déléguée's own, a municipal
    /// arrondissement's); nil for actors placed no finer than their département.
    public var commune: String?
    public var departement: String?
    public var count: Int

    public init(commune: String?, departement: String?, count: Int) {
        self.commune = commune
        self.departement = departement
        self.count = count
    }
}
