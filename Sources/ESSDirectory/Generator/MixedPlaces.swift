import Foundation
import ESSReference

/// The rows of the generator's `mixed` shape: one actor's fields followed by its place, laid out
/// one of the ways real files do.
enum MixedPlaces {
    /// Communes of the COG with a postcode, in code order.
    private static let communes: [Commune] = CommuneTable.shared.communes.filter { $0.kind == .commune && $0.postcode != nil }

    /// `fields` (SIREN, name, legal category, NAF) then postcode, commune, commune code, département.
    static func line(_ fields: [String], random: inout SplitMix64) -> String {
        let commune = communes[Int(random.next() % UInt64(communes.count))]
        let layout = random.next() % 8
        let name = random.next() % 2 == 0 ? commune.name : sireneStyle(commune.name)
        var postcode = commune.postcode!
        if random.next() % 8 == 0 { postcode = String(Int(postcode)!) + ".0" }
        let place: [String] = switch layout {
        case 0: ["", "", "", ""]
        case 1: [postcode, "", "", ""]
        case 2: ["", "", commune.code, ""]
        case 3: ["", name, "", ""]
        case 4: [postcode, name, "", ""]
        case 5: ["", name, "", commune.departement]
        case 6: [postcode, name, commune.code, commune.departement]
        default: ["", "", "", commune.departement]
        }
        return (fields + place).map { DirectoryGenerator.quote($0, separator: ",") }.joined(separator: ",")
    }

    /// A commune's name as SIRENE writes it: uppercase, no accents, spaces for hyphens and
    /// apostrophes, `ST`/`STE` for Saint/Sainte (`ST YRIEIX LA PERCHE`).
    static func sireneStyle(_ name: String) -> String {
        let words = name.uppercased().split { $0 == "-" || $0 == "'" || $0 == " " || $0 == "’" }.map { word -> String in
            switch word {
            case "SAINT": "ST"
            case "SAINTE": "STE"
            default: String(word)
            }
        }
        return words.joined(separator: " ").applyingASCIIFolding()
    }
}

private extension String {
    /// Letters without their accents (É → E, Œ → OE).
    func applyingASCIIFolding() -> String {
        var result = ""
        for character in self {
            switch character {
            case "Œ": result += "OE"
            case "Æ": result += "AE"
            default:
                let scalars = String(character).decomposedStringWithCanonicalMapping.unicodeScalars.filter(\.isASCII)
                result += String(String.UnicodeScalarView(scalars))
            }
        }
        return result
    }
}
