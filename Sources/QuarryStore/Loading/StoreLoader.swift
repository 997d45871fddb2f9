import Dispatch
import Foundation
import QuarrySchema

/// Loads a root's data tree into a snapshot: finds every collection's files, reads and types them
/// in parallel on all cores, keeps the first of duplicate ids in path order, orders each
/// collection by id, builds the indexes, and reports dangling references. `LiveStore` keeps the
/// loader's state to reload changed files incrementally.
public enum StoreLoader {
    /// `progress` is called with (files done, files in all) from the loading threads.
    public static func load(
        root: URL, schema: Schema, generation: Int = 1, progress: (@Sendable (Int, Int) -> Void)? = nil
    ) -> StoreSnapshot {
        StoreState(root: root, schema: schema, generation: generation).loadAll(progress: progress)
    }
}

/// Slots written by many threads, one slot per index, read once all are done. The buffer is
/// allocated once, so concurrent writes to different slots touch no shared Swift storage.
final class ResultSlots<Value>: @unchecked Sendable {
    private let slots: UnsafeMutableBufferPointer<Value?>

    init(count: Int) {
        slots = .allocate(capacity: count)
        slots.initialize(repeating: nil)
    }

    deinit {
        slots.deinitialize()
        slots.deallocate()
    }

    subscript(index: Int) -> Value? {
        get { slots[index] }
        set { slots[index] = newValue }
    }

    var values: [Value] { slots.map { $0! } }

    /// The value of a slot, leaving the slot empty (its memory is released as it is consumed).
    func take(_ index: Int) -> Value {
        defer { slots[index] = nil }
        return slots[index]!
    }
}

/// The batches of a parallel read: workers take them in order and say when each is done; the
/// consumer waits for each in order.
final class ReadyBatches: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    private var finished: [Bool]

    init(count: Int) { finished = [Bool](repeating: false, count: count) }

    /// The next batch to read, nil when all are taken.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < finished.count else { return nil }
        next += 1
        return next - 1
    }

    func finish(_ batch: Int) {
        condition.lock()
        finished[batch] = true
        condition.broadcast()
        condition.unlock()
    }

    func isFinished(_ batch: Int) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        return finished[batch]
    }

    func wait(for batch: Int) {
        condition.lock()
        while !finished[batch] { condition.wait() }
        condition.unlock()
    }
}

final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()
    func increment() -> Int {
        lock.lock()
        defer { lock.unlock() }
        value += 1
        return value
    }
}
