import Foundation

/// A query text and its source name as a cache key, compared and hashed by their UTF-8 bytes:
/// `String`'s own hashing normalises to NFC first and then runs SipHash over every byte, which
/// cost more than the rest of a point lookup. Texts that differ only in normalisation are then
/// different keys: a cache miss at worst, and right, since a string literal inside them differs.
struct QueryTextKey: Hashable {
    let query: String
    let sourceName: String

    init(query: String, sourceName: String = "") {
        self.query = query
        self.sourceName = sourceName
    }

    static func == (left: QueryTextKey, right: QueryTextKey) -> Bool {
        sameBytes(left.query, right.query) && sameBytes(left.sourceName, right.sourceName)
    }

    func hash(into hasher: inout Hasher) {
        QueryTextKey.combine(query, into: &hasher)
        QueryTextKey.combine(sourceName, into: &hasher)
    }

    /// Folds the bytes to one word, eight at a time, and lets the seeded `Hasher` mix only that
    /// word: SipHash over every byte of a query cost ~9 instructions a byte. Texts that fold
    /// alike share a bucket and are told apart by `==`; a cache's capacity bounds how many can.
    private static func combine(_ text: String, into hasher: inout Hasher) {
        let folded = text.utf8.withContiguousStorageIfAvailable { fold(UnsafeRawBufferPointer($0)) }
        hasher.combine(folded ?? Array(text.utf8).withUnsafeBytes(fold))
    }

    static func fold(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
        var state = UInt64(bytes.count)
        var offset = 0
        while offset + 8 <= bytes.count {
            state = (state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
            state ^= state >> 29
            offset += 8
        }
        var tail: UInt64 = 0
        while offset < bytes.count {
            tail = tail << 8 | UInt64(bytes[offset])
            offset += 1
        }
        return (state ^ tail) &* multiplier
    }

    private static func sameBytes(_ left: String, _ right: String) -> Bool {
        let contiguous = left.utf8.withContiguousStorageIfAvailable { leftBytes in
            right.utf8.withContiguousStorageIfAvailable { rightBytes in
                leftBytes.count == rightBytes.count
                    && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
            }
        }
        return (contiguous ?? nil) ?? left.utf8.elementsEqual(right.utf8)
    }
}
