import ESSModel

extension BrowserState {
    /// The years a list filter stands for: a year (`2016`) or a period (`2015-2017`, `2015–2017`),
    /// as `ess timeline --year` takes them; nil for any other text, which is searched in names.
    static func yearFilter(_ filter: String) -> ClosedRange<Int>? {
        let parts = filter.filter { !$0.isWhitespace }.split(omittingEmptySubsequences: false) { "-–".contains($0) }
        let years = parts.compactMap { digits -> Int? in
            digits.count == 4 && digits.allSatisfy(\.isASCII) ? Int(digits) : nil
        }
        guard years.count == parts.count else { return nil }
        switch years.count {
        case 1: return years[0]...years[0]
        case 2 where years[0] <= years[1]: return years[0]...years[1]
        default: return nil
        }
    }
}
