/// Lines and columns of byte offsets in a JSON source, computed when asked: reading never pays
/// for columns. Cheap when asked in increasing order (as a walk over a file does): each column
/// continues from the previous one on the line.
struct JSONColumns {
    let source: [UInt8]
    // The last resolved position.
    var offset = 0
    var line = 1
    var lineStart = 0
    var column = 1

    init(source: [UInt8]) {
        self.source = source
        lineStart = TextPosition.bomLength(source)
        offset = lineStart
    }

    /// The location of a byte offset in a JSON source; `line` when it is known.
    mutating func location(atOffset target: Int, line knownLine: Int?) -> DataLocation {
        source.withUnsafeBufferPointer { bytes in
            let target = min(max(target, 0), bytes.count)
            if target >= offset && (knownLine == nil || knownLine == line) {
                // Continue from the last position (same line, or a forward walk).
                advance(bytes, to: target)
            } else if let knownLine {
                var start = target
                while start > 0 && bytes[start - 1] != 0x0A && bytes[start - 1] != 0x0D { start -= 1 }
                line = knownLine
                lineStart = max(start, TextPosition.bomLength(bytes))
                offset = lineStart
                column = 1
                advance(bytes, to: target)
            } else {
                line = 1
                lineStart = TextPosition.bomLength(bytes)
                offset = lineStart
                column = 1
                advance(bytes, to: target)
            }
            return DataLocation(line: line, column: column)
        }
    }

    /// The location of a byte offset on line `knownLine`, which starts at `knownStart` (as the
    /// JSON scanner knows them): no scan back to the line's start.
    mutating func location(atOffset target: Int, line knownLine: Int, lineStart knownStart: Int) -> DataLocation {
        source.withUnsafeBufferPointer { bytes in
            let target = min(max(target, 0), bytes.count)
            if !(target >= offset && knownLine == line) {
                line = knownLine
                lineStart = max(knownStart, TextPosition.bomLength(bytes))
                offset = lineStart
                column = 1
            }
            // No line ends between `offset` and `target`: the column grows by the characters.
            column &+= JSONColumns.characters(bytes, from: offset, to: target)
            offset = max(offset, target)
            return DataLocation(line: line, column: column)
        }
    }

    /// The characters of `bytes[start..<end]` (the bytes that are not UTF-8 continuation
    /// bytes), eight bytes at a time, the last ones masked in a word when the buffer has it.
    @inline(__always)
    static func characters(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Int {
        guard start < end, let base = bytes.baseAddress else { return 0 }
        var index = start
        var count = 0
        #if _endian(little)
        @inline(__always) func continuations(_ at: Int) -> UInt64 {
            let word = UnsafeRawPointer(base + at).loadUnaligned(as: UInt64.self)
            return word & ~(word &<< 1) & 0x8080_8080_8080_8080
        }
        while index &+ 8 <= end {
            count &+= 8 &- JSONScanner.countBytes(continuations(index))
            index &+= 8
        }
        if index < end && index &+ 8 <= bytes.count {
            let length = end &- index
            let mask: UInt64 = (1 &<< UInt64(length &* 8)) &- 1
            return count &+ length &- JSONScanner.countBytes(continuations(index) & mask)
        }
        #endif
        while index < end {
            if base[index] & 0xC0 != 0x80 { count &+= 1 }
            index &+= 1
        }
        return count
    }

    private mutating func advance(_ bytes: UnsafeBufferPointer<UInt8>, to target: Int) {
        var index = offset
        while index < target {
            #if _endian(little)
            // Eight bytes at once when no line ends among them: the column grows by the
            // characters, the bytes that are not UTF-8 continuation bytes.
            if index &+ 8 <= target, let base = bytes.baseAddress {
                let ones: UInt64 = 0x0101_0101_0101_0101
                let word = UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self)
                if JSONScanner.zeroBytes(word ^ (ones &* 0x0A)) | JSONScanner.zeroBytes(word ^ (ones &* 0x0D)) == 0 {
                    column &+= 8 &- JSONScanner.countBytes(word & ~(word &<< 1) & 0x8080_8080_8080_8080)
                    index &+= 8
                    continue
                }
            }
            #endif
            let byte = bytes[index]
            if byte == 0x0A || (byte == 0x0D && (index + 1 >= bytes.count || bytes[index + 1] != 0x0A)) {
                line += 1
                column = 1
                lineStart = index + 1
            } else if byte & 0xC0 != 0x80 && byte != 0x0D {
                column += 1
            }
            index += 1
        }
        offset = max(offset, target)
    }
}
