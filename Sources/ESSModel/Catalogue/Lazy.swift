import Synchronization

/// A value computed on first use, once, whichever thread asks first.
///
/// The catalogue is a `Sendable` value shared between the browser's threads; what it derives only
/// for some uses (the search text) is built when first needed, so a start that never searches
/// never pays for it.
final class Lazy<Value: Sendable>: Sendable {
    private let state: Mutex<Value?> = Mutex(nil)
    private let make: @Sendable () -> Value

    init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
