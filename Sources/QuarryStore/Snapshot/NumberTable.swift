/// A hash table of numbers (file numbers, positions, reference targets) whose keys are not kept
/// in it: the caller reads a number's key from where it lives (a record's path, a document's
/// id) through the closures. 4 bytes a slot, where a dictionary from key to number costs 20
/// (issue 4: memory). Linear probing, at most half full; a removal shifts the entries after it
/// back, so no slot is ever left marked as deleted.
///
/// The search starts at the high 32 bits of the key's hash: the low bits are free for the
/// caller to pick a shard with (`PositionIndex`).
struct NumberTable: Sendable {
    /// Numbers, -1 where empty; the size a power of two, or 0 while nothing was added.
    private var slots: ContiguousArray<Int32> = []
    private(set) var count = 0

    init() {}

    /// A table holding `count` numbers without growing.
    init(capacity count: Int) {
        guard count > 0 else { return }
        var size = 16
        while size < count * 2 { size <<= 1 }
        slots = ContiguousArray(repeating: -1, count: size)
    }

    @inline(__always)
    private static func home(_ hash: UInt64, _ mask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & mask }

    /// The number whose key hashes to `hash` and for which `matches` holds.
    @inline(__always)
    func find(hash: UInt64, where matches: (Int32) -> Bool) -> Int32? {
        slots.withUnsafeBufferPointer { slots -> Int32? in
            guard !slots.isEmpty else { return nil }
            let mask = slots.count - 1
            var slot = Self.home(hash, mask)
            while slots[slot] >= 0 {
                if matches(slots[slot]) { return slots[slot] }
                slot = (slot + 1) & mask
            }
            return nil
        }
    }

    /// Adds `number`, whose key hashes to `hash` and is not in the table yet; `hashOf` gives the
    /// others' hashes when the table grows.
    @inline(__always)
    mutating func insert(_ number: Int32, hash: UInt64, hashOf: (Int32) -> UInt64) {
        if (count + 1) * 2 > slots.count { grow(hashOf) }
        slots.withUnsafeMutableBufferPointer { slots in
            let mask = slots.count - 1
            var slot = Self.home(hash, mask)
            while slots[slot] >= 0 { slot = (slot + 1) & mask }
            slots[slot] = number
        }
        count += 1
    }

    /// Removes the number whose key hashes to `hash` and for which `matches` holds, if there is
    /// one; `hashOf` gives the hashes of the numbers still in the table.
    mutating func remove(hash: UInt64, where matches: (Int32) -> Bool, hashOf: (Int32) -> UInt64) {
        guard !slots.isEmpty else { return }
        let mask = slots.count - 1
        var hole = Self.home(hash, mask)
        while slots[hole] >= 0 && !matches(slots[hole]) { hole = (hole + 1) & mask }
        guard slots[hole] >= 0 else { return }
        count -= 1
        // Each later entry of the run moves into the hole unless its home lies after the hole
        // (cyclically), where a search for it would never pass the hole.
        var next = hole
        while true {
            next = (next + 1) & mask
            let moved = slots[next]
            guard moved >= 0 else { break }
            let home = Self.home(hashOf(moved), mask)
            let stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if stays { continue }
            slots[hole] = moved
            hole = next
        }
        slots[hole] = -1
    }

    /// Every number in the table, in no particular order.
    func forEach(_ body: (Int32) -> Void) {
        for number in slots where number >= 0 { body(number) }
    }

    /// Makes room for `count` numbers in all, so that adding up to that many does not grow the
    /// table again and again (a full load knows how many files it reads).
    mutating func reserve(_ count: Int, hashOf: (Int32) -> UInt64) {
        guard count * 2 > slots.count else { return }
        var grown = NumberTable(capacity: count)
        forEach { grown.insert($0, hash: hashOf($0), hashOf: hashOf) }
        self = grown
    }

    private mutating func grow(_ hashOf: (Int32) -> UInt64) { reserve(max(8, count * 2), hashOf: hashOf) }
}
