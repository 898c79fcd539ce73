/// Applies `action`, then answers every directory read it asks at once, on the calling thread,
/// until none is left; returns the other effects (``Effect/quit``, a save).
///
/// What the program loop's worker does, without the worker: for tests that want the screen
/// after a key with its rows read, and for benchmarks that time a key to its complete frame. The
/// browser itself never reads on the input path.
public func updateReadingAtOnce(_ state: inout BrowserState, _ action: BrowserAction) -> [Effect] {
    var pending = [action]
    var effects: [Effect] = []
    while !pending.isEmpty {
        for effect in update(&state, pending.removeFirst()) {
            switch effect {
            case .read(let request):
                guard let source = state.data.importedActors else { continue }
                pending.append(.directoryAnswered(request, request.query.answer(from: source)))
            case .reloadDirectory:
                state.data.importedActors?.discardCachedAnswers()
            case .watchImports:
                break
            case .quit, .saveSession, .copyToClipboard, .writeFile, .openAddress:
                effects.append(effect)
            }
        }
    }
    return effects
}
