/// Reduces a failing action sequence to a minimal one that still fails (delta debugging,
/// Zeller's ddmin): removes chunks, halving their size down to single actions, for as long as
/// some removal keeps the failure. The result fails, and removing any one action from it makes
/// it pass.
enum SequenceShrinker {
    static func shrink<Action>(_ actions: [Action], stillFails: ([Action]) -> Bool) -> [Action] {
        var current = actions
        var chunks = 2
        while current.count >= 2 {
            let size = (current.count + chunks - 1) / chunks
            var removedOne = false
            var start = 0
            while start < current.count {
                let candidate = Array(current[..<start] + current[min(current.count, start + size)...])
                if !candidate.isEmpty, stillFails(candidate) {
                    current = candidate
                    removedOne = true
                } else {
                    start += size
                }
            }
            if removedOne {
                chunks = max(chunks - 1, 2)
            } else if size == 1 {
                break
            } else {
                chunks = min(chunks * 2, current.count)
            }
        }
        return current
    }
}
