import QuarryLanguage

/// Line and column of many byte offsets in one source, each in logarithmic time: the same answer
/// as `Source.location(at:)`, which scans from the start of the text every time. A hostile
/// document can make thousands of errors (a cycle through 20 000 fragments is one error with
/// 20 000 locations); built once, on the first error, this keeps reporting them linear.
struct SourceLocator {
    /// The byte offset where each line starts (a line ends at LF, CRLF or a lone CR).
    private var lineStarts: [Int] = [0]
    /// The number of code points before every `stride`-th byte.
    private var codePointsBefore: [Int] = []
    private let stride = 64
    private let bytes: [UInt8]

    init(_ source: Source) {
        bytes = source.bytes
        codePointsBefore.reserveCapacity(bytes.count / stride + 1)
        var codePoints = 0
        var index = 0
        while index < bytes.count {
            if index % stride == 0 { codePointsBefore.append(codePoints) }
            let byte = bytes[index]
            if byte & 0xC0 != 0x80 { codePoints += 1 }
            if byte == 0x0A || (byte == 0x0D && (index + 1 == bytes.count || bytes[index + 1] != 0x0A)) {
                lineStarts.append(index + 1)
            }
            index += 1
        }
        if bytes.count % stride == 0 { codePointsBefore.append(codePoints) }
    }

    func location(at offset: Int) -> SourceLocation {
        let offset = min(max(offset, 0), bytes.count)
        // The last line starting at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        let column = 1 + codePoints(before: offset) - codePoints(before: lineStarts[low])
        return SourceLocation(line: low + 1, column: column)
    }

    private func codePoints(before offset: Int) -> Int {
        let checkpoint = offset / stride
        var count = codePointsBefore[checkpoint]
        var index = checkpoint * stride
        while index < offset {
            if bytes[index] & 0xC0 != 0x80 { count += 1 }
            index += 1
        }
        return count
    }
}
