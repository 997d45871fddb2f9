#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// One node of a tape: 16 bytes, no pointers, no payload enum.
///
/// ```
/// word  bits 0-3   style (DataTape.Style raw value)
///       bits 4-5   kind (DataTape.Kind raw value)
///       bit  6     the text lives in the decoded buffer, not in the source bytes
///       bit  7     YAML `!!str` (or `!`) tag: the scalar is text even when plain
///       bits 8-31  YAML: 1-based column; JSON: 1-based line (both saturate at 0xFFFFFF)
/// a     scalar: start of the text; container: index of the first node after the subtree
/// b     scalar: length of the text in bytes; container: elements (sequence) or entries (mapping)
/// pos   YAML: 1-based line; JSON: byte offset of the value's first byte
/// ```
@usableFromInline
struct TapeRecord {
    @usableFromInline var word: UInt32
    @usableFromInline var a: UInt32
    @usableFromInline var b: UInt32
    @usableFromInline var pos: UInt32

    @inlinable @inline(__always)
    init(word: UInt32, a: UInt32, b: UInt32, pos: UInt32) {
        self.word = word
        self.a = a
        self.b = b
        self.pos = pos
    }

    @usableFromInline static let decodedFlag: UInt32 = 1 << 6
    @usableFromInline static let explicitStringFlag: UInt32 = 1 << 7
    @usableFromInline static let extraShift: UInt32 = 8
    @usableFromInline static let extraMax: UInt32 = 0xFF_FFFF

    @inlinable @inline(__always)
    static func word(kind: DataTape.Kind, style: DataTape.Style, flags: UInt32 = 0, extra: Int) -> UInt32 {
        let clamped = UInt32(truncatingIfNeeded: min(max(extra, 0), Int(extraMax)))
        return UInt32(style.rawValue) | UInt32(kind.rawValue) << 4 | flags | clamped << extraShift
    }

    @inlinable var styleRaw: UInt8 { UInt8(truncatingIfNeeded: word & 0xF) }
    @inlinable var kindRaw: UInt8 { UInt8(truncatingIfNeeded: (word >> 4) & 0x3) }
    @inlinable var isContainer: Bool { word & 0x20 != 0 }  // kinds 2 and 3
    @inlinable var extra: UInt32 { word >> TapeRecord.extraShift }
}

/// The memory behind a `DataTape`: the records, the decoded text, and the file's own bytes.
/// Written once by a reader, then only read, so it is shared between threads freely.
@usableFromInline
final class TapeStorage: @unchecked Sendable {
    @usableFromInline let records: UnsafeMutablePointer<TapeRecord>
    @usableFromInline let count: Int
    /// Nil when no text needed decoding (most JSON files).
    @usableFromInline let decoded: UnsafeMutablePointer<UInt8>?
    @usableFromInline let decodedCount: Int
    @usableFromInline let source: [UInt8]
    @usableFromInline let documents: [UInt32]
    @usableFromInline let format: DataTape.Format

    init(
        records: UnsafeMutablePointer<TapeRecord>, count: Int,
        decoded: UnsafeMutablePointer<UInt8>?, decodedCount: Int,
        source: [UInt8], documents: [UInt32], format: DataTape.Format
    ) {
        self.records = records
        self.count = count
        self.decoded = decoded
        self.decodedCount = decodedCount
        self.source = source
        self.documents = documents
        self.format = format
    }

    deinit {
        free(records)
        free(decoded)
    }
}

/// Grows the records and the decoded text of a tape while a reader runs: plain `malloc` memory
/// that `realloc` can extend in place, handed over to a `TapeStorage` at the end (or freed when
/// the reader fails).
struct TapeBuilder {
    var records: UnsafeMutablePointer<TapeRecord>
    var count = 0
    var capacity: Int
    /// Allocated on first use: a JSON file without escapes never needs it.
    var decoded: UnsafeMutablePointer<UInt8>?
    var decodedCount = 0
    var decodedCapacity: Int

    init(recordCapacity: Int, decodedCapacity: Int) {
        capacity = max(16, recordCapacity)
        self.decodedCapacity = decodedCapacity
        records = TapeBuilder.reallocate(nil, capacity)
        decoded = decodedCapacity > 0 ? TapeBuilder.reallocate(nil, decodedCapacity) : nil
    }

    static func reallocate<T>(_ pointer: UnsafeMutablePointer<T>?, _ count: Int) -> UnsafeMutablePointer<T> {
        guard let raw = realloc(pointer, count * MemoryLayout<T>.stride) else { fatalError("out of memory") }
        return raw.bindMemory(to: T.self, capacity: count)
    }

    @inline(__always)
    mutating func append(_ record: TapeRecord) {
        if count == capacity { growRecords(minimum: count + 1) }
        (records + count).initialize(to: record)
        count += 1
    }

    /// Makes room for `extra` more records, so that a caller can copy from `records` meanwhile.
    @inline(__always)
    mutating func reserve(_ extra: Int) {
        if count + extra > capacity { growRecords(minimum: count + extra) }
    }

    @inline(never)
    mutating func growRecords(minimum: Int) {
        capacity = max(minimum, capacity * 2)
        records = TapeBuilder.reallocate(records, capacity)
    }

    @inline(__always)
    mutating func reserveDecoded(_ extra: Int) {
        if decodedCount + extra > decodedCapacity { growDecoded(minimum: decodedCount + extra) }
    }

    @inline(never)
    mutating func growDecoded(minimum: Int) {
        decodedCapacity = max(minimum, decodedCapacity * 2, 64)
        decoded = TapeBuilder.reallocate(decoded, decodedCapacity)
    }

    @inline(__always)
    mutating func appendDecoded(_ byte: UInt8) {
        if decodedCount == decodedCapacity { growDecoded(minimum: decodedCount + 1) }
        decoded.unsafelyUnwrapped[decodedCount] = byte
        decodedCount += 1
    }

    @inline(__always)
    mutating func appendDecoded(_ bytes: UnsafePointer<UInt8>, count length: Int) {
        guard length > 0 else { return }
        reserveDecoded(length)
        (decoded.unsafelyUnwrapped + decodedCount).update(from: bytes, count: length)
        decodedCount += length
    }

    /// Hands the memory to a storage object, trimmed when much of it is unused.
    consuming func finish(source: [UInt8], documents: [UInt32], format: DataTape.Format) -> TapeStorage {
        let trimmedRecords = capacity - count > 1024 ? TapeBuilder.reallocate(records, max(count, 1)) : records
        var trimmedDecoded = decoded
        if let decoded, decodedCapacity - decodedCount > 16384 {
            trimmedDecoded = TapeBuilder.reallocate(decoded, max(decodedCount, 1))
        }
        return TapeStorage(
            records: trimmedRecords, count: count, decoded: trimmedDecoded, decodedCount: decodedCount,
            source: source, documents: documents, format: format
        )
    }

    /// Frees the memory of a reader that failed.
    consuming func discard() {
        free(records)
        free(decoded)
    }
}
