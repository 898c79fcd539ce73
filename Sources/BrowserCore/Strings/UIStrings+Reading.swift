import ESSModel

/// The words of reading long pages: headings and the table of contents.
extension UIStrings {
    static let noNextHeading = Localized(fr: "Pas d'intertitre plus bas", en: "No heading further down")
    static let noPreviousHeading = Localized(fr: "Pas d'intertitre plus haut", en: "No heading further up")
    static let noHeadings = Localized(fr: "Aucune fiche affichée", en: "No page shown")
    public static let contentsTitle = Localized(fr: "Sommaire", en: "Contents")
}

/// The words of the trial's findings: the pickers' typing rule.
extension UIStrings {
    static let lettersKey = Localized(fr: "abc", en: "abc")
    static let lettersType = Localized(fr: "taper", en: "type")
}

/// The words of the search's counts.
extension UIStrings {
    /// "12 résultats"; "200 sur 1 234 résultats" when only the best are listed; "250 résultats
    /// ou plus" when the directory's matches stopped at their limit.
    static func searchCount(listed: Int, matching: Int, capped: Bool, _ language: Language) -> String {
        guard matching > listed else {
            let count = resultCount(listed, language)
            return capped ? count + (language == .fr ? " ou plus" : " or more") : count
        }
        let of = language == .fr ? " sur " : " of "
        return Formatting.number(Double(listed), language) + of + resultCount(matching, language)
    }
}

/// The timeline chart's title.
extension UIStrings {
    /// "4 programmes datés sur 11": why the chart has fewer bars than there are programmes.
    static func datedProgrammes(_ dated: Int, of all: Int, _ language: Language) -> String {
        language == .fr ? "\(dated) programme\(dated > 1 ? "s" : "") daté\(dated > 1 ? "s" : "") sur \(all)"
            : "\(dated) of \(all) programmes have a period"
    }
}
