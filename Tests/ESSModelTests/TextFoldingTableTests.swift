@testable import ESSModel
import Testing

@Suite("Text folding: the written-out Latin table")
struct TextFoldingTableTests {
    /// The table is written out so that a start never folds through Foundation; each entry must
    /// still be exactly what the slow path gives for its scalar.
    @Test func everyEntryIsTheSlowFoldOfItsScalar() {
        #expect(TextFolding.latinTable.count == 0x17F - TextFolding.latinStart + 1)
        for (offset, entry) in TextFolding.latinTable.enumerated() {
            let value = UInt32(TextFolding.latinStart + offset)
            let expected = Unicode.Scalar(value).map { TextFolding.slowFold(String(Character($0))) } ?? ""
            #expect(entry == expected, "U+\(String(value, radix: 16, uppercase: true))")
        }
    }

    /// The fast path reads General Punctuation as separators: the slow one must fold each of its
    /// scalars to nothing, and text holding them must fold the same either way.
    @Test func generalPunctuationIsOnlySeparators() {
        for value in TextFolding.generalPunctuation {
            guard let scalar = Unicode.Scalar(value) else { continue }
            #expect(TextFolding.slowFold(String(Character(scalar))) == "", "U+\(String(value, radix: 16, uppercase: true))")
            let text = "l\u{2019}a" + String(Character(scalar)) + "b"
            #expect(TextFolding.fold(text) == TextFolding.slowFold(text), "U+\(String(value, radix: 16, uppercase: true))")
        }
    }
}
