/// A collection's id → position index (issue 4: memory). Each entry is one 4-byte position; the
/// id is read from the document at that position in the collection's `DocumentTable`, not kept
/// a second time as a key: a dictionary from id to position costs 20 bytes a slot and leaves
/// most slots empty. Open addressing with linear probing, at most half full, split by a hash of
/// the id into shards of a few hundred entries: a snapshot derived from another shares every
/// shard, and a change copies only the array of shards and the shard it touches (its cost does
/// not grow with the collection). A removal shifts the entries after it back: no slot is left
/// marked as deleted.
struct PositionIndex: Sendable {
    /// About this many entries per shard when the index is built or re-sharded.
    static var entriesPerShard: Int { 256 }

    /// Positions, -1 where empty; each shard's size a power of two, or 0 while it holds nothing.
    private var shards: [ContiguousArray<Int32>]
    private var shardCounts: [Int32]
    private var mask: Int
    private(set) var count = 0

    init(expectedCount: Int) {
        var shardCount = 1
        while shardCount * Self.entriesPerShard < expectedCount { shardCount <<= 1 }
        shards = Array(repeating: [], count: shardCount)
        shardCounts = Array(repeating: 0, count: shardCount)
        mask = shardCount - 1
    }

    /// The position of the document with id `id` in `table`.
    @inline(__always)
    func position(of id: String, in table: DocumentTable) -> Int32? {
        let hash = idHash(id)
        return shards[Int(truncatingIfNeeded: hash) & mask].withUnsafeBufferPointer { slots -> Int32? in
            guard !slots.isEmpty else { return nil }
            let slotMask = slots.count - 1
            var slot = Self.home(hash, slotMask)
            while slots[slot] >= 0 {
                if sameID(table[slots[slot]].id, id) { return slots[slot] }
                slot = (slot + 1) & slotMask
            }
            return nil
        }
    }

    /// Adds `position`, whose document is already in `table` and whose id is not in the index.
    mutating func insert(_ position: Int32, in table: DocumentTable) {
        let hash = idHash(table[position].id)
        let shard = Int(truncatingIfNeeded: hash) & mask
        if (Int(shardCounts[shard]) + 1) * 2 > shards[shard].count { growShard(shard, in: table) }
        let slotMask = shards[shard].count - 1
        var slot = Self.home(hash, slotMask)
        while shards[shard][slot] >= 0 { slot = (slot + 1) & slotMask }
        shards[shard][slot] = position
        shardCounts[shard] += 1
        count += 1
        if count > shards.count * Self.entriesPerShard * 8 { reshard(in: table) }
    }

    /// Removes the id `id`, if present; its document and the others' are still in `table`.
    mutating func remove(_ id: String, in table: DocumentTable) {
        let hash = idHash(id)
        let shard = Int(truncatingIfNeeded: hash) & mask
        guard !shards[shard].isEmpty else { return }
        let slotMask = shards[shard].count - 1
        var hole = Self.home(hash, slotMask)
        while shards[shard][hole] >= 0 && !sameID(table[shards[shard][hole]].id, id) { hole = (hole + 1) & slotMask }
        guard shards[shard][hole] >= 0 else { return }
        // Each later entry of the run moves into the hole unless its home lies after the hole
        // (cyclically), where a search for it would never pass the hole.
        var next = hole
        while true {
            next = (next + 1) & slotMask
            let moved = shards[shard][next]
            guard moved >= 0 else { break }
            let home = Self.home(idHash(table[moved].id), slotMask)
            let stays = hole <= next ? (hole < home && home <= next) : (hole < home || home <= next)
            if stays { continue }
            shards[shard][hole] = moved
            hole = next
        }
        shards[shard][hole] = -1
        shardCounts[shard] -= 1
        count -= 1
    }

    /// The slot where a search starts: bits of the hash other than those choosing the shard.
    @inline(__always)
    private static func home(_ hash: UInt64, _ slotMask: Int) -> Int { Int(truncatingIfNeeded: hash >> 32) & slotMask }

    private mutating func growShard(_ shard: Int, in table: DocumentTable) {
        let old = shards[shard]
        var slots = ContiguousArray<Int32>(repeating: -1, count: max(16, old.count * 2))
        let slotMask = slots.count - 1
        for position in old where position >= 0 {
            var slot = Self.home(idHash(table[position].id), slotMask)
            while slots[slot] >= 0 { slot = (slot + 1) & slotMask }
            slots[slot] = position
        }
        shards[shard] = slots
    }

    /// A collection that grew far past its shard size: spread it over more shards (once in a
    /// while, so the cost per change stays constant on average).
    private mutating func reshard(in table: DocumentTable) {
        var grown = PositionIndex(expectedCount: count)
        for shard in shards {
            for position in shard where position >= 0 { grown.insert(position, in: table) }
        }
        self = grown
    }
}
