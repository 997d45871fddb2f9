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

/// Slots written by many threads, one slot per index, each taken once, in index order. The
/// slots live in chunks made on first use and freed once their last slot is taken, so that a
/// load of 100 000 files holds the slots of the files in flight, not one per file.
final class ResultSlots<Value>: @unchecked Sendable {
    private static var chunkShift: Int { 10 }
    private static var chunkSize: Int { 1 << chunkShift }

    private let count: Int
    private let chunks: UnsafeMutableBufferPointer<UnsafeMutablePointer<Value?>?>
    private let lock = NSLock()

    init(count: Int) {
        self.count = count
        chunks = .allocate(capacity: (count + Self.chunkSize - 1) >> Self.chunkShift)
        chunks.initialize(repeating: nil)
    }

    deinit {
        for chunk in chunks.indices { release(chunk) }
        chunks.deallocate()
    }

    private func size(of chunk: Int) -> Int { min(Self.chunkSize, count - (chunk << Self.chunkShift)) }

    /// The chunk holding `index`, made if needed.
    private func slots(at index: Int) -> UnsafeMutablePointer<Value?> {
        lock.lock()
        defer { lock.unlock() }
        let chunk = index >> Self.chunkShift
        if let slots = chunks[chunk] { return slots }
        let slots = UnsafeMutablePointer<Value?>.allocate(capacity: size(of: chunk))
        slots.initialize(repeating: nil, count: size(of: chunk))
        chunks[chunk] = slots
        return slots
    }

    private func release(_ chunk: Int) {
        guard let slots = chunks[chunk] else { return }
        slots.deinitialize(count: size(of: chunk))
        slots.deallocate()
        chunks[chunk] = nil
    }

    /// Writes the slot of `index` (each index once).
    func set(_ index: Int, _ value: Value) {
        slots(at: index)[index & (Self.chunkSize - 1)] = value
    }

    /// The value of a slot, leaving it empty; taking the last slot of a chunk frees the chunk.
    func take(_ index: Int) -> Value {
        let slots = slots(at: index)
        let offset = index & (Self.chunkSize - 1)
        let value = slots[offset].take()!
        if offset == size(of: index >> Self.chunkShift) - 1 {
            lock.lock()
            release(index >> Self.chunkShift)
            lock.unlock()
        }
        return value
    }
}

/// The batches of a parallel read: workers take them in order and say when each is done, and
/// by which reader; the consumer waits for each in order.
final class ReadyBatches: @unchecked Sendable {
    private let condition = NSCondition()
    private var next = 0
    /// The reader that finished each batch, -1 while it is not finished.
    private var readers: [Int8]

    init(count: Int) { readers = [Int8](repeating: -1, count: count) }

    /// The next batch to read, nil when all are taken.
    func take() -> Int? {
        condition.lock()
        defer { condition.unlock() }
        guard next < readers.count else { return nil }
        next += 1
        return next - 1
    }

    /// `reader` is the number of the thread's `ThreadReader` (0 to 127).
    func finish(_ batch: Int, by reader: Int) {
        condition.lock()
        readers[batch] = Int8(truncatingIfNeeded: reader)
        condition.broadcast()
        condition.unlock()
    }

    /// The reader that finished `batch`, nil when it is not finished.
    func reader(ofFinished batch: Int) -> Int? {
        condition.lock()
        defer { condition.unlock() }
        return readers[batch] >= 0 ? Int(readers[batch]) : nil
    }

    func wait(for batch: Int) {
        condition.lock()
        while readers[batch] < 0 { condition.wait() }
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
