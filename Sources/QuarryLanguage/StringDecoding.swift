/// The values of string tokens (spec §2.9.4 "String Value", semantics of StringValue and
/// BlockStringValue): escapes decoded, block strings dedented.
extension Lexer {
    /// The value of a token the lexer has already validated.
    func stringValue(of token: Token) -> String {
        if token.kind == .blockString {
            return blockStringValue(bodyStart: token.start + 3, bodyEnd: token.end - 3)
        }
        let bodyStart = token.start + 1
        let bodyEnd = token.end - 1
        guard token.needsDecoding else {
            return String(decoding: UnsafeBufferPointer(rebasing: bytes[bodyStart..<bodyEnd]), as: UTF8.self)
        }
        var output: [UInt8] = []
        output.reserveCapacity(bodyEnd - bodyStart)
        var index = bodyStart
        while index < bodyEnd {
            // Copy the run up to the next backslash at once.
            let runEnd = nextByte(0x5C, from: index, before: bodyEnd)
            output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[index..<runEnd]))
            index = runEnd
            guard index < bodyEnd else { break }
            let escaped = bytes[index + 1]
            switch escaped {
            case UInt8(ascii: "b"): output.append(0x08)
            case UInt8(ascii: "f"): output.append(0x0C)
            case UInt8(ascii: "n"): output.append(0x0A)
            case UInt8(ascii: "r"): output.append(0x0D)
            case UInt8(ascii: "t"): output.append(0x09)
            case UInt8(ascii: "u"):
                // Validated by the lexer.
                let (scalar, end) = unicodeEscape(at: index)!
                appendUTF8(scalar, to: &output)
                index = end
                continue
            default: output.append(escaped)  // \" \\ \/
            }
            index += 2
        }
        return String(decoding: output, as: UTF8.self)
    }

    /// The spec's BlockStringValue(): `\"""` unescaped, lines split at LF, CRLF or CR, the common
    /// indentation of all lines but the first removed, leading and trailing blank lines dropped,
    /// lines joined with LF.
    func blockStringValue(bodyStart: Int, bodyEnd: Int) -> String {
        var lines: [Range<Int>] = []
        var lineStart = bodyStart
        while true {
            let lineEnd = lineTerminator(from: lineStart, before: bodyEnd)
            lines.append(lineStart..<lineEnd)
            guard lineEnd < bodyEnd else { break }
            let isCRLF = bytes[lineEnd] == 0x0D && lineEnd + 1 < bodyEnd && bytes[lineEnd + 1] == 0x0A
            lineStart = lineEnd + (isCRLF ? 2 : 1)
        }

        func indentation(_ line: Range<Int>) -> Int {
            var cursor = line.lowerBound
            while cursor < line.upperBound && (bytes[cursor] == 0x20 || bytes[cursor] == 0x09) { cursor += 1 }
            return cursor - line.lowerBound
        }
        var commonIndent = Int.max
        for line in lines.dropFirst() {
            let indent = indentation(line)
            if indent < line.count { commonIndent = min(commonIndent, indent) }
        }
        var trimmed = lines
        if commonIndent != .max {
            for position in trimmed.indices.dropFirst() {
                let line = trimmed[position]
                trimmed[position] = min(line.lowerBound + commonIndent, line.upperBound)..<line.upperBound
            }
        }
        var first = 0
        var last = trimmed.count - 1
        while first <= last && indentation(trimmed[first]) == trimmed[first].count { first += 1 }
        while last >= first && indentation(trimmed[last]) == trimmed[last].count { last -= 1 }

        var output: [UInt8] = []
        output.reserveCapacity(bodyEnd - bodyStart)
        if first <= last {
            for position in first...last {
                if position > first { output.append(0x0A) }
                let line = trimmed[position]
                var cursor = line.lowerBound
                while cursor < line.upperBound {
                    // Copy the run up to the next backslash at once; `\"""` stands for `"""`.
                    let runEnd = nextByte(0x5C, from: cursor, before: line.upperBound)
                    output.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[cursor..<runEnd]))
                    cursor = runEnd
                    guard cursor < line.upperBound else { break }
                    if cursor + 3 < line.upperBound && bytes[cursor + 1] == 0x22 && bytes[cursor + 2] == 0x22
                        && bytes[cursor + 3] == 0x22
                    {
                        output.append(0x22)
                        output.append(0x22)
                        output.append(0x22)
                        cursor += 4
                    } else {
                        output.append(0x5C)
                        cursor += 1
                    }
                }
            }
        }
        return String(decoding: output, as: UTF8.self)
    }
}

extension Lexer {
    /// The offset of the first `byte` in `index..<end`, or `end`. (A plain loop through a pointer:
    /// fast in a debug build too; see `plainTextEnd`.)
    @inline(__always)
    func nextByte(_ byte: UInt8, from index: Int, before end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var cursor = index
        while cursor < end && base[cursor] != byte { cursor += 1 }
        return cursor
    }

    /// The offset of the first LF or CR in `index..<end`, or `end`.
    @inline(__always)
    func lineTerminator(from index: Int, before end: Int) -> Int {
        guard let base = bytes.baseAddress else { return end }
        var cursor = index
        while cursor < end && base[cursor] != 0x0A && base[cursor] != 0x0D { cursor += 1 }
        return cursor
    }
}

/// Appends the UTF-8 encoding of a scalar.
func appendUTF8(_ scalar: Unicode.Scalar, to output: inout [UInt8]) {
    let value = scalar.value
    switch value {
    case 0..<0x80:
        output.append(UInt8(value))
    case 0x80..<0x800:
        output.append(0xC0 | UInt8(value >> 6))
        output.append(0x80 | UInt8(value & 0x3F))
    case 0x800..<0x10000:
        output.append(0xE0 | UInt8(value >> 12))
        output.append(0x80 | UInt8((value >> 6) & 0x3F))
        output.append(0x80 | UInt8(value & 0x3F))
    default:
        output.append(0xF0 | UInt8(value >> 18))
        output.append(0x80 | UInt8((value >> 12) & 0x3F))
        output.append(0x80 | UInt8((value >> 6) & 0x3F))
        output.append(0x80 | UInt8(value & 0x3F))
    }
}
