import QuarryStore

/// A collection's ids by their UTF-8 bytes, in an open-addressed table built once per snapshot:
/// following a `@ref` while writing a response looks an id up per value (Q6: three per order),
/// and the store's index reads each candidate's document to compare its id. Ids are the same
/// id exactly when their bytes are (as in the store's `sameID`), so a miss here is a miss.
///
/// The ids' bytes are copied into one buffer the table owns, so that a probe compares bytes in
/// place instead of reading (and retaining) the document to reach its id, and the table lives
/// in raw memory it frees itself, so a probe makes no bounds or uniqueness check.
final class IDTable: @unchecked Sendable {
    /// Per slot: the hash's high half and the position plus one (0: empty).
    private let slots: UnsafeMutablePointer<UInt64>
    /// Per slot: where its id's bytes start in `bytes` (high half) and how many there are.
    private let spans: UnsafeMutablePointer<UInt64>
    private let bytes: UnsafeMutablePointer<UInt8>
    private let mask: Int
    /// The store's index, for ids this table cannot probe.
    private let data: CollectionData

    init(_ data: CollectionData) {
        var capacity = 16
        while capacity < data.count * 2 { capacity *= 2 }
        let slots = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        slots.initialize(repeating: 0, count: capacity)
        let spans = UnsafeMutablePointer<UInt64>.allocate(capacity: capacity)
        spans.initialize(repeating: 0, count: capacity)
        let documents = data.table
        var total = 0
        for position in data.documents.positions { total += documents[position].id.utf8.count }
        let bytes = UnsafeMutablePointer<UInt8>.allocate(capacity: max(total, 1))
        var used = 0
        for position in data.documents.positions {
            var id = documents[position].id
            id.withUTF8 { utf8 in
                let hash = Self.hash(utf8)
                var index = Int(truncatingIfNeeded: hash) & (capacity - 1)
                while slots[index] != 0 { index = (index + 1) & (capacity - 1) }
                slots[index] = (hash & 0xFFFF_FFFF_0000_0000) | UInt64(UInt32(position) + 1)
                spans[index] = UInt64(used) << 32 | UInt64(utf8.count)
                if let start = utf8.baseAddress { (bytes + used).initialize(from: start, count: utf8.count) }
                used += utf8.count
            }
        }
        self.slots = slots
        self.spans = spans
        self.bytes = bytes
        mask = capacity - 1
        self.data = data
    }

    deinit {
        slots.deallocate()
        spans.deallocate()
        bytes.deallocate()
    }

    /// The position of the document with this id (by its exact bytes); the store's index serves
    /// only a string whose UTF-8 is not contiguous (bridged), which this table cannot probe.
    func position(of id: String) -> Int32? {
        if let found = id.utf8.withContiguousStorageIfAvailable({ bytePosition(of: $0) }) { return found }
        return data.position(of: id)
    }

    /// The position of the document whose id has exactly these bytes.
    @inline(__always)
    private func bytePosition(of id: UnsafeBufferPointer<UInt8>) -> Int32? {
        let hash = Self.hash(id)
        var index = Int(truncatingIfNeeded: hash) & mask
        while true {
            let slot = slots[index]
            if slot == 0 { return nil }
            if slot & 0xFFFF_FFFF_0000_0000 == hash & 0xFFFF_FFFF_0000_0000 {
                let span = spans[index]
                let stored = UnsafeBufferPointer(start: bytes + Int(span >> 32), count: Int(span & 0xFFFF_FFFF))
                if Self.same(stored, id) { return Int32(truncatingIfNeeded: (slot & 0xFFFF_FFFF) - 1) }
            }
            index = (index + 1) & mask
        }
    }

    @inline(__always)
    static func same(_ a: UnsafeBufferPointer<UInt8>, _ b: UnsafeBufferPointer<UInt8>) -> Bool {
        guard a.count == b.count else { return false }
        guard let left = a.baseAddress, let right = b.baseAddress else { return true }
        var offset = 0
        while offset + 8 <= a.count {
            if UnsafeRawPointer(left).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
                != UnsafeRawPointer(right).loadUnaligned(fromByteOffset: offset, as: UInt64.self) { return false }
            offset += 8
        }
        while offset < a.count {
            if left[offset] != right[offset] { return false }
            offset += 1
        }
        return true
    }

    /// Eight bytes at a time, multiplied and folded (ids are short; no adversary chooses them
    /// beyond the data's own authors, and a collision costs a probe, not a wrong answer).
    @inline(__always)
    static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var hash: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        guard let start = bytes.baseAddress else { return hash }
        var offset = 0
        while offset + 8 <= bytes.count {
            let word = UnsafeRawPointer(start).loadUnaligned(fromByteOffset: offset, as: UInt64.self)
            hash = (hash ^ word) &* 0xFF51_AFD7_ED55_8CCD
            hash ^= hash >> 32
            offset += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(start[offset]) << shift
            shift += 8
            offset += 1
        }
        hash = (hash ^ tail) &* 0xC4CE_B9FE_1A85_EC53
        hash ^= hash >> 29
        hash = hash &* 0xFF51_AFD7_ED55_8CCD
        return hash ^ (hash >> 32)
    }
}
