import ESSModel
import Testing

@Suite("Search: folding and ranking")
struct SearchTests {
    let catalogue = SmallCatalogue.catalogue

    func hitIDs(_ query: String, types: Set<RecordType> = Set(RecordType.allCases), limit: Int? = nil) -> [String] {
        catalogue.search(query, types: types, limit: limit).map(\.id.rawValue)
    }

    @Test(arguments: [
        ("Saint-Étienne", "saint etienne"),
        ("Économie", "economie"),
        ("mise en œuvre", "mise en oeuvre"),
        ("L’Atelier 26", "l atelier 26"),
        ("  CRESS   Rhône-Alpes ! ", "cress rhone alpes"),
        ("Cæsar Straße", "caesar strasse"),
        ("E\u{301}TAT", "etat"),
    ])
    func folding(text: String, folded: String) {
        #expect(TextFolding.fold(text) == folded)
    }

    @Test func accentFreeQueryFindsAccentedNames() {
        #expect(hitIDs("saint etienne") == ["commune-saint-etienne"])
        #expect(hitIDs("SAINT-ÉTIENNE") == ["commune-saint-etienne"])
        #expect(hitIDs("pole sud") == ["pole-sud"])
    }

    @Test func economieFindsÉconomieInNamesAndSummaries() {
        let hits = catalogue.search("economie")
        #expect(hits.map(\.id.rawValue) == ["sress", "region-pays-de-la-loire-conseil"])
        #expect(hits.map(\.matchedName) == [true, false])
        // Folding works both ways: an accented query finds the unaccented "Economie".
        #expect(hitIDs("ÉCONOMIE sociale") == ["sress"])
    }

    @Test func oeFindsTheLigature() {
        // The event's title holds "œuvre"; PROGRESS holds it in an objective's title.
        #expect(hitIDs("oeuvre") == ["mise-en-oeuvre", "progress"])
        #expect(hitIDs("œuvre") == ["mise-en-oeuvre", "progress"])
    }

    @Test func exactNameComesFirst() {
        let hits = catalogue.search("loire active")
        #expect(hits.map(\.id.rawValue) == ["loire-active", "creation-loire-active"])
        #expect(hits.first?.score == 1000)
        // Then a name starting with the query, then a name merely holding the word.
        #expect(hitIDs("loire", types: [.territory]) == ["departement-loire", "departement-loire-atlantique", "region-pdl"])
    }

    @Test func acronymsAndAliasesMatchExactly() {
        let sress = catalogue.search("SRESS")
        // The acronym matches exactly; the event whose title holds the word comes after.
        #expect(sress.map(\.id.rawValue) == ["sress", "sress-adoption"])
        #expect(sress.first?.score == 750)
        #expect(hitIDs("ara") == ["region-ara"])
    }

    @Test func typesAndLimit() {
        #expect(hitIDs("loire", limit: 2) == ["departement-loire", "loire-active"])
        #expect(hitIDs("loire", types: [.event]) == ["creation-loire-active"])
        #expect(hitIDs("loire", types: [.person]) == [])
    }

    @Test(arguments: ["", "   ", "—", "!?"])
    func emptyQueryFindsNothing(_ query: String) {
        #expect(catalogue.search(query).isEmpty)
    }

    @Test func builtInSearches() throws {
        let catalogue = try BuiltIn.catalogue()
        let etienne = catalogue.search("saint etienne").map(\.id.rawValue)
        #expect(Array(etienne.prefix(4)) == [
            "commune-saint-etienne", "saint-etienne-metropole", "epci-saint-etienne-metropole",
            "politique-ess-saint-etienne-metropole",
        ])
        #expect(catalogue.search("oeuvre").first?.id == "sress-debut-mise-en-oeuvre")
        #expect(catalogue.search("economie solidaire", types: [.actor]).first?.id == "rtes")
        #expect(catalogue.search("PROGRESS").first?.id == "progress")
        #expect(catalogue.search("loire active").first?.id == "loire-active")
    }
}
