/// How many terminal columns a grapheme cluster occupies: 0, 1 or 2.
///
/// The rules follow what terminals and `wcwidth` do for the first scalar of the cluster, so the
/// grid and the screen agree about where every column is:
/// - controls are 0 (they are escaped by ``TerminalText/sanitize(_:)`` before reaching a grid);
/// - East Asian Wide and Fullwidth characters (CJK, Hangul, kana, most emoji) are 2;
/// - an emoji made explicit with VARIATION SELECTOR-16 (`❤️`) and a flag (two regional
///   indicators) are 2, as modern terminals draw them;
/// - everything else is 1, including a letter with combining marks such as `"e\u{301}"`.
public func displayWidth(of character: Character) -> Int {
    let scalars = character.unicodeScalars
    guard let first = scalars.first else { return 0 }
    let value = first.value
    if value < 0x20 || (value >= 0x7F && value < 0xA0) { return 0 }
    if value < 0x1100 { return 1 }
    if isWide(value) { return 2 }
    if scalars.count > 1 {
        if scalars.contains(where: { $0.value == 0xFE0F }) && first.properties.isEmoji { return 2 }
        if isRegionalIndicator(value), let second = scalars.dropFirst().first,
            isRegionalIndicator(second.value)
        {
            return 2
        }
    }
    return 1
}

extension StringProtocol {
    /// The number of terminal columns the string occupies, the sum of its graphemes' widths.
    public var displayWidth: Int {
        // Below U+0300 every scalar is a grapheme of its own (CR LF aside, two zero-width
        // controls either way) and nothing is wide: the width is counted on scalars, without
        // breaking graphemes, for the Latin text that is nearly all of the catalogue. So is
        // French punctuation of General Punctuation (’ « – — … ‰), which extends no grapheme.
        var total = 0
        for scalar in unicodeScalars {
            let value = scalar.value
            guard isOwnGrapheme(value) else { return graphemeWidth }
            if value >= 0x20 && !(value >= 0x7F && value < 0xA0) { total += 1 }
        }
        return total
    }

    /// The sum of the graphemes' widths, for text beyond Latin.
    private var graphemeWidth: Int {
        var total = 0
        for character in self { total += TerminalGrid.displayWidth(of: character) }
        return total
    }
}

// MARK: - Tables

/// Whether a scalar is a grapheme of its own whatever surrounds it (CR LF aside), never wide:
/// everything below U+0300 (where combining marks begin), and the General Punctuation of
/// ordinary text — dashes, quotes, bullets, ellipsis, per mille, primes. Left out of the latter:
/// the zero-width and joining characters (U+200B–U+200F), the line and paragraph separators and
/// bidi controls (U+2028–U+202F), and the invisible operators and controls from U+205F.
func isOwnGrapheme(_ value: UInt32) -> Bool {
    value < 0x300 || (value >= 0x2010 && value <= 0x2027) || (value >= 0x2030 && value <= 0x205E)
}

private func isRegionalIndicator(_ value: UInt32) -> Bool {
    value >= 0x1F1E6 && value <= 0x1F1FF
}

/// Binary search in the sorted, non-overlapping table of wide ranges.
private func isWide(_ value: UInt32) -> Bool {
    var low = 0, high = wideRanges.count - 1
    while low <= high {
        let mid = (low + high) / 2
        let range = wideRanges[mid]
        if value < range.lowerBound {
            high = mid - 1
        } else if value > range.upperBound {
            low = mid + 1
        } else {
            return true
        }
    }
    return false
}

/// East Asian Wide (W) and Fullwidth (F) ranges of Unicode 14, assigned characters only, with
/// neighbouring CJK blocks merged. Generated from the Unicode Character Database; keep sorted.
private let wideRanges: [ClosedRange<UInt32>] = [
    0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
    0x23F3...0x23F3, 0x25FD...0x25FE, 0x2614...0x2615, 0x2648...0x2653, 0x267F...0x267F,
    0x2693...0x2693, 0x26A1...0x26A1, 0x26AA...0x26AB, 0x26BD...0x26BE, 0x26C4...0x26C5,
    0x26CE...0x26CE, 0x26D4...0x26D4, 0x26EA...0x26EA, 0x26F2...0x26F3, 0x26F5...0x26F5,
    0x26FA...0x26FA, 0x26FD...0x26FD, 0x2705...0x2705, 0x270A...0x270B, 0x2728...0x2728,
    0x274C...0x274C, 0x274E...0x274E, 0x2753...0x2755, 0x2757...0x2757, 0x2795...0x2797,
    0x27B0...0x27B0, 0x27BF...0x27BF, 0x2B1B...0x2B1C, 0x2B50...0x2B50, 0x2B55...0x2B55,
    0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0xA4CF, 0xA960...0xA97F,
    0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19, 0xFE30...0xFE6F, 0xFF00...0xFF60,
    0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x16FF0...0x16FF1, 0x17000...0x18CFF, 0x18D00...0x18D08,
    0x1AFF0...0x1B2FF, 0x1F004...0x1F004, 0x1F0CF...0x1F0CF, 0x1F18E...0x1F18E,
    0x1F191...0x1F19A, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
    0x1F250...0x1F251, 0x1F260...0x1F265, 0x1F300...0x1F320, 0x1F32D...0x1F335,
    0x1F337...0x1F37C, 0x1F37E...0x1F393, 0x1F3A0...0x1F3CA, 0x1F3CF...0x1F3D3,
    0x1F3E0...0x1F3F0, 0x1F3F4...0x1F3F4, 0x1F3F8...0x1F43E, 0x1F440...0x1F440,
    0x1F442...0x1F4FC, 0x1F4FF...0x1F53D, 0x1F54B...0x1F54E, 0x1F550...0x1F567,
    0x1F57A...0x1F57A, 0x1F595...0x1F596, 0x1F5A4...0x1F5A4, 0x1F5FB...0x1F64F,
    0x1F680...0x1F6C5, 0x1F6CC...0x1F6CC, 0x1F6D0...0x1F6D2, 0x1F6D5...0x1F6D7,
    0x1F6DD...0x1F6DF, 0x1F6EB...0x1F6EC, 0x1F6F4...0x1F6FC, 0x1F7E0...0x1F7EB,
    0x1F7F0...0x1F7F0, 0x1F90C...0x1F93A, 0x1F93C...0x1F945, 0x1F947...0x1F9FF,
    0x1FA70...0x1FAFF, 0x20000...0x3FFFD,
]
