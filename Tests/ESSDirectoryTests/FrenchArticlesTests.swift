import ESSDirectory
import Testing

@Suite("French contraction and elision in generated names")
struct FrenchArticlesTests {
    @Test(arguments: [
        // Communes of the generator's list.
        ("Comité des fêtes de Le Mans", "Comité des fêtes du Mans"),
        ("Association des amis de Annecy", "Association des amis d'Annecy"),
        ("Club sportif de Amiens", "Club sportif d'Amiens"),
        ("Coopérative Colibris de Angers", "Coopérative Colibris d'Angers"),
        ("Amicale laïque de Ajaccio", "Amicale laïque d'Ajaccio"),
        ("Régie de quartier de Orléans", "Régie de quartier d'Orléans"),
        ("Biocoop de Évreux", "Biocoop d'Évreux"),
        ("Les Abeilles de Albi", "Les Abeilles d'Albi"),
        ("CUMA de Arras", "CUMA d'Arras"),
        ("Recyclerie Ateliers de Avignon", "Recyclerie Ateliers d'Avignon"),
        ("Jardins partagés de La Rochelle", "Jardins partagés de La Rochelle"),
        ("Jardins partagés de La Roche-sur-Yon", "Jardins partagés de La Roche-sur-Yon"),
        ("Union sportive Le Mans", "Union sportive Le Mans"),
        ("Club sportif de Lyon", "Club sportif de Lyon"),
        ("Théâtre Œuvres, Le Mans", "Théâtre Œuvres, Le Mans"),
        // Other communes and words, for every rule.
        ("Maison des jeunes de Hérouville-Saint-Clair", "Maison des jeunes d'Hérouville-Saint-Clair"),
        ("Club sportif de Honfleur", "Club sportif de Honfleur"),
        ("Club sportif de Le Havre", "Club sportif du Havre"),
        ("Amicale de Les Sables-d'Olonne", "Amicale des Sables-d'Olonne"),
        ("Aide à Le Mans", "Aide au Mans"),
        ("Aide à Les Abymes", "Aide aux Abymes"),
        ("Aide à la Rochelle", "Aide à la Rochelle"),
        ("Comité de Yvetot", "Comité d'Yvetot"),
        ("Comité de Yaoundé", "Comité de Yaoundé"),
        ("Conseil de la Orne", "Conseil de l'Orne"),
        ("Centre de le hôpital", "Centre de l'hôpital"),
        ("Le Atelier de Œuvres", "L'Atelier d'Œuvres"),
        ("De Le Mans à Les Ulis", "Du Mans aux Ulis"),
        ("Association \"Les Colibris\"", "Association \"Les Colibris\""),
        ("de", "de"),
        ("", ""),
    ])
    func contracts(_ composed: String, _ expected: String) {
        #expect(FrenchArticles.contract(composed) == expected)
    }

    /// Every generated name, on the generator's own communes and templates.
    @Test func generatedNamesAreContracted() {
        var names: [String] = []
        DirectoryGenerator(shape: .sirene, rows: 5_000).generate { line in
            names.append(String(line.split(separator: ",", omittingEmptySubsequences: false)[6]))
        }
        let text = names.joined(separator: "\n")
        for wrong in [" de Le ", " de Les ", " de A", " de Am", " de É", " de O", " à Le "] {
            #expect(!text.contains(wrong), "\(wrong) in a generated name")
        }
        for right in [" du Mans", " d'Annecy", " d'Ajaccio", " d'Orléans", " de La Rochelle"] {
            #expect(text.contains(right), "no '\(right)' in 5,000 generated names")
        }
    }
}
