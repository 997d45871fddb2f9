/// JSON text fixed when a plan is built (a response key with its colon, an enum value's
/// string), held so that the writer copies the usual short one with two word stores instead of
/// a copy loop or a call to memmove per value.
struct PreparedJSON {
    let bytes: [UInt8]
    /// `bytes.count`, read without reaching the array.
    let length: Int
    /// The first 16 bytes, zero-padded, as two words in memory order.
    let head: (UInt64, UInt64)

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        length = bytes.count
        var head: (UInt64, UInt64) = (0, 0)
        withUnsafeMutableBytes(of: &head) { words in
            for index in 0..<min(16, bytes.count) { words[index] = bytes[index] }
        }
        self.head = head
    }
}

extension JSONWriter {
    /// Appends prepared JSON text.
    @inline(__always) mutating func prepared(_ json: PreparedJSON) {
        let length = json.length
        guard length <= 16 else { return appendBytes(json.bytes) }
        reserve(16)
        storeWords(json.head, length: length)
    }
}
