import TerminalGrid
import Testing

/// Sanitising random text drawn from the dangerous ranges (controls, C1, bidi, format
/// characters, combining marks, joiners, tags, wide characters) always yields text a terminal
/// cannot execute or reorder, and sanitising twice changes nothing.
@Suite struct SanitizePropertyTests {
    /// A seeded generator (SplitMix64) so a failure can be replayed.
    struct Seeded: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    static let ranges: [ClosedRange<UInt32>] = [
        0x00...0x7F, 0x80...0xFF, 0x0300...0x036F, 0x0600...0x0605, 0x061C...0x061C, 0x200B...0x200F,
        0x2028...0x202E, 0x2060...0x206F, 0xFEFF...0xFEFF, 0xFFF9...0xFFFB, 0x1F468...0x1F4BB,
        0xE0000...0xE007F, 0x4E00...0x4E10, 0x1F1E6...0x1F1FF, 0x110BD...0x110BD,
    ]

    static func randomText(_ random: inout Seeded) -> String {
        var text = String.UnicodeScalarView()
        for _ in 0..<Int.random(in: 0...40, using: &random) {
            let range = ranges.randomElement(using: &random)!
            if let scalar = Unicode.Scalar(UInt32.random(in: range, using: &random)) { text.append(scalar) }
        }
        return String(text)
    }

    @Test func sanitisedTextHasNothingATerminalWouldExecuteOrHide() {
        var random = Seeded(state: 2026)
        for _ in 0..<5_000 {
            let text = Self.randomText(&random)
            let clean = TerminalText.sanitize(text)
            for scalar in clean.unicodeScalars {
                let value = scalar.value
                #expect(value >= 0x20 && value != 0x7F && !(0x80...0x9F).contains(value), "\(text.debugDescription)")
                let allowedFormat = value == 0x200C || value == 0x200D || value == 0xAD || (0xE0020...0xE007F).contains(value)
                #expect(scalar.properties.generalCategory != .format || allowedFormat, "\(text.debugDescription) → \(clean.debugDescription)")
                #expect(value != 0x2028 && value != 0x2029)
            }
            #expect(TerminalText.sanitize(clean) == clean, "not idempotent on \(text.debugDescription)")
        }
    }
}
