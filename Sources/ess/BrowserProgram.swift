import BrowserCore
import CursesBackend
import TerminalGrid

/// The browser core as a program the curses run loop can drive: events go through `update`,
/// frames come from `view`.
struct BrowserProgram: TerminalProgram {
    private(set) var state: BrowserState

    init(state: BrowserState) {
        self.state = state
    }

    mutating func handle(_ event: InputEvent) -> Bool {
        let effects: [Effect]
        switch event {
        case .key(let key): effects = update(&state, .keyPressed(key))
        case .mouse(let mouse): effects = update(&state, .mouse(mouse))
        case .resize(let size): effects = update(&state, .resized(size))
        // The loop ends on these whatever is answered; there is nothing to save.
        case .endOfInput, .signal: return false
        }
        return !effects.contains(.quit)
    }

    /// The frame for `size`. The loop sends a resize before it draws at a new size, so the
    /// sizes agree; if they ever do not, the frame is drawn for the terminal's, never clipped.
    func render(size: Size, unicode: Bool) -> Grid {
        guard size != state.size else { return view(state) }
        var resized = state
        _ = update(&resized, .resized(size))
        return view(resized)
    }
}
