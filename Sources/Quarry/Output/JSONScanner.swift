/// A cursor over JSON bytes that skips and reads values in place, so that output formats walk a
/// large response without building a tree of it (issue 7: large results stream with bounded
/// memory). The bytes are assumed to be valid JSON (a response Quarry wrote, or a file already
/// parsed once); on malformed input the cursor stops at the end instead of trapping.
struct JSONScanner {
    let bytes: [UInt8]
    var position: Int

    init(_ bytes: [UInt8], position: Int = 0) {
        self.bytes = bytes
        self.position = position
    }

    var atEnd: Bool { position >= bytes.count }

    /// The byte at the cursor after any whitespace, nil at the end.
    mutating func peek() -> UInt8? {
        while position < bytes.count, isWhitespace(bytes[position]) { position += 1 }
        return position < bytes.count ? bytes[position] : nil
    }

    /// Consumes `byte` if it is next (after whitespace).
    mutating func consume(_ byte: UInt8) -> Bool {
        guard peek() == byte else { return false }
        position += 1
        return true
    }

    /// Skips one value; returns its byte range.
    @discardableResult
    mutating func skipValue() -> Range<Int> {
        _ = peek()
        let start = position
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            switch byte {
            case UInt8(ascii: "\""):
                skipString()
                if depth == 0 { return start..<position }
                continue
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                // At depth 0 this closes the container of a number or literal just read.
                if depth == 0 { return start..<position }
                depth -= 1
                if depth <= 0 {
                    position += 1
                    return start..<position
                }
            case UInt8(ascii: ","), UInt8(ascii: ":"):
                if depth == 0 { return start..<position }
            default:
                if depth == 0, isWhitespace(byte) { return start..<position }
            }
            position += 1
        }
        return start..<position
    }

    /// Skips a string starting at the cursor (which is on its opening quote).
    private mutating func skipString() {
        position += 1
        while position < bytes.count {
            switch bytes[position] {
            case UInt8(ascii: "\\"): position += 2
            case UInt8(ascii: "\""):
                position += 1
                return
            default: position += 1
            }
        }
    }

    /// Reads a string at the cursor, escapes decoded.
    mutating func readString() -> String {
        guard peek() == UInt8(ascii: "\"") else { return "" }
        position += 1
        var utf8: [UInt8] = []
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            switch byte {
            case UInt8(ascii: "\""):
                return String(decoding: utf8, as: UTF8.self)
            case UInt8(ascii: "\\"):
                guard position < bytes.count else { break }
                let escape = bytes[position]
                position += 1
                switch escape {
                case UInt8(ascii: "n"): utf8.append(0x0A)
                case UInt8(ascii: "r"): utf8.append(0x0D)
                case UInt8(ascii: "t"): utf8.append(0x09)
                case UInt8(ascii: "b"): utf8.append(0x08)
                case UInt8(ascii: "f"): utf8.append(0x0C)
                case UInt8(ascii: "u"): appendUnicodeEscape(to: &utf8)
                default: utf8.append(escape)
                }
            default:
                utf8.append(byte)
            }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    /// `\uXXXX` (the `\u` consumed), surrogate pairs joined; a lone surrogate becomes U+FFFD.
    private mutating func appendUnicodeEscape(to utf8: inout [UInt8]) {
        var value = hex4()
        if (0xD800..<0xDC00).contains(value), position + 1 < bytes.count,
           bytes[position] == UInt8(ascii: "\\"), bytes[position + 1] == UInt8(ascii: "u") {
            position += 2
            let low = hex4()
            value = (0xDC00..<0xE000).contains(low) ? 0x10000 + ((value - 0xD800) << 10) + (low - 0xDC00) : 0xFFFD
        }
        utf8.append(contentsOf: String(Character(Unicode.Scalar(value) ?? "\u{FFFD}")).utf8)
    }

    private mutating func hex4() -> UInt32 {
        var value: UInt32 = 0
        for _ in 0..<4 where position < bytes.count {
            let byte = bytes[position]
            position += 1
            let digit: UInt8 = switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
            default: 0
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// Calls `body` with each key of the object at the cursor, the cursor on its value; `body`
    /// must consume the value (or leave it, and it is skipped). Stops early when `body` says so.
    mutating func forEachEntry(_ body: (inout JSONScanner, String) -> Bool) {
        guard consume(UInt8(ascii: "{")) else {
            skipValue()
            return
        }
        if consume(UInt8(ascii: "}")) { return }
        while !atEnd {
            let key = readString()
            _ = consume(UInt8(ascii: ":"))
            _ = peek()
            let valueStart = position
            if !body(&self, key) { return }
            if position == valueStart { skipValue() }
            if consume(UInt8(ascii: ",")) { continue }
            _ = consume(UInt8(ascii: "}"))
            return
        }
    }

    /// Calls `body` for each element of the list at the cursor, as `forEachEntry` does.
    mutating func forEachElement(_ body: (inout JSONScanner) -> Bool) {
        guard consume(UInt8(ascii: "[")) else {
            skipValue()
            return
        }
        if consume(UInt8(ascii: "]")) { return }
        while !atEnd {
            _ = peek()
            let valueStart = position
            if !body(&self) { return }
            if position == valueStart { skipValue() }
            if consume(UInt8(ascii: ",")) { continue }
            _ = consume(UInt8(ascii: "]"))
            return
        }
    }
}

@inline(__always) func isWhitespace(_ byte: UInt8) -> Bool {
    byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
}
