/// GraphQL source text (spec §2.1 "Source Text"): UTF-8 bytes plus a name used in messages.
///
/// Offsets into a source are byte offsets. Lines and columns are computed only when a message
/// needs them, counted the spec's way: a line ends at LF, CRLF or a lone CR, and a column counts
/// Unicode code points, so a Chinese character or an emoji is one column.
public struct Source: Sendable {
    /// Shown in messages: a file path, `<query>` or `<stdin>`.
    public let name: String
    /// The UTF-8 bytes of the text. `Source(bytes:)` does not validate them: the lexer reports
    /// invalid UTF-8 where it matters.
    public let bytes: [UInt8]

    public init(_ text: String, name: String = "<query>") {
        self.name = name
        self.bytes = Array(text.utf8)
    }

    public init(bytes: [UInt8], name: String) {
        self.name = name
        self.bytes = bytes
    }

    /// The 1-based line and column of a byte offset.
    public func location(at offset: Int) -> SourceLocation {
        let end = min(max(offset, 0), bytes.count)
        var line = 1
        var lineStart = 0
        var index = 0
        while index < end {
            let byte = bytes[index]
            if byte == 0x0A {
                line += 1
                lineStart = index + 1
            } else if byte == 0x0D {
                // CRLF is one line break; the LF that follows is skipped here.
                if index + 1 < bytes.count && bytes[index + 1] == 0x0A {
                    if index + 1 == end { break }
                    index += 1
                }
                line += 1
                lineStart = index + 1
            }
            index += 1
        }
        var column = 1
        var cursor = lineStart
        while cursor < end {
            if bytes[cursor] & 0xC0 != 0x80 { column += 1 }
            cursor += 1
        }
        return SourceLocation(line: line, column: column)
    }

    /// The text of one line (1-based), without its line break; empty past the end.
    public func lineText(_ line: Int) -> String {
        var current = 1
        var start = 0
        var index = 0
        while index < bytes.count && current < line {
            let byte = bytes[index]
            if byte == 0x0A || byte == 0x0D {
                if byte == 0x0D && index + 1 < bytes.count && bytes[index + 1] == 0x0A { index += 1 }
                current += 1
                start = index + 1
            }
            index += 1
        }
        guard current == line else { return "" }
        var end = start
        while end < bytes.count && bytes[end] != 0x0A && bytes[end] != 0x0D { end += 1 }
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }

    /// The text a range covers.
    public func text(_ range: SourceRange) -> String {
        let start = min(Int(range.start), bytes.count)
        let end = min(max(Int(range.end), start), bytes.count)
        return String(decoding: bytes[start..<end], as: UTF8.self)
    }
}

/// A 1-based line and column, columns counted in Unicode code points.
public struct SourceLocation: Hashable, Sendable, CustomStringConvertible {
    public var line: Int
    public var column: Int

    public init(line: Int, column: Int) {
        self.line = line
        self.column = column
    }

    public var description: String { "\(line):\(column)" }
}

/// A byte range in a source: `start` inclusive, `end` exclusive.
public struct SourceRange: Hashable, Sendable {
    public var start: UInt32
    public var end: UInt32

    public init(start: UInt32, end: UInt32) {
        self.start = start
        self.end = end
    }

    init(_ start: Int, _ end: Int) {
        self.start = UInt32(truncatingIfNeeded: start)
        self.end = UInt32(truncatingIfNeeded: end)
    }
}
