/// French contraction and elision in a composed name, so a template like "Comité des fêtes de {c}"
/// reads right whatever the commune: "de Le Mans" → "du Mans", "de Les Abymes" → "des Abymes",
/// "à Le Mans" → "au Mans", "à Les Abymes" → "aux Abymes", "de Annecy" → "d'Annecy",
/// "de Hérouville" → "d'Hérouville", "la Orne" → "l'Orne". "de La Rochelle" and "de Honfleur"
/// (an aspirated h) stay as they are.
public enum FrenchArticles {
    /// The text with every contraction and elision made between words separated by a space.
    public static func contract(_ text: String) -> String {
        var words = text.split(separator: " ", omittingEmptySubsequences: false).map(String.init)
        // "le"/"la" elide first: "de le hôpital" is "de l'hôpital", never "du hôpital".
        words = merge(words) { word, next in
            ["le", "la"].contains(word.lowercased()) && startsWithVowelSound(next) ? cased("l'", like: word) + next : nil
        }
        return merge(words) { word, next in
            switch (word.lowercased(), next.lowercased()) {
            case ("de", "le"): cased("du", like: word)
            case ("de", "les"): cased("des", like: word)
            case ("à", "le"): cased("au", like: word)
            case ("à", "les"): cased("aux", like: word)
            case ("de", _) where startsWithVowelSound(next): cased("d'", like: word) + next
            default: nil
            }
        }.joined(separator: " ")
    }

    /// Words where `rule` joins a word and the next into one, left to right.
    private static func merge(_ words: [String], _ rule: (String, String) -> String?) -> [String] {
        var result: [String] = []
        var index = 0
        while index < words.count {
            if index + 1 < words.count, let joined = rule(words[index], words[index + 1]) {
                result.append(joined)
                index += 2
            } else {
                result.append(words[index])
                index += 1
            }
        }
        return result
    }

    /// "De" gives "Du" and "D'" at the start of a name; "de" gives "du" and "d'".
    private static func cased(_ form: String, like word: String) -> String {
        word.first?.isUppercase == true ? form.prefix(1).uppercased() + form.dropFirst() : form
    }

    private static let vowels: Set<Character> = Set("aàâäeéèêëiîïoôöuùûüÿæœ")

    /// Place names whose h is aspirated (no elision: "de Honfleur"); any other h is mute.
    private static let aspiratedH: Set<String> = [
        "haguenau", "halluin", "ham", "haut", "haute", "hautes", "hauts", "havre", "hayange", "hazebrouck",
        "hem", "hendaye", "hénin", "héricourt", "honfleur", "houilles", "hourtin",
    ]

    /// Whether a word starts with a vowel sound: a vowel, a mute h, or a y before a consonant
    /// ("Yvetot", not "Yaoundé").
    static func startsWithVowelSound(_ word: String) -> Bool {
        let letters = Array(word.lowercased())
        guard let first = letters.first else { return false }
        if vowels.contains(first) { return true }
        if first == "h" {
            let stem = word.lowercased().split(whereSeparator: { $0 == "-" || $0 == " " }).first.map(String.init) ?? ""
            return letters.count > 1 && !aspiratedH.contains(stem)
        }
        if first == "y", letters.count > 1 { return !vowels.contains(letters[1]) && letters[1] != "y" }
        return false
    }
}
