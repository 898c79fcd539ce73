import Foundation

/// What the reading thread hands to the writing one, in file order.
enum PipelineItem: Sendable {
    /// The batch's next encoded actor.
    case actor(unplaced: Bool)
    /// A SIRENE unit not flagged ESS.
    case skipped
    case bad(line: Int, message: String)
    case fatal(CSVError)
}

/// Records of the file in order, with their actors encoded for the insert.
struct PipelineBatch: Sendable {
    var items: [PipelineItem] = []
    var actors: EncodedActors
    var bytesRead = 0
}

/// An actor with what the insert derives from it, computed on the reading thread.
struct PreparedActor: Sendable {
    var row: ActorRow
    var sortName: String
    var nafSection: String?
    /// Its number in the file's actors, from 1: the row id of a fresh import.
    var ordinal: Int64
}

/// Reads, parses, maps and encodes records on a second thread while the caller writes them to
/// SQLite: on two cores the two halves of an import overlap. Batches go through a queue of bounded
/// length, so a slow writer holds the reader back instead of letting memory grow.
///
/// Asked to, it also keeps each actor's entry of the name order (with its group, which gives the
/// counts) and, once the file is read, sorts and packs it while the writer builds the key index
/// (``sortedOrder()``).
final class RecordPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    private var batches: [PipelineBatch] = []
    private var finished = false
    private let keepsOrder: Bool
    private var order: OrderBlocks.Packed?
    private var tally = ValueTally()
    private var orderReady = false
    private var cancelled = false
    private static let batchSize = 2048
    private static let maxBatches = 8

    /// Starts reading `reader` (already past its header) with `mapper` on a new thread.
    init(reader: consuming CSVReader, mapper: RowMapper, places: PlaceIndex, keepsOrder: Bool = false) {
        self.keepsOrder = keepsOrder
        let box = ReaderBox(reader)
        let thread = Thread { [self] in self.produce(box, mapper, MappingContext(places: places)) }
        thread.stackSize = 1 << 20
        thread.start()
    }

    /// The next batch in file order, nil when the file is done.
    func next() -> PipelineBatch? {
        condition.lock()
        defer { condition.unlock() }
        while batches.isEmpty && !finished { condition.wait() }
        guard !batches.isEmpty else { return nil }
        let batch = batches.removeFirst()
        condition.signal()
        return batch
    }

    /// The name order of the actors read, sorted and packed with its counts; waits for the sort.
    /// Nil unless asked for, or when the reading stopped early.
    func sortedOrder() -> OrderBlocks.Packed? {
        condition.lock()
        defer { condition.unlock() }
        while !orderReady && !cancelled { condition.wait() }
        return cancelled ? nil : order
    }

    /// What the mapping changed or left empty, column by column; complete once ``next()`` returned nil.
    func valueTally() -> ValueTally {
        condition.lock()
        defer { condition.unlock() }
        return tally
    }

    /// Stops the reading thread (an error or an interruption on the writing side).
    func cancel() {
        condition.lock()
        cancelled = true
        batches.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    private func produce(_ box: ReaderBox, _ mapper: RowMapper, _ context: consuming MappingContext) {
        var batch = PipelineBatch(actors: EncodedActors(capacity: Self.batchSize))
        var stop = false
        var order = NameOrder()
        var ordinal: Int64 = 0
        var sections = Memo<String, String?>()
        while !stop {
            do {
                guard let row = try box.reader.next() else { break }
                do {
                    if let actor = try mapper.actor(from: row.fields, line: row.line, context: &context) {
                        ordinal += 1
                        let prepared = PreparedActor(row: actor, sortName: NameFolding.fold(actor.name),
                                                     nafSection: actor.naf.flatMap { sections.value($0, Classification.nafSection) },
                                                     ordinal: ordinal)
                        if keepsOrder {
                            order.append(sortName: prepared.sortName, id: ordinal, group: ActorGroup(prepared),
                                         communeCode: actor.communeCode)
                        }
                        batch.actors.append(prepared)
                        batch.items.append(.actor(unplaced: actor.place == nil))
                    } else {
                        batch.items.append(.skipped)
                    }
                } catch {
                    batch.items.append(.bad(line: row.line, message: error.message))
                }
            } catch {
                batch.items.append(error.isFatal ? .fatal(error) : .bad(line: error.line, message: error.message))
                stop = error.isFatal
            }
            if batch.items.count >= Self.batchSize || stop {
                batch.bytesRead = box.reader.bytesRead
                if !hand(batch) { return }
                batch = PipelineBatch(actors: EncodedActors(capacity: Self.batchSize))
            }
        }
        if !batch.items.isEmpty {
            batch.bytesRead = box.reader.bytesRead
            _ = hand(batch)
        }
        condition.lock()
        tally = context.tally
        finished = true
        condition.broadcast()
        condition.unlock()
        var packed: OrderBlocks.Packed?
        if keepsOrder && !stop {
            order.sort()
            packed = order.packed()
        }
        condition.lock()
        self.order = packed
        orderReady = true
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a batch, waiting while the queue is full; false when cancelled.
    private func hand(_ batch: PipelineBatch) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while batches.count >= Self.maxBatches && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        batches.append(batch)
        condition.broadcast()
        return true
    }
}

/// The reader, moved to the reading thread and used only there.
private final class ReaderBox: @unchecked Sendable {
    var reader: CSVReader
    init(_ reader: consuming CSVReader) { self.reader = reader }
}
