/// Values numbered in the order they are first met: groups, communes and NAF divisions of the
/// name order, numbered by a mapping thread for its batch, then by the writer for the file.
struct Interner<Value: Hashable> {
    private(set) var values: [Value] = []
    private var numbers: [Value: Int32] = [:]

    /// The value's number, a new one (the next) for a value not met before.
    mutating func number(_ value: Value) -> Int32 {
        if let known = numbers[value] { return known }
        let number = Int32(values.count)
        values.append(value)
        numbers[value] = number
        return number
    }
}

extension Interner: Sendable where Value: Sendable {}
