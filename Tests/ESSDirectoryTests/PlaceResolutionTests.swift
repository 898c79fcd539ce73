import ESSDirectory
import ESSModel
import Foundation
import Testing

/// Places resolved to communes and codes recovered at import, as a user's messy file has them.
@Suite("Directory import: places and recovered values")
struct PlaceResolutionTests {
    static let header = "siren,name,legal-category,naf,postcode,commune,commune-code,departement,headcount"

    /// Imports `rows` under ``header`` with the generic preset; the report and the database.
    func imported(_ rows: [String]) throws -> (ImportReport, DirectoryDatabase, Scratch) {
        let scratch = try Scratch()
        let file = try scratch.file("messy.csv", ([Self.header] + rows).joined(separator: "\n") + "\n")
        let report = try scratch.importer().importFile(file, options: ImportOptions(preset: .generic))
        return (report, try scratch.database(), scratch)
    }

    @Test func spreadsheetCodesAreRecoveredAndReported() throws {
        let (report, database, scratch) = try imported([
            "62201199,Jardins,9220.0,8899b,7400.0,,,,1.0",
            "775 672 272,Coop,5458,6201Z,84 200,,,,NN",
            "123456789,Illisible,92x0,XYZ,ABCDE,,,,ZZ",
        ])
        defer { scratch.remove() }
        #expect(report.imported == 3 && report.badRecords == 0)
        let jardins = try #require(try database.actor(key: "062201199"))
        #expect(jardins.siren == "062201199" && jardins.legalCategory == "9220" && jardins.naf == "88.99B" && jardins.nafSection == "Q")
        #expect(jardins.postcode == "07400" && jardins.departement == "07" && jardins.headcount == "01")
        #expect(jardins.legalFamily == "Associations")
        let coop = try #require(try database.actor(key: "775672272"))
        #expect(coop.postcode == "84200" && coop.naf == "62.01Z" && coop.departement == "84")
        let unreadable = try #require(try database.actor(key: "123456789"))
        #expect(unreadable.legalCategory == nil && unreadable.naf == nil && unreadable.postcode == nil && unreadable.headcount == nil)
        let normalised = Dictionary(uniqueKeysWithValues: report.values.notes.filter { $0.kind == .normalised }.map { ($0.field, $0) })
        #expect(normalised[.siren]?.count == 2 && normalised[.siren]?.original == "62201199" && normalised[.siren]?.result == "062201199")
        #expect(normalised[.postcode]?.count == 2 && normalised[.postcode]?.column == "postcode" && normalised[.postcode]?.line == 2)
        #expect(normalised[.legalCategory]?.count == 1 && normalised[.naf]?.count == 2)
        let empty = Dictionary(uniqueKeysWithValues: report.values.notes.filter { $0.kind == .leftEmpty }.map { ($0.field, $0) })
        #expect(Set(empty.keys) == [.legalCategory, .naf, .postcode, .headcount])
        #expect(empty[.postcode]?.original == "ABCDE" && empty[.postcode]?.line == 4)
    }

    @Test func everyPlaceLayoutResolvesToACommuneWhereTheFileAllows() throws {
        let (report, database, scratch) = try imported([
            "100000001,Code seul,9220,,,,42187,,",
            "100000002,Nom et CP,9220,,87500,ST YRIEIX LA PERCHE,,,",
            "100000003,Nom et département,9220,,,st etienne,,42,",
            "100000004,CP partagé,9220,,42300,,,,",
            "100000005,Nom seul,9220,,,LYON,,,",
            "100000006,Rien,9220,,,,,,",
            "100000007,Corse,9220,,20000,AJACCIO,,,",
            "100000008,Outre-mer,9220,,97400,ST DENIS,,,",
            "100000009,Déléguée,9220,,,,01120,,",
            "100000010,Lyon 3e,9220,,69003,LYON,,,",
            "100000011,Département seul,9220,,,,,2a,",
            "100000012,Nom introuvable,9220,,42000,NULLE PART,,,",
            "100000013,Code ancien,9220,,,,42999,,",
        ])
        defer { scratch.remove() }
        #expect(report.imported == 13 && report.badRecords == 0)
        func actor(_ key: String) throws -> ImportedActor { try #require(try database.actor(key: key)) }
        let code = try actor("100000001")
        #expect(code.commune == "Roanne" && code.communeCode == "42187" && code.arrondissement == "422" && code.region == "84")
        #expect(!code.placeGuessed)
        let named = try actor("100000002")
        #expect(named.commune == "Saint-Yrieix-la-Perche" && named.communeCode == "87187" && !named.placeGuessed)
        #expect(try actor("100000003").communeCode == "42218")
        // 42300 is Roanne's and its neighbours': the most populous, flagged as a guess.
        let guessed = try actor("100000004")
        #expect(guessed.communeCode == "42187" && guessed.placeGuessed)
        // A name with no département or postcode cannot be placed: kept as written.
        let alone = try actor("100000005")
        #expect(alone.commune == "LYON" && alone.communeCode == nil && alone.departement == nil)
        #expect(try actor("100000006").departement == nil)
        #expect(try actor("100000007").departement == "2A" && actor("100000007").communeCode == "2A004")
        let reunion = try actor("100000008")
        #expect(reunion.communeCode == "97411" && reunion.departement == "974" && reunion.region == "04")
        // A commune associée keeps what it is; its département and arrondissement are its parent's.
        let associee = try actor("100000009")
        #expect(associee.communeCode == "01120" && associee.commune == "Cordieux" && associee.departement == "01")
        #expect(try actor("100000010").communeCode == "69383")
        #expect(try actor("100000011").departement == "2A" && actor("100000011").communeCode == nil)
        let notFound = try actor("100000012")
        #expect(notFound.commune == "NULLE PART" && notFound.communeCode == nil && notFound.departement == "42")
        let old = try actor("100000013")
        #expect(old.communeCode == nil && old.departement == "42")
        #expect(report.values.communesFound == 8 && report.values.placesGuessed == 1)
        #expect(report.values.notes.contains { $0.field == .commune && $0.kind == .notFound && $0.original == "NULLE PART" })
        #expect(report.values.notes.contains { $0.field == .communeCode && $0.kind == .leftEmpty && $0.original == "42999" })
    }

    /// Every filter finds actors whatever place fields they have: a legal family or NAF section
    /// alone finds unplaced actors; communes, a parent commune, an arrondissement find theirs.
    @Test func filtersWorkWhateverThePlaceFields() throws {
        let (_, database, scratch) = try imported([
            "200000001,Sans lieu A,9220,94.99Z,,,,,",
            "200000002,Sans lieu B,9300,62.01Z,,,,,",
            "200000003,Roanne A,9220,94.99Z,,,42187,,",
            "200000004,Roanne B,5458,62.01Z,42300,ROANNE,,,",
            "200000005,Lyon 3e,9220,94.99Z,69003,LYON 3E ARRONDISSEMENT,,,",
            "200000006,Lyon,9220,94.99Z,,LYON,,69,",
            "200000007,Cordieux,9220,94.99Z,,,01120,,",
            "200000008,Saint-Étienne,9220,94.99Z,,,42218,,",
        ])
        defer { scratch.remove() }
        func keys(_ filter: ActorFilter) throws -> [String] {
            let count = try database.count(filter)
            let page = try database.page(filter, offset: 0, limit: 100)
            #expect(page.count == count, "\(filter)")
            return page.map(\.key).sorted()
        }
        #expect(try keys(ActorFilter(legalFamily: "Associations")).count == 6)
        #expect(try keys(ActorFilter(nafSection: "J")) == ["200000002", "200000004"])
        #expect(try keys(ActorFilter(legalFamily: "Fondations")) == ["200000002"])
        #expect(try keys(.commune("42187")) == ["200000003", "200000004"])
        #expect(try keys(ActorFilter(communes: ["42187"], legalFamily: "Coopératives")) == ["200000004"])
        #expect(try keys(ActorFilter(communes: ["69123"])) == ["200000005", "200000006"])
        #expect(try keys(ActorFilter(communes: ["69383"])) == ["200000005"])
        #expect(try keys(ActorFilter(communes: ["01262"])) == ["200000007"])
        #expect(try keys(ActorFilter(communes: ["42187", "42218", "69123"])).count == 5)
        #expect(try keys(ActorFilter(communes: [])) == [])
        #expect(try keys(ActorFilter(arrondissement: "422")) == ["200000003", "200000004"])
        #expect(try keys(ActorFilter(arrondissement: "423")) == ["200000008"])
        #expect(try keys(ActorFilter(arrondissement: "422", nafSection: "S")) == ["200000003"])
        #expect(try database.counts(by: .legalFamily, ActorFilter(communes: ["42187"])) == ["Associations": 1, "Coopératives": 1])
        #expect(try database.counts(by: .arrondissement, ActorFilter(departement: "42")) == ["422": 2, "423": 1])
        #expect(try database.search("roanne", ActorFilter(communes: ["42187"])).count == 2)
        #expect(try database.search("lyon", ActorFilter(communes: ["69123"])).count == 2)
    }

    /// A file keyed by SIRET only: the SIREN is its first nine digits, once recovered.
    @Test func aSiretGivesTheSirenWhenNoColumnDoes() throws {
        let scratch = try Scratch()
        defer { scratch.remove() }
        let file = try scratch.file("siret.csv", "siret,name,postcode\n6220119900017.0,Jardins,07400\n775 672 272 00017,Coop,87500\n")
        let report = try scratch.importer().importFile(file, options: ImportOptions(preset: .generic))
        #expect(report.imported == 2 && report.badRecords == 0)
        #expect(try scratch.database().actor(key: "062201199")?.siren == "062201199")
        #expect(try scratch.database().actor(key: "775672272")?.commune == "Saint-Yrieix-la-Perche")
        #expect(report.values.notes.first { $0.field == .siret }?.count == 2)
    }
}
