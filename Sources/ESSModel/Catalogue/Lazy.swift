import Synchronization

/// A value computed on first use, once, whichever thread asks first.
///
/// The catalogue is a `Sendable` value shared between the browser's threads; what it derives only
/// for some uses (the search text, the regions of every record) is built when first needed, so a
/// start that never searches or narrows to a region never pays for it.
public final class Lazy<Value: Sendable>: Sendable {
    private let state: Mutex<Value?> = Mutex(nil)
    private let make: @Sendable () -> Value

    public init(_ make: @escaping @Sendable () -> Value) { self.make = make }

    public var value: Value {
        state.withLock { stored in
            if let stored { return stored }
            let made = make()
            stored = made
            return made
        }
    }
}
