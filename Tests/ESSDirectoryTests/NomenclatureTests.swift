import ESSDirectory
import ESSReference
import Foundation
import Testing

/// A table of the shared data folder, found beside the package root or one of its ancestors (a
/// worktree sits deeper than the main checkout). Read by the tests only: the binary carries its
/// generated copy.
private func sharedTable(_ name: String) throws -> [[String]] {
    var folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
    var url = folder.appendingPathComponent("../shared/data/\(name)").standardized
    while !FileManager.default.fileExists(atPath: url.path), folder.path != "/" {
        folder = folder.deletingLastPathComponent()
        url = folder.appendingPathComponent("shared/data/\(name)")
    }
    let text = try String(contentsOf: url, encoding: .utf8)
    // These two tables have no quoted separators in their first column; the label is the rest.
    return text.split(whereSeparator: \.isNewline).dropFirst().map { line in
        let comma = line.firstIndex(of: ",")!
        return [String(line[..<comma]), String(line[line.index(after: comma)...])]
    }
}

@Suite("INSEE nomenclatures")
struct NomenclatureTests {
    @Test func nafCodesInEitherSpellingWithDivisionAndSection() throws {
        let activity = try #require(Nomenclatures.nafActivity("8899B"))
        #expect(activity == Nomenclatures.nafActivity("88.99b"))
        #expect(activity.code == "88.99B" && activity.label == "Action sociale sans hébergement n.c.a.")
        #expect(activity.division == "88" && activity.divisionLabel == "Action sociale sans hébergement")
        #expect(activity.section == "Q" && activity.sectionLabel == "Santé humaine et action sociale")
        #expect(Nomenclatures.nafActivity("62.01Z")?.label == "Programmation informatique")
        #expect(Nomenclatures.nafActivity("88.99Z") == nil)
        #expect(Nomenclatures.nafSelection("q") == .section("Q"))
        #expect(Nomenclatures.nafSelection("88") == .division("88"))
        #expect(Nomenclatures.nafSelection("1") == .division("01"))
        #expect(Nomenclatures.nafSelection("8899B") == .activity("88.99B"))
        #expect(Nomenclatures.nafSelection("04") == nil, "no division 04 in NAF rév. 2")
        #expect(Nomenclatures.nafSelection("V") == nil)
        #expect(Nomenclatures.nafSections.count == 21)
        #expect(Nomenclatures.nafDivisions(inSection: "Q").map(\.code) == ["86", "87", "88"])
        #expect(Classification.nafSection("88.99B") == "Q" && Classification.nafSection("0111Z") == "A")
    }

    @Test func legalCategoriesAndHeadcountBands() {
        #expect(Nomenclatures.legalCategoryLabel("9220") == "Association déclarée")
        #expect(Nomenclatures.legalCategoryLabel("5458") == "SARL coopérative ouvrière de production (SCOP)")
        #expect(Nomenclatures.legalCategoryCodes.count == 260)
        #expect(Nomenclatures.headcountBandLabel("NN") == "Unité non employeuse ou effectif non renseigné")
        #expect(Nomenclatures.headcountBandCodes.first == "NN" && Nomenclatures.headcountBandCodes.last == "53")
    }

    /// Every code of the table gets the family its label says: each "coopérative" form (not the public
    /// "coopération" bodies) is a
    /// cooperative, each mutual form a mutual, 92xx associations, 9300 the foundation, other
    /// company forms (5xxx) ESS commercial companies, and the rest (public bodies, individual
    /// entrepreneurs, civil companies, unions …) none.
    @Test func legalFamiliesCoverTheWholeTable() throws {
        let table = try sharedTable("categories-juridiques.csv")
        #expect(table.count == 260)
        for row in table {
            let code = row[0], label = row[1].lowercased()
            let family = LegalFamily(legalCategory: code)
            if label.contains("coopérative") || label.contains("crédit mutuel") || label.contains("crédit maritime mutuel") || label.contains("crédit agricole mutuel")
                || label.contains("épargne") || label.contains("caution mutuelle") || label.contains("(sica)") {
                #expect(family == .cooperatives, "\(code) \(row[1])")
            } else if label.hasPrefix("mutuelle") || label.contains("assurance mutuelle") || label.contains("forme mutuelle")
                        || label.contains("organisme mutualiste") {
                #expect(family == .mutuelles, "\(code) \(row[1])")
            } else if code.hasPrefix("92") {
                #expect(family == .associations, "\(code) \(row[1])")
            } else if code == "9300" {
                #expect(family == .fondations)
            } else if code.hasPrefix("5") {
                #expect(family == .societesCommerciales, "\(code) \(row[1])")
            } else {
                #expect(family == nil, "\(code) \(row[1])")
            }
        }
        #expect(LegalFamily(legalCategory: "5458") == .cooperatives, "SCOP")
        #expect(LegalFamily(legalCategory: "5560") == .cooperatives, "SCIC and CAE as SA")
        #expect(LegalFamily(legalCategory: "6316") == .cooperatives, "CUMA")
        #expect(LegalFamily(legalCategory: "5192") == .cooperatives, "Banque populaire")
        #expect(LegalFamily(legalCategory: "9220.0") == .associations, "a spreadsheet's float")
        #expect(LegalFamily(legalCategory: "5710") == .societesCommerciales)
        #expect(LegalFamily(legalCategory: "5385") == .societesCommerciales, "a liberal profession company is no cooperative")
        #expect(LegalFamily(legalCategory: "6533") == nil, "a GAEC is no cooperative")
        #expect(LegalFamily(legalCategory: "1000") == nil && LegalFamily(legalCategory: "7210") == nil)
        #expect(LegalFamily(legalCategory: "9999") == nil, "not in the nomenclature")
    }

    @Test func familiesByName() {
        #expect(LegalFamily(named: "cooperatives") == .cooperatives)
        #expect(LegalFamily(named: "Coopératives") == .cooperatives)
        #expect(LegalFamily(named: "asso") == .associations)
        #expect(LegalFamily(named: "societes-commerciales") == .societesCommerciales)
        #expect(LegalFamily(named: "Sociétés commerciales de l'ESS") == .societesCommerciales)
        #expect(LegalFamily(named: "ban") == nil && LegalFamily(named: "") == nil)
    }
}
