import Foundation

/// What the reading thread hands to the writing one, in file order.
enum PipelineItem: Sendable {
    case actor(PreparedActor)
    /// A SIRENE unit not flagged ESS.
    case skipped
    case bad(line: Int, message: String)
    case fatal(CSVError)
}

/// An actor with what the insert derives from it, computed on the reading thread.
struct PreparedActor: Sendable {
    var row: ActorRow
    var sortName: String
    var nafSection: String?
}

/// Reads, parses and maps records on a second thread while the caller writes them to SQLite: on two
/// cores the two halves of an import overlap. Batches go through a queue of bounded length, so a
/// slow writer holds the reader back instead of letting memory grow.
final class RecordPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [[PipelineItem]] = []
    private var finished = false
    private var cancelled = false
    private var bytes = 0
    private static let batchSize = 2048
    private static let maxBatches = 8

    /// Starts reading `reader` (already past its header) with `mapper` on a new thread.
    init(reader: consuming CSVReader, mapper: RowMapper) {
        let box = ReaderBox(reader)
        let thread = Thread { [self] in self.produce(box, mapper) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next batch in file order, nil when the file is done.
    func next() -> (items: [PipelineItem], bytesRead: Int)? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.signal()
        return (batch, bytes)
    }

    /// Stops the reading thread (an error or an interruption on the writing side).
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func produce(_ box: ReaderBox, _ mapper: RowMapper) {
        var batch: [PipelineItem] = []
        batch.reserveCapacity(Self.batchSize)
        var stop = false
        while !stop {
            do {
                guard let row = try box.reader.next() else { break }
                do {
                    if let actor = try mapper.actor(from: row.fields) {
                        batch.append(.actor(PreparedActor(row: actor, sortName: NameFolding.fold(actor.name),
                                                          nafSection: actor.naf.flatMap(Classification.nafSection))))
                    } else {
                        batch.append(.skipped)
                    }
                } catch {
                    batch.append(.bad(line: row.line, message: error.message))
                }
            } catch {
                batch.append(error.isFatal ? .fatal(error) : .bad(line: error.line, message: error.message))
                stop = error.isFatal
            }
            if batch.count >= Self.batchSize || stop {
                if !hand(batch, bytesRead: box.reader.bytesRead) { return }
                batch.removeAll(keepingCapacity: true)
            }
        }
        if !batch.isEmpty { _ = hand(batch, bytesRead: box.reader.bytesRead) }
        condition.lock()
        finished = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a batch, waiting while the queue is full; false when cancelled.
    private func hand(_ batch: [PipelineItem], bytesRead: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.maxBatches && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        bytes = bytesRead
        condition.broadcast()
        return true
    }
}

/// The reader, moved to the reading thread and used only there.
private final class ReaderBox: @unchecked Sendable {
    var reader: CSVReader
    init(_ reader: consuming CSVReader) { self.reader = reader }
}
