/// How dates, periods and figures read in each interface language.
public enum Formatting {
    private static let monthsFR = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août",
                                   "septembre", "octobre", "novembre", "décembre"]
    private static let monthsEN = ["January", "February", "March", "April", "May", "June", "July", "August",
                                   "September", "October", "November", "December"]

    /// "28 avril 2016", "avril 2016", "2016" / "28 April 2016".
    public static func date(_ date: PartialDate, _ language: Language) -> String {
        guard let month = date.month else { return String(date.year) }
        let name = (language == .fr ? monthsFR : monthsEN)[month - 1]
        guard let day = date.day else { return "\(name) \(date.year)" }
        return language == .fr ? "\(day == 1 ? "1er" : String(day)) \(name) \(date.year)" : "\(day) \(name) \(date.year)"
    }

    /// "2017 – 2021", "depuis 2015", "14 – 16 décembre 2016", with the source's wording after it.
    public static func range(_ range: DateRange, _ language: Language) -> String {
        var text: String
        switch (range.start, range.end) {
        case let (start?, end?) where start == end:
            text = date(start, language)
        case let (start?, end?):
            if start.year == end.year, start.month == end.month, let d1 = start.day, let _ = end.day {
                text = (language == .fr && d1 == 1 ? "1er" : String(d1)) + " – " + date(end, language)
            } else {
                text = date(start, language) + " – " + date(end, language)
            }
        case let (start?, nil):
            text = (language == .fr ? "depuis " : "since ") + date(start, language)
        case let (nil, end?):
            text = (language == .fr ? "jusqu'en " : "until ") + date(end, language)
        case (nil, nil):
            text = ""
        }
        if let note = range.note, !note.isEmpty {
            // A note that has its own parentheses reads better after a dash than nested in more.
            text = text.isEmpty ? note : note.contains("(") ? "\(text) — \(note)" : "\(text) (\(note))"
        }
        return text
    }

    /// "20 000", "6,5" / "20,000", "6.5".
    public static func number(_ value: Double, _ language: Language) -> String {
        // Rounded to two decimals first, so 2.999 carries into "3" instead of reading "2,1".
        let value = (value * 100).rounded() / 100
        let whole = value.rounded(.towardZero)
        let fraction = abs(value - whole)
        var digits = String(Int(abs(whole)))
        var grouped = ""
        while digits.count > 3 {
            grouped = (language == .fr ? "\u{00A0}" : ",") + digits.suffix(3) + grouped
            digits = String(digits.dropLast(3))
        }
        var text = (value < 0 ? "-" : "") + digits + grouped
        if fraction > 0.000_001 {
            var decimals = String(Int((fraction * 100).rounded()))
            if decimals.count == 1 { decimals = "0" + decimals }
            while decimals.hasSuffix("0") { decimals.removeLast() }
            text += (language == .fr ? "," : ".") + decimals
        }
        return text
    }

    /// "120 participants", "6,5 % du budget du développement économique", "env. 200 acteurs".
    public static func figure(_ figure: KeyFigure, _ language: Language) -> String {
        var text = (figure.approximate ? (language == .fr ? "env. " : "about ") : "") + number(figure.value, language)
        if let unit = figure.unit, !unit.isEmpty { text += (unit == "%" ? "\u{00A0}" : " ") + unit }
        return text
    }

    /// "[interprété]", "[annoncé]": the word that marks a fact not plainly stated; nil for `stated`.
    public static func basisMark(_ basis: Basis, _ language: Language) -> String? {
        basis.mark.map { "[" + $0(language) + "]" }
    }

    /// `text` followed by its basis mark, if any: "Filière des déchets [interprété]".
    public static func marked(_ text: String, _ basis: Basis, _ language: Language) -> String {
        basisMark(basis, language).map { text + " " + $0 } ?? text
    }
}
