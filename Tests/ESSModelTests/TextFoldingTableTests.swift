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
}
