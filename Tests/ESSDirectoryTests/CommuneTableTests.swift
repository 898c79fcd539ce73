@testable import ESSDirectory
@testable import ESSReference
import Foundation
import Testing

@Suite("Communes of the COG")
struct CommuneTableTests {
    let table = CommuneTable.shared

    /// The generated table holds every row of the shared communes.csv, kinds and geography included.
    @Test func holdsEveryCommuneOfTheSharedTable() throws {
        let source = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("shared/data/communes.csv")
        #expect(table.communes.count == 37_548)
        if let text = try? String(contentsOf: source, encoding: .utf8) {
            #expect(text.split(whereSeparator: \.isNewline).count - 1 == table.communes.count, "a header and a line a commune (CRLF lines are one Character each)")
        }
        let counts = Dictionary(grouping: table.communes, by: \.kind).mapValues(\.count)
        #expect(counts[.commune] == 34_875 && counts[.deleguee] == 2_152 && counts[.associee] == 476 && counts[.municipalArrondissement] == 45)
        #expect(table.regionOfDepartement.count == 101 && table.arrondissementNames.count == 333)
    }

    @Test func looksUpByCodePostcodeAndName() throws {
        let roanne = try #require(table.commune(code: "42187"))
        #expect(roanne.name == "Roanne" && roanne.departement == "42" && roanne.region == "84" && roanne.arrondissement == "422")
        #expect(table.arrondissementNames["422"] == "Roanne")
        #expect(table.commune(code: "2A004")?.name == "Ajaccio")
        #expect(table.commune(code: "75101")?.parent == "75056")
        // A code a commune déléguée shares with its commune nouvelle names the commune.
        #expect(table.commune(code: "01015")?.kind == .commune)
        #expect(table.communes(named: "ST YRIEIX LA PERCHE", departement: "87").map(\.name) == ["Saint-Yrieix-la-Perche"])
        #expect(table.communes(named: "MANS (LE)", departement: "72").map(\.code) == ["72181"])
        #expect(table.communes(named: "SABLES D OLONNE", departement: "85").map(\.name) == ["Les Sables-d'Olonne"])
        #expect(table.communes(named: "LYON CEDEX 03", departement: "69").map(\.code) == ["69123"])
        #expect(table.departements(postcode: "42620").contains("03"))
        #expect(CommuneTable.nameKey("Œuilly", departement: "02") == CommuneTable.nameKey("OEUILLY", departement: "02"))
    }

    /// Names as files write them fold to the COG's: case, accents, ligatures, hyphens and
    /// apostrophes, articles, saint abbreviated, a CEDEX and what follows dropped.
    @Test(arguments: [
        ("Saint-Yrieix-la-Perche", "st yrieix perche"), ("ST YRIEIX LA PERCHE", "st yrieix perche"),
        ("Les Sables-d'Olonne", "sables d olonne"), ("MANS (LE)", "mans"), ("L'Isle-d'Abeau", "isle d abeau"),
        ("LYON CEDEX 03", "lyon"), ("Cedex", ""), ("Œuilly", "oeuilly"), ("Sainte-Marie-aux-Mines", "ste marie aux mines"),
        ("Saintes", "stes"), ("  Le  ", ""), ("Ajaccio 2", "ajaccio 2"), ("Lès-Bains", "bains"), ("Saint’Laurent", "st laurent"),
    ])
    func foldsNamesAsFilesWriteThem(name: String, folded: String) {
        #expect(CommuneTable.foldedName(name) == folded)
    }

    /// Every commune's name written as SIRENE writes it (uppercase, no accents, `ST`) finds the
    /// commune, and folding a folded name changes nothing.
    @Test func everySireneStyleNameFoldsAsTheCOGName() {
        for commune in table.communes {
            let folded = CommuneTable.foldedName(commune.name)
            #expect(CommuneTable.foldedName(MixedPlaces.sireneStyle(commune.name)) == folded, "\(commune.code) \(commune.name)")
            #expect(CommuneTable.foldedName(folded) == folded, "\(commune.code) \(commune.name)")
        }
    }

    /// Corsica's postcodes follow the 20200 split in the table: the fallback rule for postcodes the
    /// table does not list is the table's own.
    @Test func corsicanPostcodesSplitAt20200() {
        for commune in table.communes where ["2A", "2B"].contains(commune.departement) {
            guard let postcode = commune.postcode else { continue }
            #expect((Int(postcode)! < 20200) == (commune.departement == "2A"), "\(commune.code) \(postcode)")
        }
    }

    /// The generated lines as the decoder reads them: every field, empty fields, negative
    /// longitudes, a commune déléguée sharing its parent's code.
    @Test func decodesEveryFieldOfTheGeneratedLines() throws {
        let text = """
            D\t14\t28
            A\t1\tBayeux
            14003\tC\tAgy\t1\t\t14400\t313\t492372\t-7793
            14005\tD\tÉcajeul\t\t14005\t\t\t\t
            D\t2A\t94
            2A004\tC\tAjaccio\t1\t\t20000\t71361\t419262\t87369
            """
        let table = CommuneTable(decoding: text)
        #expect(table.communes == [
            Commune(code: "14003", kind: .commune, name: "Agy", departement: "14", region: "28", arrondissement: "141",
                    parent: nil, postcode: "14400", population: 313, location: GeoPoint(latitudeE4: 492_372, longitudeE4: -7_793)),
            Commune(code: "14005", kind: .deleguee, name: "Écajeul", departement: "14", region: "28", arrondissement: nil,
                    parent: "14005", postcode: nil, population: nil, location: nil),
            Commune(code: "2A004", kind: .commune, name: "Ajaccio", departement: "2A", region: "94", arrondissement: "2A1",
                    parent: nil, postcode: "20000", population: 71_361, location: GeoPoint(latitudeE4: 419_262, longitudeE4: 87_369)),
        ])
        #expect(table.arrondissementNames == ["141": "Bayeux"] && table.regionOfDepartement == ["14": "28", "2A": "94"])
        #expect(table.commune(code: "14005")?.kind == .deleguee && table.communes(postcode: "20000").map(\.code) == ["2A004"])
    }
}
