/// Which edges leave and which reach each record, as edge numbers grouped by record (the
/// compressed layout of a sparse graph): one array per direction and the start of each record's
/// run in it. Built by counting in two passes over the edges, where a dictionary of neighbour
/// arrays made and grew an array per record and copied every edge's strings into it twice.
struct EdgeAdjacency: Sendable {
    /// Edge numbers by their record's number, in the edges' order within each record.
    private let outgoing: [Int32]
    private let incoming: [Int32]
    /// `outgoing[outgoingStart[r]..<outgoingStart[r + 1]]` are record `r`'s; same for incoming.
    private let outgoingStart: [Int32]
    private let incomingStart: [Int32]
    /// Edges whose end is not a record of the catalogue (none once it is validated), by that id.
    private let strayOutgoing: [RecordID: [Int32]]
    private let strayIncoming: [RecordID: [Int32]]

    /// `number` gives a record's number below `recordCount`, nil for an id the catalogue lacks.
    init(edges: [Edge], recordCount: Int, number: (RecordID) -> Int?) {
        var fromNumbers = [Int](repeating: -1, count: edges.count)
        var toNumbers = [Int](repeating: -1, count: edges.count)
        var outgoingCount = [Int32](repeating: 0, count: recordCount + 1)
        var incomingCount = [Int32](repeating: 0, count: recordCount + 1)
        var strayOutgoing: [RecordID: [Int32]] = [:]
        var strayIncoming: [RecordID: [Int32]] = [:]
        for (e, edge) in edges.enumerated() {
            if let from = number(edge.from) {
                fromNumbers[e] = from
                outgoingCount[from + 1] += 1
            } else {
                strayOutgoing[edge.from, default: []].append(Int32(e))
            }
            if let to = number(edge.to) {
                toNumbers[e] = to
                incomingCount[to + 1] += 1
            } else {
                strayIncoming[edge.to, default: []].append(Int32(e))
            }
        }
        outgoingStart = Self.runningTotal(outgoingCount)
        incomingStart = Self.runningTotal(incomingCount)
        outgoing = Self.grouped(fromNumbers, starts: outgoingStart)
        incoming = Self.grouped(toNumbers, starts: incomingStart)
        self.strayOutgoing = strayOutgoing
        self.strayIncoming = strayIncoming
    }

    func outgoing(of record: Int?, id: RecordID) -> ArraySlice<Int32> {
        guard let record else { return (strayOutgoing[id] ?? [])[...] }
        return outgoing[Int(outgoingStart[record])..<Int(outgoingStart[record + 1])]
    }

    func incoming(of record: Int?, id: RecordID) -> ArraySlice<Int32> {
        guard let record else { return (strayIncoming[id] ?? [])[...] }
        return incoming[Int(incomingStart[record])..<Int(incomingStart[record + 1])]
    }

    private static func runningTotal(_ counts: [Int32]) -> [Int32] {
        var starts = counts
        for i in starts.indices.dropFirst() { starts[i] += starts[i - 1] }
        return starts
    }

    /// Each edge's number at the next free place of its record's run (-1: not a record's).
    private static func grouped(_ numbers: [Int], starts: [Int32]) -> [Int32] {
        var next = starts
        var grouped = [Int32](repeating: 0, count: Int(starts.last ?? 0))
        for (e, record) in numbers.enumerated() where record >= 0 {
            grouped[Int(next[record])] = Int32(e)
            next[record] += 1
        }
        return grouped
    }
}
