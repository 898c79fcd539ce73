import Testing
import TerminalGrid

@Suite struct GeometryTests {
    let area = Rect(x: 2, y: 1, width: 20, height: 10)

    @Test func sizesAreClampedToZero() {
        #expect(Size(width: -3, height: 4) == Size(width: 0, height: 4))
        #expect(Rect(x: 0, y: 0, width: -1, height: -1).isEmpty)
    }

    @Test func insetShrinksEverySide() {
        #expect(area.inset(by: 1) == Rect(x: 3, y: 2, width: 18, height: 8))
        #expect(Rect(x: 0, y: 0, width: 1, height: 1).inset(by: 1).isEmpty)
    }

    @Test func splitsAreClamped() {
        let (left, right) = area.split(leftWidth: 5)
        #expect(left == Rect(x: 2, y: 1, width: 5, height: 10))
        #expect(right == Rect(x: 7, y: 1, width: 15, height: 10))
        #expect(area.split(leftWidth: 99).right.isEmpty)
        let (top, bottom) = area.splitVertically(topHeight: 3)
        #expect(top.height == 3 && bottom == Rect(x: 2, y: 4, width: 20, height: 7))
    }

    @Test func rowsAndBottomRow() {
        #expect(area.rows(top: 2) == Rect(x: 2, y: 1, width: 20, height: 2))
        #expect(area.bottomRow == Rect(x: 2, y: 10, width: 20, height: 1))
        #expect(area.dropping(top: 1).dropping(bottom: 1).height == 8)
    }

    @Test func containsIsHalfOpen() {
        #expect(area.contains(Point(x: 2, y: 1)))
        #expect(area.contains(Point(x: 21, y: 10)))
        #expect(!area.contains(Point(x: 22, y: 10)))
        #expect(!area.contains(Point(x: 1, y: 1)))
    }

    @Test func centeredFitsInside() {
        #expect(area.centered(Size(width: 10, height: 4)) == Rect(x: 7, y: 4, width: 10, height: 4))
        #expect(area.centered(Size(width: 99, height: 99)) == area)
    }
}
