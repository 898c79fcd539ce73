/// Word lists for generated directories: real communes (name, postcode, commune code, département
/// code and name, region name as ESS France writes it), realistic name patterns, activity codes.
enum SampleNames {
    struct Commune {
        let name, postcode, code, departement, departementName, region: String
    }

    static let communes: [Commune] = [
        ("Paris", "75011", "75111", "75", "Paris", "Île-de-France"),
        ("Montreuil", "93100", "93048", "93", "Seine-Saint-Denis", "Île-de-France"),
        ("Saint-Denis", "93200", "93066", "93", "Seine-Saint-Denis", "Île-de-France"),
        ("Versailles", "78000", "78646", "78", "Yvelines", "Île-de-France"),
        ("Lyon", "69003", "69383", "69", "Rhône", "Auvergne-Rhône-Alpes"),
        ("Villeurbanne", "69100", "69266", "69", "Rhône", "Auvergne-Rhône-Alpes"),
        ("Saint-Étienne", "42000", "42218", "42", "Loire", "Auvergne-Rhône-Alpes"),
        ("Roanne", "42300", "42187", "42", "Loire", "Auvergne-Rhône-Alpes"),
        ("Grenoble", "38000", "38185", "38", "Isère", "Auvergne-Rhône-Alpes"),
        ("Clermont-Ferrand", "63000", "63113", "63", "Puy-de-Dôme", "Auvergne-Rhône-Alpes"),
        ("Annecy", "74000", "74010", "74", "Haute-Savoie", "Auvergne-Rhône-Alpes"),
        ("Marseille", "13001", "13201", "13", "Bouches-du-Rhône", "Provence-Alpes-Côte d'Azur"),
        ("Nice", "06000", "06088", "06", "Alpes-Maritimes", "Provence-Alpes-Côte d'Azur"),
        ("Avignon", "84000", "84007", "84", "Vaucluse", "Provence-Alpes-Côte d'Azur"),
        ("Toulouse", "31000", "31555", "31", "Haute-Garonne", "Occitanie"),
        ("Montpellier", "34000", "34172", "34", "Hérault", "Occitanie"),
        ("Nîmes", "30000", "30189", "30", "Gard", "Occitanie"),
        ("Perpignan", "66000", "66136", "66", "Pyrénées-Orientales", "Occitanie"),
        ("Albi", "81000", "81004", "81", "Tarn", "Occitanie"),
        ("Bordeaux", "33000", "33063", "33", "Gironde", "Nouvelle-Aquitaine"),
        ("Limoges", "87000", "87085", "87", "Haute-Vienne", "Nouvelle-Aquitaine"),
        ("Poitiers", "86000", "86194", "86", "Vienne", "Nouvelle-Aquitaine"),
        ("Pau", "64000", "64445", "64", "Pyrénées-Atlantiques", "Nouvelle-Aquitaine"),
        ("La Rochelle", "17000", "17300", "17", "Charente-Maritime", "Nouvelle-Aquitaine"),
        ("Nantes", "44000", "44109", "44", "Loire-Atlantique", "Pays de la Loire"),
        ("Angers", "49000", "49007", "49", "Maine-et-Loire", "Pays de la Loire"),
        ("Le Mans", "72000", "72181", "72", "Sarthe", "Pays de la Loire"),
        ("La Roche-sur-Yon", "85000", "85191", "85", "Vendée", "Pays de la Loire"),
        ("Rennes", "35000", "35238", "35", "Ille-et-Vilaine", "Bretagne"),
        ("Brest", "29200", "29019", "29", "Finistère", "Bretagne"),
        ("Lorient", "56100", "56121", "56", "Morbihan", "Bretagne"),
        ("Lille", "59000", "59350", "59", "Nord", "Hauts-de-France"),
        ("Roubaix", "59100", "59512", "59", "Nord", "Hauts-de-France"),
        ("Amiens", "80000", "80021", "80", "Somme", "Hauts-de-France"),
        ("Arras", "62000", "62041", "62", "Pas-de-Calais", "Hauts-de-France"),
        ("Strasbourg", "67000", "67482", "67", "Bas-Rhin", "Grand Est"),
        ("Mulhouse", "68100", "68224", "68", "Haut-Rhin", "Grand Est"),
        ("Nancy", "54000", "54395", "54", "Meurthe-et-Moselle", "Grand Est"),
        ("Metz", "57000", "57463", "57", "Moselle", "Grand Est"),
        ("Reims", "51100", "51454", "51", "Marne", "Grand Est"),
        ("Dijon", "21000", "21231", "21", "Côte-d'Or", "Bourgogne-Franche-Comté"),
        ("Besançon", "25000", "25056", "25", "Doubs", "Bourgogne-Franche-Comté"),
        ("Mâcon", "71000", "71270", "71", "Saône-et-Loire", "Bourgogne-Franche-Comté"),
        ("Rouen", "76000", "76540", "76", "Seine-Maritime", "Normandie"),
        ("Caen", "14000", "14118", "14", "Calvados", "Normandie"),
        ("Évreux", "27000", "27229", "27", "Eure", "Normandie"),
        ("Tours", "37000", "37261", "37", "Indre-et-Loire", "Centre-Val de Loire"),
        ("Orléans", "45000", "45234", "45", "Loiret", "Centre-Val de Loire"),
        ("Bourges", "18000", "18033", "18", "Cher", "Centre-Val de Loire"),
        ("Ajaccio", "20000", "2A004", "2A", "Corse-du-Sud", "Corse"),
        ("Bastia", "20200", "2B033", "2B", "Haute-Corse", "Corse"),
        ("Pointe-à-Pitre", "97110", "97120", "971", "Guadeloupe", "Guadeloupe"),
        ("Fort-de-France", "97200", "97209", "972", "Martinique", "Martinique"),
        ("Saint-Denis", "97400", "97411", "974", "La Réunion", "La Réunion"),
    ].map { Commune(name: $0.0, postcode: $0.1, code: $0.2, departement: $0.3, departementName: $0.4, region: $0.5) }

    /// Name patterns by family; `{c}` is a commune, `{n}` a noun, `{p}` a person's name.
    static let patterns: [(family: String, category: String, weight: Int, patterns: [String])] = [
        (Classification.Family.association, "9220", 80, [
            "Association des amis de {c}", "Comité des fêtes de {c}", "Club sportif de {c}", "Les {n} de {c}",
            "Association {n} et solidarité", "Amicale laïque de {c}", "Épicerie solidaire {n}", "Régie de quartier de {c}",
            "Crèche parentale Les {n}", "Association d'aide à domicile de {c}", "Maison des jeunes et de la culture de {c}",
            "Association \"Les {n}\"", "Jardins partagés de {c}", "Union sportive {c}", "Théâtre {n}, {c}",
        ]),
        (Classification.Family.cooperative, "5458", 9, [
            "SCOP {n}", "Coopérative {n} de {c}", "SCIC {n}", "Biocoop {c}", "Coopérative agricole de {c}",
            "CUMA de {c}", "Société coopérative ouvrière {p}",
        ]),
        (Classification.Family.mutuelle, "8210", 3, ["Mutuelle {n}", "Mutuelle générale de {c}", "Mutuelle {p}"]),
        (Classification.Family.fondation, "9300", 2, ["Fondation {p}", "Fondation pour {n}", "Fonds de dotation {n}"]),
        (Classification.Family.commerciale, "5499", 6, ["{n} Solidaire SAS", "Entreprise d'insertion {n}", "Recyclerie {n} de {c}"]),
    ]

    static let nouns = [
        "Petits Loups", "Colibris", "Tisserands", "Jardiniers", "Canuts", "Passeurs", "Abeilles", "Écureuils",
        "Bâtisseurs", "Voisins", "Semeurs", "Artisans", "Mésanges", "Forgerons", "Compagnons", "Lucioles",
        "Hirondelles", "Ateliers", "Marmitons", "Vignerons", "Œuvres", "Cigales", "Tilleuls", "Chênes",
    ]

    static let people = [
        "Jean Moulin", "Marie Curie", "Abbé Pierre", "Charles Gide", "Louise Michel", "Jean Jaurès",
        "Germaine Tillion", "Émile Zola", "Hélène Boucher", "François Bloch-Lainé", "Célestin Freinet",
    ]

    /// NAF codes common among ESS units, with the family they usually go with (nil: any).
    static let activities = [
        "88.99B", "94.99Z", "88.10A", "85.59A", "93.12Z", "90.01Z", "87.30A", "86.90D", "65.12Z", "64.19Z",
        "01.11Z", "10.51A", "47.11F", "56.10A", "43.21A", "81.21Z", "38.11Z", "68.20B", "91.02Z", "93.29Z",
        "94.12Z", "55.20Z", "49.39A", "16.10A", "88.91A",
    ]

    static let headcounts = ["NN", "00", "01", "02", "03", "11", "12", "21", "22", "31", "32", "41"]
}
