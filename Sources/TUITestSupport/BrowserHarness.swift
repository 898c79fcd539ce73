import BrowserCore
import ESSModel
import ESSSeeds
import TerminalGrid

/// Drives a browser the way the terminal would, without a terminal: key scripts, clicks and
/// resizes go through the real `update`, and screens come from the real `view`.
///
/// Directory reads are answered at once, as if the disk were instant, unless the harness
/// `holdsReads`: then they wait in ``heldReads`` until ``answerHeldReads()``, as they would while
/// a slow directory is read on the program loop's worker.
///
/// ```swift
/// var browser = try BrowserHarness(size: Size(width: 80, height: 24))
/// try browser.type("2/loire<Enter><Tab>j<Enter><BS>")
/// expectScreen(browser.lines, """ … """)
/// ```
public struct BrowserHarness {
    public private(set) var state: BrowserState
    /// Every effect the updates returned but directory reads, in order (`.quit` after `q`).
    public private(set) var effects: [Effect] = []
    /// Whether directory reads wait for ``answerHeldReads()`` instead of being answered at once.
    public var holdsReads = false
    /// The reads asked and not answered yet, oldest first.
    public private(set) var heldReads: [DirectoryRequest] = []

    /// A browser on `catalogue`, or on the built-in one when nil.
    public init(catalogue: Catalogue? = nil, size: Size = Size(width: 80, height: 24), language: Language = .fr,
                unicode: Bool = true, region: String? = nil) throws {
        let catalogue = try catalogue ?? Self.builtInCatalogue()
        var filter: RegionFilter?
        if let region { filter = try catalogue.resolveRegion(region).get() }
        state = BrowserState(catalogue: catalogue, language: language, size: size, unicode: unicode, region: filter)
    }

    /// Starts from a state built elsewhere, its first reads asked (and answered unless held).
    public init(state: BrowserState, holdsReads: Bool = false) {
        self.state = state
        self.holdsReads = holdsReads
        send(.resized(state.size))
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

    /// Sends one action through `update`, then answers its reads unless they are held.
    public mutating func send(_ action: BrowserAction) {
        guard holdsReads else {
            effects += updateReadingAtOnce(&state, action)
            return
        }
        for effect in update(&state, action) {
            switch effect {
            case .read(let request): heldReads.append(request)
            case .watchImports: break
            default: effects.append(effect)
            }
        }
    }

    /// Answers the reads held so far from the state's source, oldest first, as the worker would
    /// (stale ones included: the state must ignore them); the reads these answers lead to are held
    /// in turn.
    public mutating func answerHeldReads() {
        let requests = heldReads
        heldReads = []
        for request in requests {
            guard let source = state.data.importedActors else { continue }
            send(.directoryAnswered(request, request.query.answer(from: source)))
        }
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
