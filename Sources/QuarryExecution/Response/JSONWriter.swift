import Foundation
import QuarrySchema

/// Writes JSON straight to bytes (STYLE.md: no `JSONSerialization` on a hot path): keys in the
/// order they are written, strings escaped per RFC 8259, nothing allocated per value beyond the
/// growing buffer. Supports rolling back to an earlier length, which null propagation uses to
/// replace a partly written object by `null`.
///
/// The buffer is raw memory the writer owns (it cannot be copied, so no write checks whether
/// it is shared): each value reserves its room once and then stores bytes without the
/// uniqueness and capacity checks an `Array` append makes per call, which were most of the
/// cost of writing a large response.
public struct JSONWriter: ~Copyable, @unchecked Sendable {
    private var base: UnsafeMutablePointer<UInt8>
    private var capacity: Int
    public private(set) var count = 0

    public init(capacity: Int = 4096) {
        self.capacity = max(capacity, 16)
        // malloc and realloc rather than `allocate`: a large response grows by remapping pages
        // rather than by copying what it has written at each doubling.
        base = malloc(self.capacity)!.bindMemory(to: UInt8.self, capacity: self.capacity)
    }

    deinit { free(base) }

    /// What has been written, as an array.
    public var bytes: [UInt8] { Array(UnsafeBufferPointer(start: base, count: count)) }

    /// Makes room for `extra` more bytes.
    @inline(__always) mutating func reserve(_ extra: Int) {
        if count + extra > capacity { grow(count + extra) }
    }

    @inline(never) private mutating func grow(_ needed: Int) {
        var larger = capacity * 2
        while larger < needed { larger *= 2 }
        guard let moved = realloc(base, larger) else { fatalError("JSONWriter: out of memory for \(larger) bytes") }
        base = moved.bindMemory(to: UInt8.self, capacity: larger)
        capacity = larger
    }

    /// Appends bytes without checking room (reserved by the caller).
    @inline(__always) private mutating func put(_ source: UnsafeRawBufferPointer) {
        guard let start = source.baseAddress else { return }
        let length = source.count
        let target = UnsafeMutableRawPointer(base + count)
        // Keys, ids and short values: a call to memmove costs more than the copy, and two
        // overlapping word copies (the first and the last eight or four bytes) cost less than a
        // loop per byte.
        if length >= 8 && length <= 16 {
            let head = start.loadUnaligned(as: UInt64.self)
            let tail = start.loadUnaligned(fromByteOffset: length - 8, as: UInt64.self)
            target.storeBytes(of: head, as: UInt64.self)
            target.storeBytes(of: tail, toByteOffset: length - 8, as: UInt64.self)
        } else if length >= 4 && length < 8 {
            let head = start.loadUnaligned(as: UInt32.self)
            let tail = start.loadUnaligned(fromByteOffset: length - 4, as: UInt32.self)
            target.storeBytes(of: head, as: UInt32.self)
            target.storeBytes(of: tail, toByteOffset: length - 4, as: UInt32.self)
        } else if length < 4 {
            for index in 0..<length { base[count + index] = start.load(fromByteOffset: index, as: UInt8.self) }
        } else {
            (base + count).update(from: start.assumingMemoryBound(to: UInt8.self), count: length)
        }
        count += length
    }

    /// Stores 16 bytes (room reserved by the caller) and keeps the first `length` of them.
    @inline(__always) mutating func storeWords(_ words: (UInt64, UInt64), length: Int) {
        UnsafeMutableRawPointer(base + count).storeBytes(of: words.0, as: UInt64.self)
        UnsafeMutableRawPointer(base + count + 8).storeBytes(of: words.1, as: UInt64.self)
        count += length
    }

    /// Drops everything written after `length` bytes.
    @inline(__always) public mutating func truncate(to length: Int) { count = min(count, length) }

    /// Appends bytes that are already JSON.
    public mutating func appendBytes(_ json: [UInt8]) { json.withUnsafeBytes { appendBytes($0) } }

    /// Appends part of a buffer that is already JSON.
    public mutating func appendBytes(_ json: ArraySlice<UInt8>) { json.withUnsafeBytes { appendBytes($0) } }

    /// Appends bytes that are already JSON.
    @inline(__always) public mutating func appendBytes(_ json: UnsafeRawBufferPointer) {
        reserve(json.count)
        put(json)
    }

    @inline(__always) public mutating func byte(_ value: UInt8) {
        reserve(1)
        base[count] = value
        count += 1
    }

    @inline(__always) public mutating func raw(_ text: StaticString) {
        appendBytes(UnsafeRawBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    public mutating func null() { raw("null") }
    public mutating func bool(_ value: Bool) { value ? raw("true") : raw("false") }

    public mutating func int(_ value: Int) {
        reserve(20)
        var cursor = ASCIICursor(base + count)
        cursor.put(value, width: 1)
        count = cursor.position - base
    }

    /// A finite double in the shortest form that reads back the same; non-finite as null (JSON
    /// has no NaN or infinity).
    public mutating func double(_ value: Double) {
        guard value.isFinite else { return null() }
        if value == value.rounded(), abs(value) < 1e15 {
            int(Int(value))
            raw(".0")
            return
        }
        rawText(value.description)
    }

    /// Text written as is, unquoted (already a valid JSON number or literal).
    public mutating func rawText(_ text: String) {
        var text = text
        text.withUTF8 { appendBytes(UnsafeRawBufferPointer($0)) }
    }

    public mutating func string(_ text: String) {
        // Native strings are read in place: `withUTF8` would need a mutable copy (a retain).
        if text.utf8.withContiguousStorageIfAvailable({ string($0) }) != nil { return }
        var text = text
        text.withUTF8 { string($0) }
    }

    /// A quoted string; the escapes of RFC 8259 §7 for quotes, backslashes and control bytes.
    public mutating func string(_ utf8: UnsafeBufferPointer<UInt8>) {
        // Room for the common case (nothing to escape) in one check; escapes reserve their own.
        reserve(utf8.count + 2)
        base[count] = UInt8(ascii: "\"")
        count += 1
        let clean = Self.unescapedPrefix(utf8)
        guard clean < utf8.count else {
            put(UnsafeRawBufferPointer(utf8))
            base[count] = UInt8(ascii: "\"")
            count += 1
            return
        }
        var runStart = 0
        for index in clean..<utf8.count {
            let byte = utf8[index]
            guard byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") else { continue }
            if runStart < index { appendBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[runStart..<index]))) }
            runStart = index + 1
            escape(byte)
        }
        appendBytes(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[runStart...])))
        byte(UInt8(ascii: "\""))
    }

    /// How many bytes from the start need no escape, eight at a time (the count is rounded
    /// down to a multiple of 8 when one does, or to where the last, overlapping word starts):
    /// any byte below 0x20, a quote or a backslash.
    @inline(__always) private static func unescapedPrefix(_ utf8: UnsafeBufferPointer<UInt8>) -> Int {
        guard let start = utf8.baseAddress else { return 0 }
        var index = 0
        while index + 8 <= utf8.count {
            if needsEscape(UnsafeRawPointer(start).loadUnaligned(fromByteOffset: index, as: UInt64.self)) { return index }
            index += 8
        }
        guard index < utf8.count else { return index }
        if utf8.count >= 8 {
            // The tail as the last eight bytes, overlapping bytes already found clean.
            let last = UnsafeRawPointer(start).loadUnaligned(fromByteOffset: utf8.count - 8, as: UInt64.self)
            return needsEscape(last) ? index : utf8.count
        }
        for offset in index..<utf8.count {
            let byte = start[offset]
            if byte < 0x20 || byte == UInt8(ascii: "\"") || byte == UInt8(ascii: "\\") { return offset }
        }
        return utf8.count
    }

    /// Whether any of eight bytes is below 0x20, a quote or a backslash.
    @inline(__always) private static func needsEscape(_ word: UInt64) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let high: UInt64 = 0x8080_8080_8080_8080
        let quote = word ^ (ones &* 0x22)
        let backslash = word ^ (ones &* 0x5C)
        // A byte below n sets its high bit in (x - n·ones) & ~x (n ≤ 0x80); zero bytes of
        // x ^ c are the bytes equal to c.
        let found = ((word &- ones &* 0x20) & ~word) | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
        return found & high != 0
    }

    @inline(never) private mutating func escape(_ byte: UInt8) {
        switch byte {
        case UInt8(ascii: "\""): raw("\\\"")
        case UInt8(ascii: "\\"): raw("\\\\")
        case 0x0A: raw("\\n")
        case 0x0D: raw("\\r")
        case 0x09: raw("\\t")
        case 0x08: raw("\\b")
        case 0x0C: raw("\\f")
        default:
            raw("\\u00")
            let hex: StaticString = "0123456789abcdef"
            self.byte(hex.utf8Start[Int(byte >> 4)])
            self.byte(hex.utf8Start[Int(byte & 0x0F)])
        }
    }

    /// `"…"` around at most `maximumLength` bytes that `write` puts (text known to need no
    /// escaping: numbers, dates).
    @inline(__always) public mutating func quoted(maximumLength: Int, _ write: (inout ASCIICursor) -> Void) {
        reserve(maximumLength + 2)
        var cursor = ASCIICursor(base + count)
        cursor.put(UInt8(ascii: "\""))
        write(&cursor)
        cursor.put(UInt8(ascii: "\""))
        count = cursor.position - base
    }

    /// `"key":`.
    public mutating func key(_ key: String) {
        string(key)
        byte(UInt8(ascii: ":"))
    }
}
