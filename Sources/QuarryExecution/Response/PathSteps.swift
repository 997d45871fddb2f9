/// One step of the path to the value being written: a field (its plan, which outlives the
/// request's writing, so held unretained) or a list index.
enum PathStep {
    case field(Unmanaged<FieldPlan>)
    case index(Int)
}

/// The steps to the value being written, pushed and popped for every object field and list
/// item and read only when an error needs its path. A stack in memory it owns (the steps hold
/// no references to release): a push is one comparison and a store, without the uniqueness
/// and capacity checks an `Array` makes per append and per removal.
struct PathSteps: ~Copyable {
    private var base: UnsafeMutablePointer<PathStep>
    private var capacity = 32
    private(set) var count = 0

    init() { base = .allocate(capacity: capacity) }

    deinit { base.deallocate() }

    @inline(__always) mutating func append(_ step: PathStep) {
        if count == capacity { grow() }
        (base + count).initialize(to: step)
        count += 1
    }

    @inline(__always) mutating func removeLast() { count -= 1 }

    @inline(never) private mutating func grow() {
        let larger = UnsafeMutablePointer<PathStep>.allocate(capacity: capacity * 2)
        larger.moveInitialize(from: base, count: count)
        base.deallocate()
        base = larger
        capacity *= 2
    }

    /// The steps from the root, transformed.
    func map<T>(_ transform: (PathStep) -> T) -> [T] { UnsafeBufferPointer(start: base, count: count).map(transform) }
}
