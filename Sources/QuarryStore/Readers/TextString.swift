/// A `String` of UTF-8 bytes a reader has checked (a tape's or a JSON string's text): written
/// into the string's own storage, which for up to 15 ASCII bytes is the string value itself.
/// `String(decoding:as:)` made short strings byte by byte after a check of its own, a few
/// hundred instructions a value; this copies them at once. Invalid UTF-8 would still be
/// repaired, as `String(decoding:as:)` does.
@inline(__always)
func textString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
    if bytes.count <= 15, let small = smallASCIIString(base, count: bytes.count) { return small }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        buffer.baseAddress!.initialize(from: base, count: bytes.count)
        return bytes.count
    }
}

/// The small string of 1 to 15 ASCII bytes, made as its two words; nil when a byte is not ASCII
/// (or the layout check fails). Ids, references, codes and short names are such strings, and
/// `String(unsafeUninitializedCapacity:)` cost ~125 instructions for one (the generic entry,
/// the closure, the check of the bytes), some 5% of typing a JSON file; this costs ~20.
///
/// A small string on a 64-bit target holds its bytes in order in its two words (little-endian
/// loads), the last byte being the discriminator `0xE0 | count` for ASCII content: exactly the
/// value the standard library makes for these bytes. `smallStringLayoutHolds` checks that once.
@inline(__always)
func smallASCIIString(_ base: UnsafePointer<UInt8>, count: Int) -> String? {
    let raw = UnsafeRawPointer(base)
    var low: UInt64 = 0
    var high: UInt64 = 0
    if count >= 8 {
        low = UInt64(littleEndian: raw.loadUnaligned(as: UInt64.self))
        // The 8 bytes ending at the end; bytes 8... are its top `count - 8` bytes.
        let tail = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self))
        high = (tail &>> 8) &>> UInt64(8 &* (15 &- count))
    } else if count >= 4 {
        // Two overlapping 4-byte loads: the bytes they share are the same.
        let head = UInt64(UInt32(littleEndian: raw.loadUnaligned(as: UInt32.self)))
        let tail = UInt64(UInt32(littleEndian: raw.loadUnaligned(fromByteOffset: count &- 4, as: UInt32.self)))
        low = head | tail &<< UInt64(8 &* (count &- 4))
    } else {
        for index in 0..<count { low |= UInt64(base[index]) &<< UInt64(8 &* index) }
    }
    guard (low | high) & 0x8080_8080_8080_8080 == 0, smallStringLayoutHolds else { return nil }
    high |= (0xE0 | UInt64(truncatingIfNeeded: count)) &<< 56
    return unsafeBitCast((low, high), to: String.self)
}

/// Whether strings are laid out as `smallASCIIString` makes them: two 64-bit words, a small
/// ASCII string's bytes in order and `0xE0 | count` last. Checked on strings the standard
/// library made; false sends every string to the general path.
let smallStringLayoutHolds: Bool = {
    guard MemoryLayout<String>.size == 16, UInt64(1).littleEndian == 1 else { return false }
    for text in ["a", "c-000404", "abcdefghijklmno"] {
        let utf8 = Array(text.utf8)
        let words = unsafeBitCast(String(decoding: utf8, as: UTF8.self), to: (UInt64, UInt64).self)
        var expected: (UInt64, UInt64) = (0, 0)
        utf8.withUnsafeBytes { source in withUnsafeMutableBytes(of: &expected) { $0.copyMemory(from: source) } }
        expected.1 |= (0xE0 | UInt64(text.utf8.count)) << 56
        guard words == expected else { return false }
    }
    return true
}()
