/// What a pure function gave for each input already met, for the values a million rows repeat
/// (a file has a few dozen legal categories and a few hundred NAF codes). Bounded: past
/// `capacity` distinct inputs it computes without keeping.
struct Memo<Input: Hashable, Output> {
    private var known: [Input: Output] = [:]
    private let capacity: Int

    init(capacity: Int = 50_000) { self.capacity = capacity }

    mutating func value(_ input: Input, _ compute: (Input) -> Output) -> Output {
        if let output = known[input] { return output }
        let output = compute(input)
        if known.count < capacity { known[input] = output }
        return output
    }
}
