import BrowserCore
import ESSModel
import ESSSeeds
import TerminalGrid

/// Drives a browser the way the terminal would, without a terminal: key scripts, clicks and
/// resizes go through the real `update`, and screens come from the real `view`.
///
/// ```swift
/// var browser = try BrowserHarness(size: Size(width: 80, height: 24))
/// try browser.type("2/loire<Enter><Tab>j<Enter><BS>")
/// expectScreen(browser.lines, """ … """)
/// ```
public struct BrowserHarness {
    public private(set) var state: BrowserState
    /// Every effect the updates returned, in order (`.quit` after `q`).
    public private(set) var effects: [Effect] = []

    /// A browser on `catalogue`, or on the built-in one when nil.
    public init(catalogue: Catalogue? = nil, size: Size = Size(width: 80, height: 24), language: Language = .fr,
                unicode: Bool = true, region: String? = nil) throws {
        let catalogue = try catalogue ?? Self.builtInCatalogue()
        var filter: RegionFilter?
        if let region { filter = try catalogue.resolveRegion(region).get() }
        state = BrowserState(catalogue: catalogue, language: language, size: size, unicode: unicode, region: filter)
    }

    /// Starts from a state built elsewhere.
    public init(state: BrowserState) {
        self.state = state
    }

    /// The built-in catalogue, loaded once per call; throws its diagnostics if the seeds are broken.
    public static func builtInCatalogue() throws -> Catalogue {
        try BuiltInCatalogue.load().get()
    }

    // MARK: - Input

    /// Presses every key of a key script (`"2/loire<Enter><Tab>j<BS>"`, see `Key.parseScript`).
    public mutating func type(_ script: String) throws {
        for key in try Key.parseScript(script) { send(.keyPressed(key)) }
    }

    /// Sends one action through `update`.
    public mutating func send(_ action: BrowserAction) {
        effects += update(&state, action)
    }

    /// A left click at a column and row.
    public mutating func click(x: Int, y: Int) {
        send(.mouse(MouseEvent(kind: .press(button: 1), x: x, y: y)))
        send(.mouse(MouseEvent(kind: .release(button: 1), x: x, y: y)))
    }

    /// One wheel notch at a column and row, down or up.
    public mutating func wheel(down: Bool, x: Int, y: Int) {
        send(.mouse(MouseEvent(kind: down ? .wheelDown : .wheelUp, x: x, y: y)))
    }

    public mutating func resize(width: Int, height: Int) {
        send(.resized(Size(width: width, height: height)))
    }

    // MARK: - Output

    /// The screen as the terminal would show it now.
    public var grid: Grid { view(state) }

    /// The screen's rows, each exactly as wide as the terminal.
    public var lines: [String] { grid.lines }

    /// One letter per cell naming its style role (see `StyleRole.maskLegend`).
    public var styleMask: [String] { grid.styleMask() }

    /// The first row whose text contains `text`, to find where something is drawn.
    public func row(containing text: String) -> Int? {
        lines.firstIndex { $0.contains(text) }
    }
}
