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
