/// The names of the NAF rév. 2 sections (INSEE), as the pickers and lists show them beside the
/// letter the directory stores.
public enum NAFSectionNames {
    public static let names: [String: String] = [
        "A": "Agriculture, sylviculture et pêche",
        "B": "Industries extractives",
        "C": "Industrie manufacturière",
        "D": "Production et distribution d'électricité, de gaz, de vapeur et d'air conditionné",
        "E": "Production et distribution d'eau ; assainissement, gestion des déchets et dépollution",
        "F": "Construction",
        "G": "Commerce ; réparation d'automobiles et de motocycles",
        "H": "Transports et entreposage",
        "I": "Hébergement et restauration",
        "J": "Information et communication",
        "K": "Activités financières et d'assurance",
        "L": "Activités immobilières",
        "M": "Activités spécialisées, scientifiques et techniques",
        "N": "Activités de services administratifs et de soutien",
        "O": "Administration publique",
        "P": "Enseignement",
        "Q": "Santé humaine et action sociale",
        "R": "Arts, spectacles et activités récréatives",
        "S": "Autres activités de services",
        "T": "Activités des ménages en tant qu'employeurs",
        "U": "Activités extra-territoriales",
    ]

    /// "Q · Santé humaine et action sociale"; the letter alone when it names no section.
    public static func label(_ section: String) -> String {
        names[section].map { "\(section) · \($0)" } ?? section
    }
}
