import CNCurses
import Foundation
import TerminalGrid

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Curses attributes and colour pair for one role, computed once at start.
struct CursesCellStyle {
    var attributes: attr_t
    var pair: Int16

    static func table(color: Bool, theme: ThemeName = .dark) -> [StyleRole: CursesCellStyle] {
        var table: [StyleRole: CursesCellStyle] = [:]
        for (index, role) in StyleRole.allCases.enumerated() {
            let style = CursesTheme.style(for: role, color: color, theme: theme)
            table[role] = CursesCellStyle(
                attributes: attributes(style.attributes),
                pair: color ? Int16(index + 1) : 0
            )
        }
        return table
    }

    private static func attributes(_ theme: ThemeAttributes) -> attr_t {
        var result = ess_a_normal()
        if theme.contains(.bold) { result |= ess_a_bold() }
        if theme.contains(.reverse) { result |= ess_a_reverse() }
        if theme.contains(.underline) { result |= ess_a_underline() }
        if theme.contains(.dim) { result |= ess_a_dim() }
        return result
    }
}

extension CursesTerminal {
    /// Paints `grid`, sending only the cells that changed since the last call.
    ///
    /// The first frame, and the first after a resize or a suspension, is painted in full. Cells
    /// beyond the terminal's current size are skipped, so a grid rendered for a size that has
    /// just changed cannot wrap onto the next line.
    public func present(_ grid: Grid) {
        guard !isStopped else { return }
        let changes: [CellChange]
        if let presented, presented.size == grid.size {
            changes = grid.diff(from: presented)
        } else {
            werase(window)
            // A diff against a grid of another size lists every cell.
            changes = grid.diff(from: Grid(size: .zero))
        }
        let visible = Rect(size: size)
        for change in changes where !change.cell.isContinuation && visible.contains(change.point) {
            paint(change.cell, at: change.point, limit: visible.maxX)
        }
        wnoutrefresh(window)
        doupdate()
        writeHyperlinks(from: presented, to: grid)
        presented = grid
    }

    /// Writes the frame's OSC 8 hyperlinks over what curses painted, then tells curses where
    /// the cursor was left, so its next cursor motion starts from the truth.
    private func writeHyperlinks(from previous: Grid?, to grid: Grid) {
        guard let hyperlinks, grid.size == size else { return }
        let sequences = hyperlinks.sequences(from: previous, to: grid)
        guard !sequences.isEmpty else { return }
        // Column 1 of the last row is a position curses can move from without guessing.
        let bottom = Int32(max(0, grid.height - 1))
        writePassthrough([sequences + "\u{1B}[\(bottom + 1);1H"])
        _ = mvcur(bottom, 0, 0, 0)
        fflush(nil)
    }

    /// Forgets what is on screen so the next ``present(_:)`` repaints every cell.
    public func invalidate() {
        presented = nil
        clearok(window, true)
    }

    // MARK: - Cells

    /// Draws one grapheme with its role's look, filling the columns the grid reserved for it.
    private func paint(_ cell: Cell, at point: Point, limit: Int) {
        let style = styles[cell.role] ?? CursesCellStyle(attributes: ess_a_normal(), pair: 0)
        let columns = displayWidth(of: cell.grapheme)
        let (characters, drawnWidth) = cursesCharacters(for: cell.grapheme, columns: columns)
        put(characters, style: style, y: point.y, x: point.x)
        // Where curses thinks the grapheme is narrower than the grid does, pad so the columns
        // after it stay where the grid put them.
        var x = point.x + drawnWidth
        while x < point.x + columns && x < limit {
            put([0x20], style: style, y: point.y, x: x)
            x += 1
        }
    }

    private func put(_ characters: [wchar_t], style: CursesCellStyle, y: Int, x: Int) {
        var character = cchar_t()
        var text = characters + [0]
        setcchar(&character, &text, style.attributes, style.pair, nil)
        mvwadd_wch(window, Int32(y), Int32(x), &character)
    }

    /// The wide characters curses gets for a grapheme, and how many columns curses will use.
    ///
    /// curses measures with `wcwidth` of the first character and accepts only zero-width
    /// characters after it, so a sequence it cannot represent (a flag, a ZWJ emoji) is cut to
    /// its first picture, and a character curses would draw wider than the grid allows, or not
    /// at all, becomes a replacement character.
    private func cursesCharacters(for grapheme: Character, columns: Int) -> ([wchar_t], Int) {
        let scalars = grapheme.unicodeScalars
        assert(scalars.allSatisfy { $0.value >= 0x20 && !(0x7F...0x9F).contains($0.value) },
               "unsanitised control reached the backend")
        guard unicodeSupported else { return asciiFallback(for: grapheme) }
        guard let first = scalars.first else { return ([0x20], 1) }
        let firstWidth = Int(ess_wcwidth(wchar_t(bitPattern: first.value)))
        guard firstWidth >= 1, firstWidth <= columns else { return ([0xFFFD], 1) }
        var characters: [wchar_t] = [wchar_t(bitPattern: first.value)]
        for scalar in scalars.dropFirst() where characters.count < 5 {
            let c = wchar_t(bitPattern: scalar.value)
            if ess_wcwidth(c) != 0 { break }
            characters.append(c)
        }
        return (characters, firstWidth)
    }

    /// Without UTF-8, accents are dropped (é → e) and anything else non-ASCII shows as `?`.
    private func asciiFallback(for grapheme: Character) -> ([wchar_t], Int) {
        if let ascii = grapheme.unicodeScalars.first.flatMap(asciiBase), ascii >= 0x20, ascii < 0x7F {
            return ([wchar_t(ascii)], 1)
        }
        return ([0x3F], 1)
    }

    private func asciiBase(_ scalar: Unicode.Scalar) -> UInt32? {
        if scalar.isASCII { return scalar.value }
        let decomposed = String(scalar).decomposedStringWithCanonicalMapping.unicodeScalars.first
        return decomposed.flatMap { $0.isASCII ? $0.value : nil }
    }
}
