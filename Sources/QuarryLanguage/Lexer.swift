/// The GraphQL lexer (spec §2.1 "Source Text" and §2.1.6–§2.1.9 "Lexical Tokens"): walks UTF-8
/// bytes with ASCII fast paths and decodes Unicode only inside strings and comments.
///
/// Error positions follow graphql-js: the offending character (a bad escape at its backslash,
/// an invalid number at the bad digit, an unterminated string where it is cut off).
struct Lexer {
    let bytes: UnsafeBufferPointer<UInt8>
    private(set) var position: Int = 0

    init(bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
    }

    @inline(__always)
    private func byte(at index: Int) -> UInt8 {
        index < bytes.count ? bytes[index] : 0
    }

    /// The next significant token.
    mutating func next() throws(ParseFailure) -> Token {
        skipIgnored()
        let start = position
        guard start < bytes.count else { return Token(kind: .endOfFile, start: start, end: start) }
        let first = bytes[start]
        switch first {
        case UInt8(ascii: "!"): return punctuator(.bang)
        case UInt8(ascii: "$"): return punctuator(.dollar)
        case UInt8(ascii: "&"): return punctuator(.ampersand)
        case UInt8(ascii: "("): return punctuator(.parenLeft)
        case UInt8(ascii: ")"): return punctuator(.parenRight)
        case UInt8(ascii: ":"): return punctuator(.colon)
        case UInt8(ascii: "="): return punctuator(.equals)
        case UInt8(ascii: "@"): return punctuator(.at)
        case UInt8(ascii: "["): return punctuator(.bracketLeft)
        case UInt8(ascii: "]"): return punctuator(.bracketRight)
        case UInt8(ascii: "{"): return punctuator(.braceLeft)
        case UInt8(ascii: "|"): return punctuator(.pipe)
        case UInt8(ascii: "}"): return punctuator(.braceRight)
        case UInt8(ascii: "."):
            if byte(at: start + 1) == UInt8(ascii: ".") && byte(at: start + 2) == UInt8(ascii: ".") {
                position = start + 3
                return Token(kind: .spread, start: start, end: start + 3)
            }
        case UInt8(ascii: "\""):
            if byte(at: start + 1) == UInt8(ascii: "\"") && byte(at: start + 2) == UInt8(ascii: "\"") {
                return try blockString(start: start)
            }
            return try string(start: start)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
            return try number(start: start)
        default:
            if isNameStart(first) {
                var end = start + 1
                while end < bytes.count && isNameContinue(bytes[end]) { end += 1 }
                position = end
                return Token(kind: .name, start: start, end: end)
            }
        }
        throw unexpectedCharacter(at: start)
    }

    @inline(__always)
    private mutating func punctuator(_ kind: TokenKind) -> Token {
        let start = position
        position += 1
        return Token(kind: kind, start: start, end: start + 1)
    }

    /// Skips white space, line terminators, commas, comments and byte-order marks (§2.1.2–§2.1.5,
    /// §2.1.1 "Unicode BOM").
    private mutating func skipIgnored() {
        while position < bytes.count {
            switch bytes[position] {
            case 0x09, 0x20, 0x2C, 0x0A, 0x0D:
                position += 1
            case UInt8(ascii: "#"):
                // A comment runs to the end of the line; any code point may appear in it, but bytes
                // that are not UTF-8 end it and are reported as the next token (as graphql-js ends
                // a comment at a lone surrogate).
                position += 1
                while true {
                    position = plainTextEnd(from: position)
                    guard position < bytes.count, bytes[position] != 0x0A, bytes[position] != 0x0D else { break }
                    guard bytes[position] < 0x80 else { return }
                    position += 1  // a quote or a backslash
                }
            case 0xEF where byte(at: position + 1) == 0xBB && byte(at: position + 2) == 0xBF:
                position += 3
            default:
                return
            }
        }
    }

    // MARK: Numbers (§2.1.7 IntValue, §2.1.8 FloatValue)

    private mutating func number(start: Int) throws(ParseFailure) -> Token {
        var index = start
        var isFloat = false
        if bytes[index] == UInt8(ascii: "-") { index += 1 }
        if byte(at: index) == UInt8(ascii: "0") {
            index += 1
            if isDigit(byte(at: index)) {
                throw ParseFailure(
                    message: "Invalid number, unexpected digit after 0: \(describeCharacter(at: index)).",
                    offset: index)
            }
        } else {
            index = try digits(from: index)
        }
        if byte(at: index) == UInt8(ascii: ".") {
            isFloat = true
            index = try digits(from: index + 1)
        }
        if byte(at: index) == UInt8(ascii: "e") || byte(at: index) == UInt8(ascii: "E") {
            isFloat = true
            index += 1
            if byte(at: index) == UInt8(ascii: "+") || byte(at: index) == UInt8(ascii: "-") { index += 1 }
            index = try digits(from: index)
        }
        // A number may not run straight into a name or another dot (§2.1.7: lookahead ∉ Digit,
        // `.`, NameStart).
        let following = byte(at: index)
        if following == UInt8(ascii: ".") || isNameStart(following) {
            throw ParseFailure(
                message: "Invalid number, expected digit but got: \(describeCharacter(at: index)).",
                offset: index)
        }
        position = index
        return Token(kind: isFloat ? .float : .int, start: start, end: index)
    }

    /// One or more digits from `index`; the offset after them.
    private func digits(from index: Int) throws(ParseFailure) -> Int {
        guard isDigit(byte(at: index)) else {
            throw ParseFailure(
                message: "Invalid number, expected digit but got: \(describeCharacter(at: index)).",
                offset: index)
        }
        var end = index + 1
        while isDigit(byte(at: end)) { end += 1 }
        return end
    }

    // MARK: Strings (§2.1.9 StringValue)

    private mutating func string(start: Int) throws(ParseFailure) -> Token {
        var index = start + 1
        var needsDecoding = false
        while true {
            index = plainTextEnd(from: index)
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                position = index + 1
                return Token(kind: .string, start: start, end: index + 1, needsDecoding: needsDecoding)
            case 0x0A, 0x0D:
                throw ParseFailure(message: "Unterminated string.", offset: index)
            case UInt8(ascii: "\\"):
                needsDecoding = true
                index = try escapeSequenceEnd(at: index)
            case 0x80...:
                index = try scalarEnd(at: index, context: " within String")
            default:
                // Control characters included: a string character is any scalar value but `"`,
                // `\` and line terminators (§2.1.1 SourceCharacter, §2.9.4 StringCharacter).
                index += 1
            }
        }
        throw ParseFailure(message: "Unterminated string.", offset: index)
    }

    /// Validates the escape sequence whose backslash is at `index`; the offset after it.
    private func escapeSequenceEnd(at index: Int) throws(ParseFailure) -> Int {
        switch byte(at: index + 1) {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"), UInt8(ascii: "b"),
            UInt8(ascii: "f"), UInt8(ascii: "n"), UInt8(ascii: "r"), UInt8(ascii: "t"):
            return index + 2
        case UInt8(ascii: "u"):
            guard let (_, end) = unicodeEscape(at: index) else {
                throw ParseFailure(
                    message: "Invalid Unicode escape sequence: \"\(escapeText(from: index))\".",
                    offset: index)
            }
            return end
        default:
            let end = index + 1 < bytes.count ? (try? scalarEnd(at: index + 1, context: "")) ?? index + 2 : index + 1
            let shown = String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<min(end, bytes.count)]), as: UTF8.self)
            throw ParseFailure(message: "Invalid character escape sequence: \"\(shown)\".", offset: index)
        }
    }

    /// Decodes `\uXXXX` (a surrogate pair as two such escapes) or `\u{X…}` at `index` (the
    /// backslash): the scalar and the offset after the escape, or nil when it is not valid.
    func unicodeEscape(at index: Int) -> (Unicode.Scalar, Int)? {
        var cursor = index + 2
        if byte(at: cursor) == UInt8(ascii: "{") {
            cursor += 1
            var value: UInt32 = 0
            var count = 0
            while let digit = hexValue(byte(at: cursor)) {
                value = value &* 16 &+ UInt32(digit)
                count += 1
                cursor += 1
                if value > 0x10FFFF { return nil }
            }
            guard count > 0, byte(at: cursor) == UInt8(ascii: "}"), let scalar = Unicode.Scalar(value) else {
                return nil
            }
            return (scalar, cursor + 1)
        }
        guard let lead = fourHex(at: cursor) else { return nil }
        cursor += 4
        if (0xD800...0xDBFF).contains(lead) {
            // A leading surrogate must be followed by an escaped trailing one.
            guard byte(at: cursor) == UInt8(ascii: "\\"), byte(at: cursor + 1) == UInt8(ascii: "u"),
                let trail = fourHex(at: cursor + 2), (0xDC00...0xDFFF).contains(trail)
            else { return nil }
            let value = 0x10000 + ((lead - 0xD800) << 10) + (trail - 0xDC00)
            return Unicode.Scalar(value).map { ($0, cursor + 6) }
        }
        return Unicode.Scalar(lead).map { ($0, cursor) }
    }

    private func fourHex(at index: Int) -> UInt32? {
        var value: UInt32 = 0
        for offset in 0..<4 {
            guard let digit = hexValue(byte(at: index + offset)) else { return nil }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    /// The text of a bad `\u` escape for its message, as graphql-js shows it: `\uXXXX` as six
    /// characters (so a broken surrogate pair shows its first half only), `\u{…}` through the first
    /// character that is not a hex digit (`}` included), at most twelve characters.
    private func escapeText(from index: Int) -> String {
        var end = index + 2
        var characters = 2
        if byte(at: end) == UInt8(ascii: "{") {
            end += 1
            characters += 1
            while characters < 12 && end < bytes.count {
                let isHexDigit = hexValue(bytes[end]) != nil
                end = characterEnd(at: end)
                characters += 1
                if !isHexDigit { break }
            }
        } else {
            while characters < 6 && end < bytes.count {
                end = characterEnd(at: end)
                characters += 1
            }
        }
        return String(decoding: UnsafeBufferPointer(rebasing: bytes[index..<end]), as: UTF8.self)
    }

    /// The end of the character at `index`: one code point, or one byte that is not UTF-8.
    private func characterEnd(at index: Int) -> Int {
        bytes[index] < 0x80 ? index + 1 : index + (decodeScalar(at: index)?.1 ?? 1)
    }

    // MARK: Block strings (§2.1.9 BlockStringCharacter)

    private mutating func blockString(start: Int) throws(ParseFailure) -> Token {
        var index = start + 3
        while true {
            index = plainTextEnd(from: index)
            guard index < bytes.count else { break }
            switch bytes[index] {
            case UInt8(ascii: "\""):
                if self.byte(at: index + 1) == UInt8(ascii: "\"") && self.byte(at: index + 2) == UInt8(ascii: "\"") {
                    position = index + 3
                    // Block strings are always decoded: indentation and blank lines are removed.
                    return Token(kind: .blockString, start: start, end: index + 3, needsDecoding: true)
                }
                index += 1
            case UInt8(ascii: "\\"):
                if self.byte(at: index + 1) == UInt8(ascii: "\"") && self.byte(at: index + 2) == UInt8(ascii: "\"")
                    && self.byte(at: index + 3) == UInt8(ascii: "\"")
                {
                    index += 4
                } else {
                    index += 1
                }
            case 0x80...:
                index = try scalarEnd(at: index, context: " within String")
            default:
                // Any other ASCII, control characters included (§2.9.4 BlockStringCharacter).
                index += 1
            }
        }
        throw ParseFailure(message: "Unterminated string.", offset: index)
    }

    // MARK: Characters

    /// The end of the run of characters from `index` that strings, block strings and comments take
    /// as they are: it stops at a quote, a backslash, a line terminator and at bytes that are not
    /// UTF-8. Plain comparisons through a pointer: the `switch` of the callers, with its range
    /// patterns, costs a debug build (the one `swift test` runs) ~30 ns a byte, seconds for a
    /// 50 MB string.
    @inline(__always)
    private func plainTextEnd(from index: Int) -> Int {
        guard let base = bytes.baseAddress else { return index }
        let count = bytes.count
        var end = index
        while end < count {
            let byte = base[end]
            if byte < 0x80 {
                if byte == 0x22 || byte == 0x5C || byte == 0x0A || byte == 0x0D { break }
                end += 1
            } else {
                let length = utf8SequenceLength(base, end, count)
                if length == 0 { break }
                end += length
            }
        }
        return end
    }

    /// Validates the UTF-8 sequence at `index` (a byte ≥ 0x80); the offset after it.
    private func scalarEnd(at index: Int, context: String) throws(ParseFailure) -> Int {
        if let (_, length) = decodeScalar(at: index) { return index + length }
        throw ParseFailure(
            message: "Invalid character\(context): invalid UTF-8 byte 0x\(hex2(bytes[index])).", offset: index)
    }

    /// Decodes one UTF-8 sequence; nil when it is not well-formed (overlong, surrogate, cut off).
    func decodeScalar(at index: Int) -> (Unicode.Scalar, Int)? {
        let lead = byte(at: index)
        if lead < 0x80 { return index < bytes.count ? (Unicode.Scalar(lead), 1) : nil }
        let length: Int
        var value: UInt32
        switch lead {
        case 0xC2...0xDF: length = 2; value = UInt32(lead & 0x1F)
        case 0xE0...0xEF: length = 3; value = UInt32(lead & 0x0F)
        case 0xF0...0xF4: length = 4; value = UInt32(lead & 0x07)
        default: return nil
        }
        guard index + length <= bytes.count else { return nil }
        for offset in 1..<length {
            let continuation = bytes[index + offset]
            guard continuation & 0xC0 == 0x80 else { return nil }
            value = value << 6 | UInt32(continuation & 0x3F)
        }
        // Reject overlong forms and values outside the scalar range.
        let minimum: UInt32 = length == 2 ? 0x80 : length == 3 ? 0x800 : 0x10000
        guard value >= minimum, let scalar = Unicode.Scalar(value) else { return nil }
        return (scalar, length)
    }

    private func unexpectedCharacter(at index: Int) -> ParseFailure {
        if bytes[index] == UInt8(ascii: "'") {
            return ParseFailure(
                message: "Unexpected single quote character ('), did you mean to use a double quote (\")?",
                offset: index)
        }
        if bytes[index] >= 0x80 && decodeScalar(at: index) == nil {
            return ParseFailure(message: "Invalid character: invalid UTF-8 byte 0x\(hex2(bytes[index])).", offset: index)
        }
        return ParseFailure(message: "Unexpected character: \(describeCharacter(at: index)).", offset: index)
    }

    /// A character for a message: `"a"` when printable ASCII, `U+0007` otherwise, `<EOF>` past
    /// the end.
    func describeCharacter(at index: Int) -> String {
        guard index < bytes.count else { return "<EOF>" }
        let byte = bytes[index]
        if byte >= 0x20 && byte < 0x7F {
            return byte == UInt8(ascii: "\"") ? "'\"'" : "\"\(Character(Unicode.Scalar(byte)))\""
        }
        guard let (scalar, _) = decodeScalar(at: index) else { return "byte 0x\(hex2(byte))" }
        let digits = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }
}

@inline(__always) func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

@inline(__always) func isNameStart(_ byte: UInt8) -> Bool {
    (byte | 0x20) &- UInt8(ascii: "a") < 26 || byte == UInt8(ascii: "_")
}

@inline(__always) func isNameContinue(_ byte: UInt8) -> Bool { isNameStart(byte) || isDigit(byte) }

@inline(__always) func hexValue(_ byte: UInt8) -> UInt8? {
    if isDigit(byte) { return byte - 0x30 }
    let lower = byte | 0x20
    if lower >= UInt8(ascii: "a") && lower <= UInt8(ascii: "f") { return lower - UInt8(ascii: "a") + 10 }
    return nil
}

func hex2(_ byte: UInt8) -> String {
    let digits = Array("0123456789ABCDEF")
    return String([digits[Int(byte >> 4)], digits[Int(byte & 0x0F)]])
}

/// The length of the well-formed UTF-8 sequence at `index` (a byte ≥ 0x80), or 0 when it is not one:
/// overlong, an encoded surrogate, beyond U+10FFFF or cut off (Unicode, Table 3-7).
func utf8SequenceLength(_ base: UnsafePointer<UInt8>, _ index: Int, _ count: Int) -> Int {
    let lead = base[index]
    var length = 0
    var low: UInt8 = 0x80  // the range of the second byte
    var high: UInt8 = 0xBF
    if lead >= 0xC2 && lead <= 0xDF {
        length = 2
    } else if lead >= 0xE0 && lead <= 0xEF {
        length = 3
        if lead == 0xE0 { low = 0xA0 } else if lead == 0xED { high = 0x9F }
    } else if lead >= 0xF0 && lead <= 0xF4 {
        length = 4
        if lead == 0xF0 { low = 0x90 } else if lead == 0xF4 { high = 0x8F }
    } else {
        return 0
    }
    guard index + length <= count, base[index + 1] >= low, base[index + 1] <= high else { return 0 }
    var offset = 2
    while offset < length {
        guard base[index + offset] & 0xC0 == 0x80 else { return 0 }
        offset += 1
    }
    return length
}
