/// A `String` of UTF-8 bytes a reader has checked (a tape's or a JSON string's text): written
/// into the string's own storage, which for up to 15 ASCII bytes is the string value itself.
/// `String(decoding:as:)` made short strings byte by byte after a check of its own, a few
/// hundred instructions a value; this copies them at once. Invalid UTF-8 would still be
/// repaired, as `String(decoding:as:)` does.
@inline(__always)
func textString(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
    guard let base = bytes.baseAddress, !bytes.isEmpty else { return "" }
    return String(unsafeUninitializedCapacity: bytes.count) { buffer in
        buffer.baseAddress!.initialize(from: base, count: bytes.count)
        return bytes.count
    }
}
