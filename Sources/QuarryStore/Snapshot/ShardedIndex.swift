import Foundation

/// A map from id to value split by a hash of the id into many small dictionaries. A snapshot
/// derived from another shares every shard; a change copies only the array of shards and the
/// shards it touches (Swift's copy-on-write), so its cost does not grow with the collection.
struct ShardedIndex<Value: Sendable>: Sendable {
    /// About this many entries per shard when the index is built or re-sharded.
    static var entriesPerShard: Int { 256 }

    private(set) var shards: [[IDKey: Value]]
    private var mask: Int
    private(set) var count = 0

    init(expectedCount: Int) {
        let shardCount = Self.shardCount(for: expectedCount)
        shards = Array(repeating: [:], count: shardCount)
        mask = shardCount - 1
    }

    /// An index holding `entries`, whose keys are distinct: each shard made at its final size.
    init(_ entries: [(key: String, value: Value)]) {
        self.init(expectedCount: entries.count)
        let homes = entries.map { shard(of: $0.key) }
        var sizes = [Int](repeating: 0, count: shards.count)
        for home in homes { sizes[home] += 1 }
        for shard in shards.indices where sizes[shard] > 0 { shards[shard].reserveCapacity(sizes[shard]) }
        for (entry, home) in zip(entries, homes) { shards[home][IDKey(entry.key)] = entry.value }
        count = entries.count
    }

    private static func shardCount(for count: Int) -> Int {
        var shards = 1
        while shards * entriesPerShard < count { shards <<= 1 }
        return shards
    }

    @inline(__always)
    private func shard(of key: String) -> Int { Int(truncatingIfNeeded: idHash(key)) & mask }

    subscript(key: String) -> Value? {
        shards[shard(of: key)][IDKey(key)]
    }

    mutating func set(_ value: Value, for key: String) {
        let shard = shard(of: key)
        if shards[shard].updateValue(value, forKey: IDKey(key)) == nil {
            count += 1
            if count > shards.count * Self.entriesPerShard * 8 { reshard() }
        }
    }

    @discardableResult
    mutating func remove(_ key: String) -> Value? {
        let removed = shards[shard(of: key)].removeValue(forKey: IDKey(key))
        if removed != nil { count -= 1 }
        return removed
    }

    /// Changes the value of `key` in place (nil: absent); the value is moved out of its shard
    /// while `body` runs, so an array value stays uniquely referenced and grows in place.
    mutating func update(_ key: String, _ body: (inout Value?) -> Void) {
        let shard = shard(of: key)
        var value = shards[shard].removeValue(forKey: IDKey(key))
        let had = value != nil
        body(&value)
        if let value {
            shards[shard][IDKey(key)] = value
            if !had { count += 1 }
        } else if had {
            count -= 1
        }
        if count > shards.count * Self.entriesPerShard * 8 { reshard() }
    }

    /// Calls `body` with every entry, in no particular order.
    func forEach(_ body: (String, Value) throws -> Void) rethrows {
        for shard in shards {
            for (key, value) in shard { try body(key.id, value) }
        }
    }

    /// A collection that grew far past its shard size: spread it over more shards (once in a
    /// while, so the cost per change stays constant on average).
    private mutating func reshard() {
        var grown = ShardedIndex(expectedCount: count)
        for shard in shards {
            for (key, value) in shard { grown.shards[grown.shard(of: key.id)][key] = value }
        }
        grown.count = count
        self = grown
    }
}

/// An id as a dictionary key: the same key only when the bytes are the same (`sameID`), hashed
/// by them (`idHash`). A `String` key would make canonically equivalent spellings one key
/// (SEMANTICS.md §3.4: they are two ids), and hashes their normalized form besides.
struct IDKey: Hashable, Sendable {
    let id: String

    init(_ id: String) { self.id = id }

    static func == (left: IDKey, right: IDKey) -> Bool { sameID(left.id, right.id) }

    func hash(into hasher: inout Hasher) { hasher.combine(idHash(id)) }
}

/// A hash of the UTF-8 bytes, eight at a time (an id or a path is a few words: one multiply a
/// word instead of one a byte), finished with a mixer so that the low bits spread well (shards
/// and slots take them). Stable within a process, which is all a snapshot needs.
@inline(__always)
func idHash(_ key: String) -> UInt64 {
    if let hash = key.utf8.withContiguousStorageIfAvailable({ idHash(bytes: UnsafeRawBufferPointer($0)) }) { return hash }
    return Array(key.utf8).withUnsafeBytes { idHash(bytes: $0) }
}

/// `idHash` of the bytes themselves.
@inline(__always)
func idHash(bytes: UnsafeRawBufferPointer) -> UInt64 {
    let multiplier: UInt64 = 0x9e37_79b9_7f4a_7c15
    var hash: UInt64 = 0xcbf2_9ce4_8422_2325 ^ UInt64(bytes.count)
    var offset = 0
    // Each step (xor, odd multiply, xor-shift) is a bijection of the word: ids of up to eight
    // bytes never collide before the table's mask.
    while offset + 8 <= bytes.count {
        hash = (hash ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
        hash ^= hash >> 32
        offset += 8
    }
    if offset < bytes.count {
        // The last bytes: the word ending the text when there is one (overlapping the words
        // before: the length is in the hash), else loads of four, two and one bytes.
        var tail: UInt64
        if bytes.count >= 8 {
            tail = bytes.loadUnaligned(fromByteOffset: bytes.count - 8, as: UInt64.self)
        } else {
            tail = 0
            var shift: UInt64 = 0
            if bytes.count - offset >= 4 {
                tail = UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt32.self))
                offset += 4
                shift = 32
            }
            if bytes.count - offset >= 2 {
                tail |= UInt64(bytes.loadUnaligned(fromByteOffset: offset, as: UInt16.self)) << shift
                offset += 2
                shift += 16
            }
            if offset < bytes.count { tail |= UInt64(bytes[offset]) << shift }
        }
        hash = (hash ^ tail) &* multiplier
        hash ^= hash >> 32
    }
    hash ^= hash >> 33
    hash &*= 0xff51_afd7_ed55_8ccd
    hash ^= hash >> 33
    return hash
}

/// Whether two ids are the same id: the same UTF-8 bytes. `String`'s `==` holds for texts that
/// are only canonically equivalent (`é` and `e` + U+0301), which ids are not: they hash by
/// their bytes (`idHash`) and order by code points (`idPrecedes`).
@inline(__always)
func sameID(_ left: String, _ right: String) -> Bool {
    // The same representation is the same text (a small string holds its bytes in it, a large
    // one points at its storage): a found id is most often a copy of the key it is compared
    // with, or as short, and ends here without reading bytes.
    let leftBits = unsafeBitCast(left, to: (UInt64, UInt64).self)
    let rightBits = unsafeBitCast(right, to: (UInt64, UInt64).self)
    if leftBits.0 == rightBits.0 && leftBits.1 == rightBits.1 { return true }
    let fast = left.utf8.withContiguousStorageIfAvailable { a in
        right.utf8.withContiguousStorageIfAvailable { b -> Bool in
            a.count == b.count && (a.isEmpty || memcmp(a.baseAddress!, b.baseAddress!, a.count) == 0)
        }
    }
    if let fast, let fast { return fast }
    return left.utf8.elementsEqual(right.utf8)
}

/// Code point order of ids (SEMANTICS.md §1.1), which is the order of their UTF-8 bytes.
@inline(__always)
func idPrecedes(_ left: String, _ right: String) -> Bool {
    let fast = left.utf8.withContiguousStorageIfAvailable { a in
        right.utf8.withContiguousStorageIfAvailable { b -> Bool in
            let common = min(a.count, b.count)
            if common > 0 {
                let order = memcmp(a.baseAddress!, b.baseAddress!, common)
                if order != 0 { return order < 0 }
            }
            return a.count < b.count
        }
    }
    if let fast, let fast { return fast }
    return left.utf8.lexicographicallyPrecedes(right.utf8)
}
