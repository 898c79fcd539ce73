import ESSModel
import ESSReference

extension ImportedActor {
    /// The label that marks imported actors beside curated ones.
    public static func importedLabel(_ language: Language) -> String {
        language == .fr ? "Acteur importé" : "Imported actor"
    }

    /// "Acteur importé · Associations · Lyon (69)".
    public func subtitle(_ language: Language) -> String {
        var parts = [Self.importedLabel(language)]
        if let legalFamily { parts.append(legalFamily) }
        if let place = placeText { parts.append(place) }
        return parts.joined(separator: " · ")
    }

    /// "Lyon (69)", "69", or nil.
    public var placeText: String? {
        switch (commune, departement) {
        case let (commune?, departement?): "\(commune) (\(departement))"
        case let (commune?, nil): commune
        case let (nil, departement?): departement
        case (nil, nil): nil
        }
    }

    /// The page `ess show` prints and the browser's detail pane shows.
    public func page(in catalogue: Catalogue, places: PlaceIndex, language: Language) -> RecordPage {
        let fr = language == .fr
        var blocks: [PageBlock] = []
        func field(_ fr: String, _ en: String, _ value: String?) {
            if let value, !value.isEmpty { blocks.append(.field(label: language == .fr ? fr : en, value: value)) }
        }
        field("SIREN", "SIREN", siren)
        if siren != key { field("Clé", "Key", key) }
        field("Sigle", "Acronym", acronym)
        field("Famille juridique", "Legal family", legalFamily)
        field("Catégorie juridique", "Legal category", legalCategoryText)
        field("Activité (NAF)", "Activity (NAF)", nafText)
        if let activity = nafActivity {
            field("Division NAF", "NAF division", ImportedActor.coded(activity.division, activity.divisionLabel))
            field("Section NAF", "NAF section", ImportedActor.coded(activity.section, activity.sectionLabel))
        } else if let nafSection {
            field("Section NAF", "NAF section", ImportedActor.coded(nafSection, Nomenclatures.nafSectionLabel(nafSection)))
        }
        field("Tranche d'effectifs", "Headcount band", headcountText)
        field("Création", "Created", created)
        if let active { field("État", "State", active ? (fr ? "active" : "active") : (fr ? "cessée" : "ceased")) }
        blocks.append(.heading(fr ? "Lieu" : "Place"))
        field("Commune", "Municipality", [postcode, commune, communeCode.map { "(\($0))" }].compactMap { $0 }.joined(separator: " "))
        if placeGuessed {
            blocks.append(.item(text: fr ? "commune supposée d'après le code postal, que plusieurs communes partagent"
                                : "municipality guessed from a postcode several municipalities share", detail: nil))
        }
        if let arrondissement {
            let name = CommuneTable.shared.arrondissementNames[arrondissement]
            field("Arrondissement", "Arrondissement", name.map { "\($0) (\(arrondissement))" } ?? arrondissement)
        }
        if let departement, let place = places.place(departementCode: departement) {
            blocks.append(.link(target: place.departement, text: catalogue.name(of: place.departement), detail: departement))
            blocks.append(.link(target: place.region, text: catalogue.name(of: place.region),
                                detail: place.formerRegion.map { "ex-" + catalogue.name(of: $0) }))
        } else {
            blocks.append(.item(text: fr ? "non localisé" : "not placed", detail: nil))
        }
        blocks.append(.heading("Source"))
        blocks.append(.item(text: source, detail: fr ? "répertoire importé (ess import)" : "imported directory (ess import)"))
        return RecordPage(id: RecordID(recordID), type: .actor, title: name, subtitle: subtitle(language), blocks: blocks)
    }
}
