import ESSModel
import Testing

@Suite("Formatting of dates, ranges and numbers")
struct FormattingTests {
    static let nbsp = "\u{00A0}"

    @Test(arguments: [
        (PartialDate(year: 2016, month: 4, day: 28), "28 avril 2016", "28 April 2016"),
        (PartialDate(year: 2016, month: 4, day: 1), "1er avril 2016", "1 April 2016"),
        (PartialDate(year: 2016, month: 12), "décembre 2016", "December 2016"),
        (PartialDate(year: 2017, month: 2), "février 2017", "February 2017"),
        (PartialDate(year: 2016, month: 8, day: 15), "15 août 2016", "15 August 2016"),
        (PartialDate(year: 2009), "2009", "2009"),
    ])
    func dates(date: PartialDate, french: String, english: String) {
        #expect(Formatting.date(date, .fr) == french)
        #expect(Formatting.date(date, .en) == english)
    }

    @Test(arguments: [
        (DateRange(PartialDate(year: 2016, month: 4, day: 28)), "28 avril 2016", "28 April 2016"),
        (DateRange(start: PartialDate(year: 2017), end: PartialDate(year: 2021)), "2017 – 2021", "2017 – 2021"),
        (DateRange(start: PartialDate(year: 2015), end: nil), "depuis 2015", "since 2015"),
        (DateRange(start: nil, end: PartialDate(year: 2018)), "jusqu'en 2018", "until 2018"),
        (DateRange(start: PartialDate(year: 2016, month: 12, day: 14), end: PartialDate(year: 2016, month: 12, day: 16)),
         "14 – 16 décembre 2016", "14 – 16 December 2016"),
        (DateRange(start: PartialDate(year: 2016, month: 12, day: 1), end: PartialDate(year: 2016, month: 12, day: 3)),
         "1er – 3 décembre 2016", "1 – 3 December 2016"),
        (DateRange(start: PartialDate(year: 2016, month: 4, day: 28), end: PartialDate(year: 2016, month: 9)),
         "28 avril 2016 – septembre 2016", "28 April 2016 – September 2016"),
        (DateRange(start: PartialDate(year: 2016, month: 11, day: 30), end: PartialDate(year: 2016, month: 12, day: 2)),
         "30 novembre 2016 – 2 décembre 2016", "30 November 2016 – 2 December 2016"),
        (DateRange(PartialDate(year: 2016), note: "au printemps"), "2016 (au printemps)", "2016 (au printemps)"),
        (DateRange(start: nil, end: nil, note: "printemps"), "printemps", "printemps"),
        (DateRange(start: nil, end: nil), "", ""),
    ])
    func ranges(range: DateRange, french: String, english: String) {
        #expect(Formatting.range(range, .fr) == french)
        #expect(Formatting.range(range, .en) == english)
    }

    @Test(arguments: [
        (120.0, "120", "120"),
        (0.0, "0", "0"),
        (999.0, "999", "999"),
        (1000.0, "1\u{00A0}000", "1,000"),
        (20000.0, "20\u{00A0}000", "20,000"),
        (1234567.0, "1\u{00A0}234\u{00A0}567", "1,234,567"),
        (6.5, "6,5", "6.5"),
        (0.25, "0,25", "0.25"),
        (6.05, "6,05", "6.05"),
        (2.999, "3", "3"),
        (1999.996, "2\u{00A0}000", "2,000"),
        (-1500.5, "-1\u{00A0}500,5", "-1,500.5"),
    ])
    func numbers(value: Double, french: String, english: String) {
        #expect(Formatting.number(value, .fr) == french)
        #expect(Formatting.number(value, .en) == english)
    }

    @Test func figures() {
        #expect(Formatting.figure(KeyFigure(value: 6.5, unit: "%", label: "du budget"), .fr) == "6,5\(Self.nbsp)%")
        #expect(Formatting.figure(KeyFigure(value: 6.5, unit: "%", label: "du budget"), .en) == "6.5\(Self.nbsp)%")
        #expect(Formatting.figure(KeyFigure(value: 20000, unit: "points d'implantation", label: "x"), .fr)
                == "20\(Self.nbsp)000 points d'implantation")
        #expect(Formatting.figure(KeyFigure(value: 120, unit: "participants", label: "x"), .en) == "120 participants")
        #expect(Formatting.figure(KeyFigure(value: 120, label: "x"), .fr) == "120")
    }

    @Test(arguments: [
        (["LC_ALL": "fr_FR.UTF-8", "LANG": "en_US.UTF-8"], Language.fr),
        (["LC_ALL": "C", "LANG": "fr_FR.UTF-8"], Language.en),
        (["LC_ALL": "", "LC_MESSAGES": "fr_CA", "LANG": "en_GB"], Language.fr),
        (["LANG": "FR_fr"], Language.fr),
        (["LANG": "de_DE.UTF-8"], Language.en),
        ([:], Language.en),
    ])
    func languageFromEnvironment(environment: [String: String], expected: Language) {
        #expect(Language.fromEnvironment(environment) == expected)
    }

    @Test(arguments: ["2016", "2016-04", "2016-04-28", "2016-02-29", "2000-02-29"])
    func validPartialDates(_ text: String) throws {
        let date = try #require(PartialDate(text))
        #expect(date.description == text)
    }

    @Test(arguments: ["2016-13-45", "2015-02-29", "1900-02-29", "2016-06-31", "2016-00", "2016-4", "16", "2016-", "-2016", "２０１６", "2016-04-28-1"])
    func invalidPartialDates(_ text: String) {
        #expect(PartialDate(text) == nil)
    }

    @Test func partialDatesOrderYearBeforeMonthBeforeDay() {
        let dates = [PartialDate(year: 2016, month: 4, day: 28), PartialDate(year: 2016), PartialDate(year: 2016, month: 4),
                     PartialDate(year: 2015, month: 12, day: 31)]
        #expect(dates.sorted().map(\.description) == ["2015-12-31", "2016", "2016-04", "2016-04-28"])
    }
}
