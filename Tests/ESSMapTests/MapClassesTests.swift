import ESSMap
import Testing

@Suite struct MapClassesTests {
    @Test func quantilesSplitThePlacesEvenlyAndLeaveZerosOut() {
        let classes = MapClasses(values: [0, 0, 1, 2, 3, 4, 5, 6, 7, 8])
        #expect(classes.bounds == [1...2, 3...4, 5...6, 7...8])
        #expect(classes.classOf(0) == 0)
        #expect(classes.classOf(1) == 1)
        #expect(classes.classOf(4) == 2)
        #expect(classes.classOf(8) == 4)
    }

    @Test func equalValuesStayInOneClass() {
        let classes = MapClasses(values: [1, 1, 1, 1, 1, 1, 9, 10])
        #expect(classes.bounds == [1...1, 9...9, 10...10])
        // Three classes are spread over the four shades: lightest, middle, darkest.
        #expect((1...3).map(classes.shade) == [1, 2, 4])
    }

    @Test func noValuesMakeNoClasses() {
        let classes = MapClasses(values: [0, 0])
        #expect(classes.bounds.isEmpty)
        #expect(classes.classOf(3) == 0)
    }

    @Test func valuesAreWrittenWithGroupedThousandsOrDecimals() {
        var values = MapValues(unit: .departement, values: [:], title: "")
        #expect(values.format(1_234_567) == "1,234,567")
        values.french = true
        #expect(values.format(1_234_567) == "1\u{00A0}234\u{00A0}567")
        values.decimals = 1
        #expect(values.format(3.14159) == "3,1")
    }
}

@Suite struct MapGlyphsTests {
    @Test func brailleLightsMoreDotsForDarkerShades() {
        let empty = [Int?](repeating: nil, count: 8)
        #expect(MapGlyphs.braille.glyph(empty) == " ")
        #expect(MapGlyphs.braille.sample(4) == "⣿")
        #expect(MapGlyphs.braille.sample(0) == "⠁")
        let lit = (0...4).map { shade in MapGlyphs.braille.sample(shade).unicodeScalars.first!.value - 0x2800 }
        let counts = lit.map { $0.nonzeroBitCount }
        #expect(counts == [1, 3, 5, 6, 8])
    }

    @Test func halfBlocksDrawCoastsAndShades() {
        #expect(MapGlyphs.halfBlock.glyph([2, nil]) == "▀")
        #expect(MapGlyphs.halfBlock.glyph([nil, 0]) == "▄")
        #expect(MapGlyphs.halfBlock.glyph([3, 3]) == "▓")
    }

    @Test func asciiHasOneGlyphPerShade() {
        #expect((0...4).map { MapGlyphs.ascii.sample($0) } == [".", ":", "+", "#", "@"])
    }
}
