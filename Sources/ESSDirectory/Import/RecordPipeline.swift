import Foundation

/// What the mapping threads hand to the writing one, in file order.
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
    /// When the name order or the keys are kept: what they need of its actors but their numbers.
    var order: BatchOrder
}

/// Reads, parses, maps and encodes records on other threads while the caller writes them to
/// SQLite. One thread scans the CSV into chunks of records; mapping threads (one per core) turn
/// chunks into batches of encoded actors, each with its own place resolver and notes; the caller
/// takes the batches back in file order. Queues are bounded, so a slow writer holds the others
/// back instead of letting memory grow. Mapping a record (its place resolved, its codes
/// normalised) costs far more than scanning it or writing it: on one thread it was the import's
/// bottleneck (docs/performance.md).
///
/// Asked to, it also keeps each actor's entry of the name order (with its group, which gives the
/// counts) and its key, numbered as the caller takes the batches, and once the file is read sorts
/// and packs each on a thread of its own while the writer goes on (``sortedOrder()``,
/// ``sortedKeys()``).
final class RecordPipeline: @unchecked Sendable {
    private let condition = NSCondition()
    /// Chunks scanned and not yet taken by a mapping thread, in file order.
    private var scanned: [Chunk] = []
    /// How many chunks the file made, once it is scanned.
    private var chunkCount: Int?
    /// Batches mapped and not yet taken by the writer, by chunk number.
    private var mapped: [Int: PipelineBatch] = [:]
    /// The chunk number the writer takes next.
    private var nextSequence = 0
    private var mappersRunning: Int
    /// Each mapping thread's notes, merged in file order by ``valueTally()``.
    private var tallies: [ValueTally]
    private var cancelled = false

    private let keepsOrder: Bool
    private let keepsKeys: Bool
    /// Appended by ``next()`` on the writer's thread, then sorted on threads of their own.
    private var order = NameOrder()
    private var keys = KeyBlocks.List()
    private var numbered: Int64 = 0
    private var sortStarted = false
    private var packed: OrderBlocks.Packed?
    private var orderReady = false
    private var packedKeys: (packed: KeyBlocks.Packed, repeated: Bool)?
    private var keysReady = false

    /// The file's size in bytes (0 when unknown), from which its number of records is estimated.
    private let fileBytes: Int

    private static let batchSize = 2048
    /// Chunks waiting for a mapping thread, and batches mapped ahead of the one the writer waits for.
    private static let maxScanned = 4
    private static let maxAhead = 8

    /// Starts reading `reader` (already past its header) with `mapper` on new threads;
    /// `fileBytes`: the size of its file, 0 when unknown.
    init(reader: consuming CSVReader, mapper: RowMapper, places: PlaceIndex, keepsOrder: Bool = false, keepsKeys: Bool = false,
         fileBytes: Int = 0) {
        self.keepsOrder = keepsOrder
        self.fileBytes = fileBytes
        self.keepsKeys = keepsKeys
        let mappers = max(1, min(4, ProcessInfo.processInfo.activeProcessorCount))
        mappersRunning = mappers
        tallies = Array(repeating: ValueTally(), count: mappers)
        let box = ReaderBox(reader)
        let scanner = Thread { [self] in self.scan(box) }
        scanner.stackSize = 1 << 20
        scanner.start()
        for slot in 0..<mappers {
            let thread = Thread { [self] in self.map(mapper, MappingContext(places: places, numbersGroups: keepsOrder), slot: slot) }
            thread.stackSize = 1 << 20
            thread.start()
        }
    }

    /// The next batch in file order, its actors numbered, nil when the file is done.
    func next() -> PipelineBatch? {
        condition.lock()
        while mapped[nextSequence] == nil && !cancelled && !(chunkCount.map { nextSequence >= $0 } ?? false) { condition.wait() }
        guard let batch = mapped.removeValue(forKey: nextSequence) else {
            let ended = !cancelled
            condition.unlock()
            if ended { startSort() }
            return nil
        }
        nextSequence += 1
        condition.broadcast()
        condition.unlock()
        if numbered == 0 { reserve(after: batch) }
        var numberedBatch = batch
        numberedBatch.actors.number(from: numbered)
        if keepsOrder { order.append(batch.order, firstID: numbered + 1) }
        if keepsKeys { keys.append(batch.order, firstID: numbered + 1) }
        numbered += Int64(batch.actors.count)
        return numberedBatch
    }

    /// Sizes the name order and the keys for the whole file, estimated from its first batch of
    /// actors: the arrays that would double twenty times for a million actors, each time copied
    /// into fresh pages of memory on the writer's thread, are allocated once. At most 20 million:
    /// past an estimate that far off, doubling is cheaper than the memory.
    private func reserve(after first: PipelineBatch) {
        guard fileBytes > 0, first.bytesRead > 0, first.actors.count > 0, keepsOrder || keepsKeys else { return }
        let estimate = min(20_000_000, Int(Double(fileBytes) / Double(first.bytesRead) * Double(first.actors.count) * 1.05))
        if keepsOrder { order.reserve(estimate) }
        if keepsKeys { keys.reserve(estimate) }
    }

    /// The name order of the actors read, sorted and packed with its counts; waits for the sort.
    /// Nil unless asked for, or when the reading stopped early.
    func sortedOrder() -> OrderBlocks.Packed? {
        condition.lock()
        defer { condition.unlock() }
        while !orderReady && !cancelled { condition.wait() }
        return cancelled ? nil : packed
    }

    /// The keys of the actors read, each once with its last actor's id, sorted and packed, and
    /// whether the file repeated some; waits for the sort. Nil unless asked for, or when the
    /// reading stopped early.
    func sortedKeys() -> (packed: KeyBlocks.Packed, repeated: Bool)? {
        condition.lock()
        defer { condition.unlock() }
        while !keysReady && !cancelled { condition.wait() }
        return cancelled ? nil : packedKeys
    }

    /// What the mapping changed or left empty, column by column, as if the file had been read in
    /// one go; complete once ``next()`` returned nil.
    func valueTally() -> ValueTally {
        condition.lock()
        defer { condition.unlock() }
        while mappersRunning > 0 && !cancelled { condition.wait() }
        return ValueTally.inFileOrder(tallies)
    }

    /// Stops the other threads (an error or an interruption on the writing side).
    func cancel() {
        condition.lock()
        cancelled = true
        scanned.removeAll()
        mapped.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    // MARK: - Scanning

    private enum ScannedRecord {
        /// A record of the chunk's fields, by its number there.
        case row(Int)
        case bad(line: Int, message: String)
        case fatal(CSVError)
    }

    /// Records of the file in order, their fields' bytes in one buffer.
    private struct Chunk {
        var sequence: Int
        var records: [ScannedRecord]
        var fields: CSVFields
        var bytesRead: Int
    }

    private func scan(_ box: ReaderBox) {
        var sequence = 0
        var records: [ScannedRecord] = []
        var fields = CSVFields()
        func startChunk() {
            records = []
            records.reserveCapacity(Self.batchSize)
            fields = CSVFields(capacity: Self.batchSize, bytes: Self.batchSize * 128)
        }
        startChunk()
        var stop = false
        while !stop {
            do {
                guard try box.reader.next(into: &fields) != nil else { break }
                records.append(.row(fields.records.count - 1))
            } catch {
                records.append(error.isFatal ? .fatal(error) : .bad(line: error.line, message: error.message))
                stop = error.isFatal
            }
            if records.count >= Self.batchSize || stop {
                guard queue(Chunk(sequence: sequence, records: records, fields: fields, bytesRead: box.reader.bytesRead)) else { return }
                sequence += 1
                startChunk()
            }
        }
        if !records.isEmpty {
            guard queue(Chunk(sequence: sequence, records: records, fields: fields, bytesRead: box.reader.bytesRead)) else { return }
            sequence += 1
        }
        condition.lock()
        chunkCount = sequence
        condition.broadcast()
        condition.unlock()
    }

    /// Queues a chunk for the mapping threads, waiting while the queue is full; false when cancelled.
    private func queue(_ chunk: Chunk) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while scanned.count >= Self.maxScanned && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        scanned.append(chunk)
        condition.broadcast()
        return true
    }

    // MARK: - Mapping

    private func map(_ mapper: RowMapper, _ context: consuming MappingContext, slot: Int) {
        while let chunk = takeChunk() {
            let (sequence, records, bytesRead) = (chunk.sequence, chunk.records, chunk.bytesRead)
            var batch = PipelineBatch(actors: EncodedActors(capacity: records.count),
                                      order: BatchOrder(keepsNames: keepsOrder, keepsKeys: keepsKeys, capacity: records.count, mapper: slot))
            batch.bytesRead = bytesRead
            batch.items.reserveCapacity(records.count)
            chunk.fields.withRecords { fields in
                for record in records {
                    switch record {
                    case .row(let number):
                        let line = chunk.fields.records[number].line
                        do throws(RowProblem) {
                            if let actor = try mapper.map(fields(number), line: line, context: &context, into: &batch.actors) {
                                batch.order.append(sortName: batch.actors.lastSortName, key: batch.actors.lastKey, group: actor.group,
                                                   newGroup: actor.newGroup, communeKey: actor.communeKey, division: actor.division)
                                batch.items.append(.actor(unplaced: actor.unplaced))
                            } else {
                                batch.items.append(.skipped)
                            }
                        } catch {
                            batch.items.append(.bad(line: line, message: error.message))
                        }
                    case .bad(let line, let message):
                        batch.items.append(.bad(line: line, message: message))
                    case .fatal(let error):
                        batch.items.append(.fatal(error))
                    }
                }
            }
            guard deliver(batch, sequence) else { break }
        }
        condition.lock()
        tallies[slot] = context.tally
        mappersRunning -= 1
        condition.broadcast()
        condition.unlock()
    }

    /// The next chunk to map, nil once the file is scanned and every chunk taken (or cancelled).
    private func takeChunk() -> Chunk? {
        condition.lock()
        defer { condition.unlock() }
        while scanned.isEmpty && chunkCount == nil && !cancelled { condition.wait() }
        guard !cancelled, !scanned.isEmpty else { return nil }
        condition.broadcast()
        return scanned.removeFirst()
    }

    /// Hands a mapped batch to the writer, waiting while it is too far ahead of the one the writer
    /// waits for (which is always taken first, so some thread can always deliver); false when cancelled.
    private func deliver(_ batch: PipelineBatch, _ sequence: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while sequence >= nextSequence + Self.maxAhead && !cancelled { condition.wait() }
        guard !cancelled else { return false }
        mapped[sequence] = batch
        condition.broadcast()
        return true
    }

    // MARK: - The name order

    /// Sorts and packs the order and the keys, each on a thread of its own (the writer goes on).
    private func startSort() {
        guard !sortStarted else { return }
        sortStarted = true
        let orderBox = keepsOrder ? Box(order) : nil
        let keysBox = keepsKeys ? Box(keys) : nil
        order = NameOrder()
        keys = KeyBlocks.List()
        publish { orderReady = !keepsOrder; keysReady = !keepsKeys }
        if let keysBox {
            background { [self] in
                let result = keysBox.value.packed()
                publish { packedKeys = result; keysReady = true }
            }
        }
        if let orderBox {
            background { [self] in
                orderBox.value.sort()
                let result = orderBox.value.packed()
                publish { packed = result; orderReady = true }
            }
        }
    }

    /// Changes state under the lock and wakes whoever waits for it.
    private func publish(_ change: () -> Void) {
        condition.lock()
        change()
        condition.broadcast()
        condition.unlock()
    }

    private func background(_ body: @escaping @Sendable () -> Void) {
        let thread = Thread(block: body)
        thread.stackSize = 1 << 20
        thread.start()
    }
}

/// The reader, moved to the scanning thread and used only there.
private final class ReaderBox: @unchecked Sendable {
    var reader: CSVReader
    init(_ reader: consuming CSVReader) { self.reader = reader }
}

/// The name order or the keys, moved to the thread that sorts them.
private final class Box<Value>: @unchecked Sendable {
    var value: Value
    init(_ value: Value) { self.value = value }
}
