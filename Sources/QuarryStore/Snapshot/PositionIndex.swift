/// A collection's id → position index (issue 4: memory). Each entry is one 4-byte position in a
/// `NumberTable`; the id is read from the document at that position in the collection's
/// `DocumentTable`, not kept a second time as a key. Split by a hash of the id into shards of a
/// few hundred entries: a snapshot derived from another shares every shard, and a change copies
/// only the array of shards and the shard it touches (its cost does not grow with the
/// collection).
struct PositionIndex: Sendable {
    /// About this many entries per shard when the index is built or re-sharded.
    static var entriesPerShard: Int { 256 }

    private var shards: [NumberTable]
    private var mask: Int
    private(set) var count = 0

    init(expectedCount: Int) {
        var shardCount = 1
        while shardCount * Self.entriesPerShard < expectedCount { shardCount <<= 1 }
        shards = Array(repeating: NumberTable(), count: shardCount)
        mask = shardCount - 1
    }

    /// The index of the documents at `positions` of `table`, whose ids are unique: each shard
    /// made at its final size (no shard grows while the index is built).
    init(positions: Range<Int32>, in table: DocumentTable) {
        self.init(expectedCount: positions.count)
        let hashes = positions.map { idHash(table[$0].id) }
        var sizes = [Int](repeating: 0, count: shards.count)
        for hash in hashes { sizes[Int(truncatingIfNeeded: hash) & mask] += 1 }
        for shard in shards.indices where sizes[shard] > 0 { shards[shard] = NumberTable(capacity: sizes[shard]) }
        for (offset, hash) in hashes.enumerated() {
            shards[Int(truncatingIfNeeded: hash) & mask].insert(positions.lowerBound + Int32(offset), hash: hash) { _ in
                preconditionFailure("a shard made at its size grew")
            }
        }
        count = positions.count
    }

    /// The position of the document with id `id` in `table`.
    @inline(__always)
    func position(of id: String, in table: DocumentTable) -> Int32? {
        let hash = idHash(id)
        return shards[Int(truncatingIfNeeded: hash) & mask].find(hash: hash) { sameID(table[$0].id, id) }
    }

    /// Adds `position`, whose document is already in `table` and whose id is not in the index.
    mutating func insert(_ position: Int32, in table: DocumentTable) {
        let hash = idHash(table[position].id)
        shards[Int(truncatingIfNeeded: hash) & mask].insert(position, hash: hash) { idHash(table[$0].id) }
        count += 1
        if count > shards.count * Self.entriesPerShard * 8 { reshard(in: table) }
    }

    /// Removes the id `id`, if present; its document and the others' are still in `table`.
    mutating func remove(_ id: String, in table: DocumentTable) {
        let hash = idHash(id)
        let shard = Int(truncatingIfNeeded: hash) & mask
        let before = shards[shard].count
        shards[shard].remove(hash: hash, where: { sameID(table[$0].id, id) }, hashOf: { idHash(table[$0].id) })
        count -= before - shards[shard].count
    }

    /// A collection that grew far past its shard size: spread it over more shards (once in a
    /// while, so the cost per change stays constant on average).
    private mutating func reshard(in table: DocumentTable) {
        var grown = PositionIndex(expectedCount: count)
        for shard in shards { shard.forEach { grown.insert($0, in: table) } }
        self = grown
    }
}
