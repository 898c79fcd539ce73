import Testing
import TerminalGrid

@Suite struct GridPutTests {
    @Test func newGridIsBlank() {
        let grid = Grid(size: Size(width: 3, height: 2))
        #expect(grid.lines == ["   ", "   "])
        #expect(grid.cells.allSatisfy { $0 == .blank })
    }

    @Test func putWritesAndReturnsColumns() {
        var grid = Grid(size: Size(width: 8, height: 1))
        let used = grid.put("abc", at: Point(x: 1, y: 0), role: .title)
        #expect(used == 3)
        #expect(grid.lines == [" abc    "])
        #expect(grid.styleMask() == [" TTT    "])
    }

    @Test func putClipsAtTheRightEdge() {
        var grid = Grid(size: Size(width: 5, height: 1))
        #expect(grid.put("abcdefgh", at: Point(x: 2, y: 0), role: .normal) == 3)
        #expect(grid.lines == ["  abc"])
    }

    @Test func putClipsAtTheLeftEdgeAndOutsideRows() {
        var grid = Grid(size: Size(width: 5, height: 2))
        #expect(grid.put("abcdef", at: Point(x: -2, y: 0), role: .normal) == 6)
        #expect(grid.lines[0] == "cdef ")
        #expect(grid.put("x", at: Point(x: 0, y: 2), role: .normal) == 0)
        #expect(grid.put("x", at: Point(x: 0, y: -1), role: .normal) == 0)
    }

    @Test func putHonoursMaxWidth() {
        var grid = Grid(size: Size(width: 10, height: 1))
        #expect(grid.put("abcdef", at: Point(x: 1, y: 0), role: .normal, maxWidth: 3) == 3)
        #expect(grid.lines == [" abc      "])
    }

    @Test func wideCharactersTakeTwoCells() {
        var grid = Grid(size: Size(width: 6, height: 1))
        #expect(grid.put("漢字", at: .zero, role: .link) == 4)
        #expect(grid.lines == ["漢字  "])
        #expect(grid[1, 0].isContinuation && grid[3, 0].isContinuation)
        #expect(grid.styleMask() == ["llll  "])
    }

    @Test func wideCharacterThatDoesNotFitBecomesASpace() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.fill(grid.bounds, role: .normal, with: "x")
        #expect(grid.put("ab漢", at: Point(x: 2, y: 0), role: .normal) == 3)
        #expect(grid.lines == ["xxab "])
        var limited = Grid(size: Size(width: 5, height: 1))
        #expect(limited.put("a漢", at: .zero, role: .normal, maxWidth: 2) == 2)
        #expect(limited.lines == ["a    "])
        var left = Grid(size: Size(width: 4, height: 1))
        #expect(left.put("漢b", at: Point(x: -1, y: 0), role: .normal) == 3)
        #expect(left.lines == [" b  "])
    }

    @Test func overwritingHalfAWideCharacterBlanksTheOtherHalf() {
        var grid = Grid(size: Size(width: 6, height: 1))
        grid.put("漢字", at: .zero, role: .normal)
        grid.put("x", at: Point(x: 1, y: 0), role: .normal)  // right half of 漢
        #expect(grid.lines == [" x字  "])
        grid.put("y", at: Point(x: 2, y: 0), role: .normal)  // left half of 字
        #expect(grid.lines == [" xy   "])
        #expect(!grid[3, 0].isContinuation)
        grid.put("漢", at: Point(x: 4, y: 0), role: .normal)
        grid.put("字", at: Point(x: 3, y: 0), role: .normal)  // straddles 漢's left half
        #expect(grid.lines == [" xy字 "])
    }

    @Test func putSanitisesControlSequences() {
        var grid = Grid(size: Size(width: 12, height: 1))
        grid.put("\u{1B}[2J\u{202E}", at: .zero, role: .normal)
        #expect(grid.lines == ["\\x1b[2J<U+20"])
        #expect(!grid.cells.contains { $0.grapheme.unicodeScalars.contains { $0.value < 0x20 } })
    }

    @Test func combiningAccentsStayInOneCell() {
        var grid = Grid(size: Size(width: 4, height: 1))
        #expect(grid.put("e\u{301}te\u{301}", at: .zero, role: .normal) == 3)
        #expect(grid[0, 0].grapheme == "e\u{301}")
        #expect(grid.lines == ["e\u{301}te\u{301} "])
    }

    @Test func everyLineIsExactlyGridWidth() {
        var grid = Grid(size: Size(width: 7, height: 4))
        grid.put("漢字漢字漢字", at: Point(x: 0, y: 0), role: .normal)
        grid.put("a🌍b❤\u{FE0F}🇫🇷", at: Point(x: 1, y: 1), role: .normal)
        grid.put("Économie", at: Point(x: -1, y: 2), role: .normal)
        grid.put("\u{1B}]0;x\u{07}", at: Point(x: 3, y: 3), role: .normal)
        for line in grid.lines { #expect(line.displayWidth == 7, "\(line)") }
    }

    @Test func blitCopiesAndClips() {
        var grid = Grid(size: Size(width: 5, height: 2))
        let patch = Grid(lines: ["ab", "漢"], role: .overlay)
        grid.blit(patch, at: Point(x: 4, y: 0))
        #expect(grid.lines == ["    a", "     "])
        grid.blit(patch, at: Point(x: 1, y: 0))
        #expect(grid.lines == [" ab a", " 漢  "])
    }
}

@Suite struct GridDrawingTests {
    @Test func unicodeBoxWithTitle() {
        var grid = Grid(size: Size(width: 12, height: 4))
        grid.drawBox(grid.bounds, role: .border, title: "Programmes")
        #expect(grid.lines == [
            "┌─ Progr… ─┐",
            "│          │",
            "│          │",
            "└──────────┘",
        ])
    }

    @Test func asciiBox() {
        var grid = Grid(size: Size(width: 10, height: 3))
        grid.drawBox(grid.bounds, role: .borderFocused, title: "Aide", ascii: true)
        #expect(grid.lines == [
            "+- Aide -+",
            "|        |",
            "+--------+",
        ])
        #expect(grid.styleMask() == ["BBBBBBBBBB", "B        B", "BBBBBBBBBB"])
    }

    @Test func boxTitleCanHaveItsOwnRole() {
        var grid = Grid(size: Size(width: 10, height: 2))
        grid.drawBox(grid.bounds, role: .border, title: "ab", titleRole: .title)
        #expect(grid.lines == ["┌─ ab ───┐", "└────────┘"])
        #expect(grid.styleMask() == ["bbTTTTbbbb", "bbbbbbbbbb"])
    }

    @Test func tinyBoxesDrawNothing() {
        var grid = Grid(size: Size(width: 3, height: 3))
        grid.drawBox(Rect(x: 0, y: 0, width: 1, height: 3), role: .border)
        #expect(grid == Grid(size: grid.size))
    }

    @Test func fillAndSetRole() {
        var grid = Grid(size: Size(width: 5, height: 3))
        grid.put("hello", at: Point(x: 0, y: 1), role: .normal)
        grid.setRole(Rect(x: 0, y: 1, width: 5, height: 1), role: .selection)
        #expect(grid.lines[1] == "hello")
        grid.fill(Rect(x: 3, y: 0, width: 9, height: 1), role: .bar, with: "█")
        #expect(grid.lines == ["   ██", "hello", "     "])
        #expect(grid.styleMask() == ["   ==", "SSSSS", "     "])
    }

    @Test func fillWithWideCharacterLeavesNoHalf() {
        var grid = Grid(size: Size(width: 5, height: 1))
        grid.fill(grid.bounds, role: .normal, with: "漢")
        #expect(grid.lines == ["漢漢 "])
    }

    @Test func customLegendShowsUnknownRolesAsQuestionMarks() {
        var grid = Grid(size: Size(width: 3, height: 1))
        grid.put("ab", at: .zero, role: .link)
        #expect(grid.styleMask(legend: [.normal: "."]) == ["??."])
    }
}

@Suite struct GridDiffTests {
    @Test func identicalGridsHaveNoChanges() {
        let grid = Grid(lines: ["abc", "def"])
        #expect(grid.diff(from: grid).isEmpty)
    }

    @Test func changedCellsAreReportedInOrder() {
        let before = Grid(lines: ["abc", "def"])
        var after = before
        after.put("X", at: Point(x: 2, y: 0), role: .normal)
        after.setRole(Rect(x: 0, y: 1, width: 1, height: 1), role: .selection)
        #expect(after.diff(from: before) == [
            CellChange(point: Point(x: 2, y: 0), cell: Cell(grapheme: "X")),
            CellChange(point: Point(x: 0, y: 1), cell: Cell(grapheme: "d", role: .selection)),
        ])
    }

    @Test func wideCharacterReplacementReportsBothCells() {
        let before = Grid(lines: ["ab"])
        var after = before
        after.put("漢", at: .zero, role: .normal)
        let points = after.diff(from: before).map(\.point)
        #expect(points == [Point(x: 0, y: 0), Point(x: 1, y: 0)])
    }

    @Test func sizeChangeRepaintsEverything() {
        let before = Grid(size: Size(width: 2, height: 1))
        let after = Grid(size: Size(width: 3, height: 1))
        #expect(after.diff(from: before).count == 3)
    }
}
