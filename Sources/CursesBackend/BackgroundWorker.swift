import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Work a program hands to the run loop to do off the input path: a read of a database, say.
///
/// Tasks run one at a time, in order, on one worker thread (so a task may own a connection that
/// is not thread-safe). A task of a `lane` replaces the tasks of that lane still waiting, and
/// `interrupt` is called on the one of that lane running: the newest question wins.
public struct BackgroundTask<Message: Sendable>: Sendable {
    public var lane: String
    public var run: @Sendable () -> Message
    /// Called from the input thread to cut `run` short; it should then return soon.
    public var interrupt: @Sendable () -> Void

    public init(lane: String, run: @escaping @Sendable () -> Message, interrupt: @escaping @Sendable () -> Void = {}) {
        self.lane = lane
        self.run = run
        self.interrupt = interrupt
    }
}

/// The run loop's worker thread: it runs ``BackgroundTask``s and wakes the loop through a pipe
/// that `poll` watches beside standard input, so finished work is handled as promptly as a key.
final class BackgroundWorker<Message: Sendable>: @unchecked Sendable {
    /// Guards every field below.
    private let condition = NSCondition()
    private var waiting: [BackgroundTask<Message>] = []
    private var running: BackgroundTask<Message>?
    private var finished: [Message] = []
    private var isStopped = false
    private var thread: Thread?
    /// Written by the worker when a task finishes, read by the loop's `poll`.
    let wakeReadEnd: Int32
    private let wakeWriteEnd: Int32

    init?() {
        guard let (readEnd, writeEnd) = nonBlockingPipe() else { return nil }
        wakeReadEnd = readEnd
        wakeWriteEnd = writeEnd
    }

    deinit {
        close(wakeReadEnd)
        close(wakeWriteEnd)
    }

    /// Queues `task`, dropping the waiting tasks of its lane and interrupting the running one.
    func submit(_ task: BackgroundTask<Message>) {
        condition.lock()
        defer { condition.unlock() }
        guard !isStopped else { return }
        if thread == nil { start() }
        waiting.removeAll { $0.lane == task.lane }
        if let running, running.lane == task.lane { running.interrupt() }
        waiting.append(task)
        condition.signal()
    }

    /// The messages of the tasks finished since the last call, in the order they finished.
    func takeFinished() -> [Message] {
        var byte = [UInt8](repeating: 0, count: 64)
        while read(wakeReadEnd, &byte, byte.count) > 0 {}
        condition.lock()
        defer { condition.unlock() }
        let messages = finished
        finished = []
        return messages
    }

    /// Stops taking tasks and interrupts the one running; its thread ends when it returns.
    func stop() {
        condition.lock()
        defer { condition.unlock() }
        isStopped = true
        waiting.removeAll()
        running?.interrupt()
        condition.signal()
    }

    /// Called with the lock held.
    private func start() {
        let thread = Thread { [self] in work() }
        thread.name = "ess worker"
        self.thread = thread
        thread.start()
    }

    private func work() {
        while true {
            condition.lock()
            while waiting.isEmpty && !isStopped { condition.wait() }
            guard !isStopped else {
                condition.unlock()
                return
            }
            let task = waiting.removeFirst()
            running = task
            condition.unlock()
            let message = task.run()
            condition.lock()
            running = nil
            finished.append(message)
            condition.unlock()
            var byte: UInt8 = 1
            _ = write(wakeWriteEnd, &byte, 1)
        }
    }
}
