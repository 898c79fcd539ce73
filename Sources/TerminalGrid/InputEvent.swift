/// A mouse click or wheel turn at a cell.
public struct MouseEvent: Hashable, Sendable {
    /// What the mouse did.
    public enum Kind: Hashable, Sendable {
        /// A button went down: 1 left, 2 middle, 3 right.
        case press(button: Int)
        /// A button came up.
        case release(button: Int)
        case wheelUp
        case wheelDown
    }

    public var kind: Kind
    /// Column, zero-based.
    public var x: Int
    /// Row, zero-based.
    public var y: Int

    public init(kind: Kind, x: Int, y: Int) {
        self.kind = kind
        self.x = x
        self.y = y
    }

    public var point: Point { Point(x: x, y: y) }
}

extension MouseEvent: CustomStringConvertible {
    /// `<Press1 4,2>`, `<Release1 4,2>`, `<WheelUp 4,2>`: compact enough for logs and tests.
    public var description: String {
        let name: String
        switch kind {
        case .press(let button): name = "Press\(button)"
        case .release(let button): name = "Release\(button)"
        case .wheelUp: name = "WheelUp"
        case .wheelDown: name = "WheelDown"
        }
        return "<\(name) \(x),\(y)>"
    }
}

/// Everything the outside world can tell a terminal program.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    case mouse(MouseEvent)
    /// The terminal now has this size; also sent once at start-up.
    case resize(Size)
    /// Standard input is closed: nothing more will come, the program should finish.
    case endOfInput
    /// SIGINT, SIGTERM or SIGHUP arrived: the program should finish; the process then exits
    /// with status 128 + the signal number.
    case signal(Int32)
}
