#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif
import Foundation
import QuarrySchema

/// Hash-consing of the values the loading threads type (issue 4, memory ≤ 3× the bytes on disk):
/// equal embedded objects, flat lists and long strings are stored once and shared, as values
/// (copy-on-write), by every document that holds them. Order lines (`{product, quantity,
/// unitPrice}`), tag lists and notes repeat across thousands of files; each copy would cost an
/// array or a string of its own.
///
/// "Equal" is strict: the same case and the same written form (`35.50` is not `35.5`, a
/// date-time keeps its offset, `-0.0` is not `0.0`, strings compare by UTF-8 bytes), so a shared
/// value always prints exactly as the file wrote it.
///
/// One interner serves all the threads of a load: with one per thread, each kept its own copy
/// of every repeated value and its own tables (100 000 orders: 78 000 order lines kept instead of
/// 45 000, and two sets of tables). The tables are split by hash into stripes, each behind its
/// own lock, so that threads rarely wait for one another.
final class ValueInterner: @unchecked Sendable {
    private let stripes: [Stripe]
    /// Hashes of this interner start from its own random seed: a file cannot be written to make
    /// its values collide.
    private let seed = UInt64.random(in: 1...UInt64.max)

    private static var stripeBits: Int { 4 }

    init() { stripes = (0..<(1 << Self.stripeBits)).map { _ in Stripe() } }

    /// The stripe of a hash: its top bits (the tables place entries by the low ones).
    @inline(__always)
    private func stripe(_ hash: Int) -> Stripe { stripes[Int(UInt(bitPattern: hash) >> (UInt.bitWidth - Self.stripeBits))] }

    /// An embedded object's values, or a list's items: the stored copy when an identical one
    /// was seen. Objects or lists that hold lists or objects are kept as they are (they rarely
    /// repeat, and hashing them would cost more than it saves).
    func array(_ values: [StoredValue]) -> [StoredValue] {
        // Empty arrays share one storage already.
        guard !values.isEmpty else { return [] }
        var hasher = ValueHasher(seed: seed)
        hasher.mix(UInt64(values.count))
        for value in values {
            guard strictHash(value, into: &hasher) else { return values }
        }
        let hash = hasher.value
        let stripe = stripe(hash)
        stripe.lock.lock()
        defer { stripe.lock.unlock() }
        return stripe.arrays.intern(values, hash: hash) { stored in
            // Element by element in place: no copy of a pair per element.
            stored.count == values.count && stored.withUnsafeBufferPointer { stored in
                values.withUnsafeBufferPointer { values in
                    for index in 0..<values.count where !strictlyEqual(stored[index], values[index]) { return false }
                    return true
                }
            }
        }
    }

    /// The values in `items` as an array, moved out of them (their memory is left
    /// uninitialized): the stored copy when an identical array was seen, else `make(items)`'s,
    /// which moves them. As `array(_:)`, without making an array for a repeat: the one-pass JSON
    /// typer keeps an object's values in a buffer until it ends, and making, then freeing, an
    /// array per repeated object cost more than looking it up.
    func array(
        moving items: UnsafeMutableBufferPointer<StoredValue>, make: (UnsafeMutableBufferPointer<StoredValue>) -> [StoredValue]
    ) -> [StoredValue] {
        guard !items.isEmpty else { return [] }
        var hasher = ValueHasher(seed: seed)
        hasher.mix(UInt64(items.count))
        for value in items {
            guard strictHash(value, into: &hasher) else { return make(items) }
        }
        let hash = hasher.value
        let stripe = stripe(hash)
        stripe.lock.lock()
        defer { stripe.lock.unlock() }
        var made = false
        let shared = stripe.arrays.intern(hash: hash, make: {
            made = true
            return make(items)
        }) { stored in
            stored.count == items.count && stored.withUnsafeBufferPointer { stored in
                for index in 0..<items.count where !strictlyEqual(stored[index], items[index]) { return false }
                return true
            }
        }
        // A repeat: the items are not needed, and were not moved.
        if !made { items.baseAddress!.deinitialize(count: items.count) }
        return shared
    }

    /// The string of these UTF-8 bytes, made only when no identical one was seen.
    func string(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        var hasher = ValueHasher(seed: seed)
        hasher.mix(bytes: UnsafeRawBufferPointer(bytes))
        let hash = hasher.value
        let stripe = stripe(hash)
        stripe.lock.lock()
        defer { stripe.lock.unlock() }
        return stripe.strings.intern(hash: hash, make: { textString(bytes) }) { stored in
            var stored = stored
            return stored.withUTF8 { stored in
                stored.count == bytes.count && (bytes.isEmpty || memcmp(stored.baseAddress!, bytes.baseAddress!, bytes.count) == 0)
            }
        }
    }

    /// The entries whose hashes share top bits, and the lock of their tables.
    private final class Stripe {
        let lock = NSLock()
        // Only touched under `lock`, which already makes every access exclusive: the run-time
        // exclusivity check of a class property (`swift_beginAccess`, ~1% of typing JSON)
        // would only repeat it.
        @exclusivity(unchecked) var arrays = InternTable<[StoredValue]>()
        @exclusivity(unchecked) var strings = InternTable<String>()
    }
}

/// Open addressing over the hashes, no allocation per entry: a table lives only while the
/// files of a load are read. Up to three quarters full: the probes compare hashes in one
/// array, and a table half full at most was twice the size for the same entries.
private struct InternTable<Value> {
    private var hashes: [Int] = []
    private var values: [Value?] = []
    private var count = 0

    mutating func intern(_ value: Value, hash: Int, matches: (Value) -> Bool) -> Value {
        intern(hash: hash, make: { value }, matches: matches)
    }

    /// The stored value that `matches`, else `make()`'s, stored.
    mutating func intern(hash: Int, make: () -> Value, matches: (Value) -> Bool) -> Value {
        if count * 4 >= hashes.count * 3 { grow() }
        let hash = hash == 0 ? 1 : hash  // 0 marks an empty slot
        let mask = hashes.count - 1
        var slot = hash & mask
        while hashes[slot] != 0 {
            if hashes[slot] == hash, let stored = values[slot], matches(stored) { return stored }
            slot = (slot + 1) & mask
        }
        let value = make()
        hashes[slot] = hash
        values[slot] = value
        count += 1
        return value
    }

    private mutating func grow() {
        let oldHashes = hashes
        let oldValues = values
        let capacity = max(256, hashes.count * 2)
        hashes = [Int](repeating: 0, count: capacity)
        values = [Value?](repeating: nil, count: capacity)
        let mask = capacity - 1
        for (index, hash) in oldHashes.enumerated() where hash != 0 {
            var slot = hash & mask
            while hashes[slot] != 0 { slot = (slot + 1) & mask }
            hashes[slot] = hash
            values[slot] = oldValues[index]
        }
    }
}

/// A multiply-and-shift hash of 64-bit words: a few instructions a word where `Hasher`'s SipHash
/// costs tens, which mattered with every embedded object and long string of a load hashed. Only
/// equal hashes are compared by value, so its quality costs time, never correctness.
struct ValueHasher {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    @inline(__always)
    mutating func mix(_ word: UInt64) {
        state = (state ^ word) &* 0x9E37_79B9_7F4A_7C15
        state ^= state &>> 29
    }

    /// The bytes eight at a time, then the tail with the length.
    @inline(__always)
    mutating func mix(bytes: UnsafeRawBufferPointer) {
        var offset = 0
        while offset &+ 8 <= bytes.count {
            mix(bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self))
            offset &+= 8
        }
        var tail = UInt64(truncatingIfNeeded: bytes.count) &<< 56
        var shift: UInt64 = 0
        while offset < bytes.count {
            tail |= UInt64(bytes[offset]) &<< shift
            shift &+= 8
            offset &+= 1
        }
        mix(tail)
    }

    var value: Int { Int(truncatingIfNeeded: state ^ (state &>> 32)) }
}

/// Hashes the written form of a scalar value; false for a list or an object.
@inline(__always)
private func strictHash(_ value: StoredValue, into hasher: inout ValueHasher) -> Bool {
    switch value {
    case .null: hasher.mix(0)
    case .boolean(let flag): hasher.mix(flag ? 2 : 1)
    case .int(let number): hasher.mix(3 &+ UInt64(truncatingIfNeeded: number) &<< 8)
    case .float(let number): hasher.mix(number.bitPattern)
    case .string(let text), .reference(let text):
        var text = text
        text.withUTF8 { hasher.mix(bytes: UnsafeRawBufferPointer($0)) }
    case .decimal(let decimal):
        hasher.mix(UInt64(truncatingIfNeeded: decimal.significand))
        hasher.mix(UInt64(truncatingIfNeeded: decimal.scale))
    case .date(let date): hasher.mix(UInt64(truncatingIfNeeded: date.daysSinceEpoch))
    case .dateTime(let moment):
        hasher.mix(UInt64(truncatingIfNeeded: moment.epochSeconds))
        hasher.mix(UInt64(truncatingIfNeeded: moment.nanoseconds) &<< 16 ^ UInt64(truncatingIfNeeded: moment.offsetMinutes))
    case .enumValue(let index): hasher.mix(5 &+ UInt64(truncatingIfNeeded: index) &<< 8)
    case .list, .object: return false
    }
    return true
}

/// The same case and the same written form (see `ValueInterner`).
@inline(__always)
private func strictlyEqual(_ first: StoredValue, _ second: StoredValue) -> Bool {
    switch (first, second) {
    case (.null, .null): return true
    case (.boolean(let a), .boolean(let b)): return a == b
    case (.int(let a), .int(let b)): return a == b
    case (.float(let a), .float(let b)): return a.bitPattern == b.bitPattern
    case (.string(let a), .string(let b)), (.reference(let a), .reference(let b)): return sameBytes(a, b)
    case (.decimal(let a), .decimal(let b)): return a.significand == b.significand && a.scale == b.scale
    case (.date(let a), .date(let b)): return a.daysSinceEpoch == b.daysSinceEpoch
    case (.dateTime(let a), .dateTime(let b)):
        return a.epochSeconds == b.epochSeconds && a.nanoseconds == b.nanoseconds && a.offsetMinutes == b.offsetMinutes
            && a.fractionDigits == b.fractionDigits && a.hasSeconds == b.hasSeconds && a.isZulu == b.isZulu
    case (.enumValue(let a), .enumValue(let b)): return a == b
    default: return false
    }
}

/// Swift's `==` on strings is canonical equivalence; a shared string must have the same bytes.
/// The same two words are the same string (one storage, or the same inline bytes of a short
/// string), which is what a hit of the interner mostly compares.
@inline(__always)
private func sameBytes(_ a: String, _ b: String) -> Bool {
    if unsafeBitCast(a, to: (UInt64, UInt64).self) == unsafeBitCast(b, to: (UInt64, UInt64).self) { return true }
    return sameBytesCompared(a, b)
}

private func sameBytesCompared(_ a: String, _ b: String) -> Bool {
    var a = a
    var b = b
    return a.withUTF8 { x in
        b.withUTF8 { y in x.count == y.count && (x.isEmpty || memcmp(x.baseAddress!, y.baseAddress!, x.count) == 0) }
    }
}
