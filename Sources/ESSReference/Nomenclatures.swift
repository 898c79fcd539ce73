/// The INSEE nomenclatures a directory's codes are read with: NAF rév. 2 activities, catégories
/// juridiques (niveau III) and SIRENE's tranches d'effectifs. Each table is decoded from
/// ``NomenclaturesData`` the first time it is asked for (a static `let` is initialised once, on
/// first use), so a command that shows no label pays nothing.
public enum Nomenclatures {}

// MARK: - NAF rév. 2

/// A NAF rév. 2 sub-class with the division and section it belongs to.
public struct NAFActivity: Hashable, Sendable {
    /// "88.99B".
    public let code: String
    public let label: String
    /// "88".
    public let division: String
    public let divisionLabel: String
    /// "Q".
    public let section: String
    public let sectionLabel: String
}

/// A section (`Q`) or division (`88`) of NAF rév. 2, with its label.
public struct NAFGroup: Hashable, Sendable {
    public let code: String
    public let label: String
}

/// What a `--naf` value names: a section, a division or a sub-class.
public enum NAFSelection: Hashable, Sendable {
    case section(String)
    case division(String)
    case activity(String)
}

extension Nomenclatures {
    private struct NAFTables: Sendable {
        var sections: [NAFGroup] = []
        var sectionLabels: [String: String] = [:]
        var divisions: [NAFGroup] = []
        var sectionOfDivision: [String: String] = [:]
        var divisionLabels: [String: String] = [:]
        var labels: [String: String] = [:]

        init() {
            for fields in Nomenclatures.records(NomenclaturesData.nafSections, fields: 2) {
                sections.append(NAFGroup(code: fields[0], label: fields[1]))
                sectionLabels[fields[0]] = fields[1]
            }
            for fields in Nomenclatures.records(NomenclaturesData.nafDivisions, fields: 3) {
                divisions.append(NAFGroup(code: fields[0], label: fields[2]))
                sectionOfDivision[fields[0]] = fields[1]
                divisionLabels[fields[0]] = fields[2]
            }
            for fields in Nomenclatures.records(NomenclaturesData.nafCodes, fields: 2) { labels[fields[0]] = fields[1] }
        }
    }

    private static let naf = NAFTables()

    /// The sub-class of a code written "88.99B", "8899B" or "88.99b"; nil for a code NAF rév. 2
    /// does not have.
    public static func nafActivity(_ code: String) -> NAFActivity? {
        guard let normal = normalNAFCode(code), let label = naf.labels[normal] else { return nil }
        let division = String(normal.prefix(2))
        guard let section = naf.sectionOfDivision[division] else { return nil }
        return NAFActivity(code: normal, label: label, division: division, divisionLabel: naf.divisionLabels[division] ?? "",
                           section: section, sectionLabel: naf.sectionLabels[section] ?? "")
    }

    /// "88.99B" for "8899B", "88.99b" or " 88.99B "; nil when it is not shaped as a sub-class code.
    public static func normalNAFCode(_ code: String) -> String? {
        // On bytes: a million rows of an import each ask for their code.
        var kept: (UInt8, UInt8, UInt8, UInt8, UInt8) = (0, 0, 0, 0, 0)
        var count = 0
        for byte in code.utf8 where byte != UInt8(ascii: ".") && byte != UInt8(ascii: " ") {
            guard count < 5 else { return nil }
            switch count {
            case 0: kept.0 = byte
            case 1: kept.1 = byte
            case 2: kept.2 = byte
            case 3: kept.3 = byte
            default: kept.4 = byte
            }
            count += 1
        }
        func isDigit(_ byte: UInt8) -> Bool { byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") }
        let letter = kept.4 & ~0x20  // ASCII upper case
        guard count == 5, isDigit(kept.0), isDigit(kept.1), isDigit(kept.2), isDigit(kept.3),
              letter >= UInt8(ascii: "A"), letter <= UInt8(ascii: "Z") else { return nil }
        return String(decoding: [kept.0, kept.1, UInt8(ascii: "."), kept.2, kept.3, letter], as: UTF8.self)
    }

    /// The section letter of a code, a division or a section; nil when it names none.
    public static func nafSection(of code: String) -> String? {
        switch nafSelection(code) {
        case .section(let letter): letter
        case .division(let division): naf.sectionOfDivision[division]
        case .activity(let activity): naf.sectionOfDivision[String(activity.prefix(2))]
        case nil: nil
        }
    }

    /// Reads a section (`Q`, `q`), a division (`88`, `8`) or a sub-class (`88.99B`, `8899B`).
    /// A sub-class must exist in NAF rév. 2; nil for anything else.
    public static func nafSelection(_ text: String) -> NAFSelection? {
        let trimmed = text.trimmedSpaces.uppercased()
        if trimmed.count == 1, naf.sectionLabels[trimmed] != nil { return .section(trimmed) }
        if trimmed.count <= 2, trimmed.allSatisfy(\.isASCIIDigit) {
            let division = trimmed.count == 1 ? "0" + trimmed : trimmed
            return naf.divisionLabels[division] != nil ? .division(division) : nil
        }
        return nafActivity(trimmed).map { .activity($0.code) }
    }

    /// The 21 sections, A to U.
    public static var nafSections: [NAFGroup] { naf.sections }

    /// The divisions of a section, in code order.
    public static func nafDivisions(inSection section: String) -> [NAFGroup] {
        naf.divisions.filter { naf.sectionOfDivision[$0.code] == section }
    }

    public static func nafSectionLabel(_ section: String) -> String? { naf.sectionLabels[section] }

    public static func nafDivisionLabel(_ division: String) -> String? { naf.divisionLabels[division] }

    /// The section of a division ("88" → "Q").
    public static func nafSection(ofDivision division: String) -> String? { naf.sectionOfDivision[division] }
}

// MARK: - Catégories juridiques, tranches d'effectifs

extension Nomenclatures {
    private static let legalCategoryLabels: [String: String] = Dictionary(
        records(NomenclaturesData.legalCategories, fields: 2).map { ($0[0], $0[1]) }, uniquingKeysWith: { first, _ in first })

    private static let headcountBandList: [(code: String, label: String)] =
        records(NomenclaturesData.headcountBands, fields: 2).map { ($0[0], $0[1]) }

    /// "Association déclarée" for "9220"; nil for a code the nomenclature does not have.
    public static func legalCategoryLabel(_ code: String) -> String? { legalCategoryLabels[code.trimmedSpaces] }

    /// Every catégorie juridique of niveau III, in code order.
    public static var legalCategoryCodes: [String] { legalCategoryLabels.keys.sorted() }

    /// "1 ou 2 salariés" for "01"; nil for a code SIRENE does not use.
    public static func headcountBandLabel(_ code: String) -> String? {
        let trimmed = code.trimmedSpaces
        return headcountBandList.first { $0.code == trimmed }?.label
    }

    /// The bands in SIRENE's order (NN, 00, 01 … 53).
    public static var headcountBandCodes: [String] { headcountBandList.map(\.code) }
}

// MARK: - Decoding

extension Nomenclatures {
    /// The records of a generated table: one a line, `fields` fields separated by '|'.
    static func records(_ text: String, fields: Int) -> [[String]] {
        text.split(separator: "\n").compactMap { line in
            let parts = line.split(separator: "|", maxSplits: fields - 1, omittingEmptySubsequences: false).map(String.init)
            return parts.count == fields ? parts : nil
        }
    }
}

fileprivate extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

