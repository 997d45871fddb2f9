#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads JSON (RFC 8259, strictly) into a `DataTape`: a hand-written parser over the file's bytes.
///
/// - No comments, no trailing commas, no `NaN`/`Infinity`, no single quotes, no leading zeros,
///   no bare `.5`; exactly one value per file, whitespace around it. A UTF-8 byte order mark at
///   the start is skipped (RFC 8259 §8.1 allows ignoring it).
/// - Numbers are kept as their exact text (`1234.50`, `-0`, `1e400`); nothing is converted to
///   `Double` here: the schema decides (an exact `Decimal`, an `Int`, a `Float`, an `ID`'s text).
/// - Strings are decoded: escapes, surrogate pairs; an invalid escape, a lone surrogate, an
///   unescaped control character or invalid UTF-8 is an error. A string without escapes is not
///   copied: its text is a range of the file's bytes.
/// - Duplicate keys are kept, in order, as the file has them; the typing layer reports them.
/// - Nesting deeper than `ReadLimits.maxDepth` is an error, not a stack overflow (the parser
///   keeps its own stack and never recurses).
///
/// Errors name the offending character: a bad escape at its backslash, an unterminated string at
/// its opening quote, a malformed number at its first character, a trailing comma at the closing
/// bracket.
public enum JSONReader {
    public static func read(_ bytes: [UInt8], limits: ReadLimits = .standard) throws(ReadError) -> DataTape {
        guard bytes.count < Int(UInt32.max) else {
            throw ReadError(message: "file is too large to read (4 GiB at most)", location: DataLocation(line: 1, column: 1))
        }
        guard !bytes.isEmpty else {
            throw ReadError(message: "expected a value, found end of input", location: DataLocation(line: 1, column: 1))
        }
        let outcome: Result<TapeStorage, JSONFailure> = bytes.withUnsafeBufferPointer { buffer in
            var parser = JSONParser(input: buffer, limits: limits)
            do throws(JSONFailure) {
                try parser.parseDocument()
            } catch {
                parser.builder.discard()
                return .failure(error)
            }
            return .success(parser.builder.finish(source: bytes, documents: jsonDocuments, format: .json))
        }
        switch outcome {
        case .success(let storage):
            return DataTape(storage: storage)
        case .failure(let failure):
            throw bytes.withUnsafeBufferPointer { failure.readError(in: $0, maxDepth: limits.maxDepth) }
        }
    }
}

/// The one document of every JSON tape, shared.
private let jsonDocuments: [UInt32] = [0]

private let quote = UInt8(ascii: "\"")
private let backslash = UInt8(ascii: "\\")

/// What went wrong and where, as plain data: the parser throws it without building any text, and
/// `readError(in:)` words it.
struct JSONFailure: Error {
    enum Problem: UInt8 {
        case expectedValue, expectedKey, expectedColon, expectedCommaOrBracket, expectedCommaOrBrace
        case trailingCommaBracket, trailingCommaBrace, afterValue
        case digitAfterMinus, leadingZero, digitAfterPoint, digitInExponent
        case invalidTrue, invalidFalse, invalidNull
        case unterminatedString, controlCharacter, invalidUTF8InString
        case invalidEscape, invalidUnicodeEscape, loneSurrogate
        case tooDeep
    }

    let problem: Problem
    let offset: Int
    /// The surrogate of `loneSurrogate`.
    var value: UInt32 = 0

    init(_ problem: Problem, at offset: Int, value: UInt32 = 0) {
        self.problem = problem
        self.offset = offset
        self.value = value
    }

    func readError(in bytes: UnsafeBufferPointer<UInt8>, maxDepth: Int) -> ReadError {
        let found = JSONFailure.describe(bytes, offset)
        let message: String
        switch problem {
        case .expectedValue: message = "expected a value, found \(found)"
        case .expectedKey: message = "expected a string key, found \(found)"
        case .expectedColon: message = "expected ':' after a key, found \(found)"
        case .expectedCommaOrBracket: message = "expected ',' or ']', found \(found)"
        case .expectedCommaOrBrace: message = "expected ',' or '}', found \(found)"
        case .trailingCommaBracket: message = "trailing comma before ']'"
        case .trailingCommaBrace: message = "trailing comma before '}'"
        case .afterValue: message = "unexpected \(found) after the JSON value"
        case .digitAfterMinus: message = "expected a digit after '-'"
        case .leadingZero: message = "numbers cannot have leading zeros"
        case .digitAfterPoint: message = "expected a digit after the decimal point"
        case .digitInExponent: message = "expected a digit in the exponent"
        case .invalidTrue: message = "invalid literal, expected 'true'"
        case .invalidFalse: message = "invalid literal, expected 'false'"
        case .invalidNull: message = "invalid literal, expected 'null'"
        case .unterminatedString: message = "unterminated string"
        case .controlCharacter: message = "unescaped control character \(JSONFailure.codePoint(UInt32(bytes[offset]))) in string"
        case .invalidUTF8InString: message = "invalid UTF-8 in string (byte \(JSONFailure.hexByte(bytes[offset])))"
        case .invalidEscape:
            let escaped = offset + 1 < bytes.count ? bytes[offset + 1] : 0
            message = escaped >= 0x20 && escaped < 0x7F
                ? "invalid escape sequence '\\\(Character(Unicode.Scalar(escaped)))' in string"
                : "invalid escape sequence in string"
        case .invalidUnicodeEscape: message = "invalid \\u escape in string: expected four hex digits"
        case .loneSurrogate: message = "lone surrogate \\u\(JSONFailure.hex4(value)) in string"
        case .tooDeep: message = "nesting is deeper than \(maxDepth) levels"
        }
        return ReadError(message: message, location: TextPosition.location(ofOffset: offset, in: bytes, yamlBreaks: false))
    }

    static func hex4(_ value: UInt32) -> String {
        let digits = String(value, radix: 16, uppercase: true)
        return String(repeating: "0", count: max(0, 4 - digits.count)) + digits
    }

    static func codePoint(_ value: UInt32) -> String { "U+" + hex4(value) }

    static func hexByte(_ byte: UInt8) -> String {
        let digits = String(byte, radix: 16, uppercase: true)
        return "0x" + (digits.count < 2 ? "0" : "") + digits
    }

    /// The character at `offset` for a message: `'x'`, `U+0001`, `'中'`, `invalid UTF-8 byte 0xFF`
    /// or `end of input`.
    static func describe(_ bytes: UnsafeBufferPointer<UInt8>, _ offset: Int) -> String {
        guard offset < bytes.count else { return "end of input" }
        let c = bytes[offset]
        if c < 0x20 || c == 0x7F { return codePoint(UInt32(c)) }
        if c < 0x80 { return "'\(Character(Unicode.Scalar(c)))'" }
        let length = bytes.baseAddress.map { JSONScanner.utf8Length($0, bytes.count, offset) } ?? 0
        guard length > 0 else { return "invalid UTF-8 byte \(hexByte(c))" }
        return "'" + String(decoding: bytes[offset..<offset + length], as: UTF8.self) + "'"
    }
}

/// The parser: an explicit stack of open containers instead of recursion, and one loop that reads
/// a value, then the commas and closing brackets that follow it. Hot paths compare bytes and
/// append records; everything about errors is out of line.
struct JSONParser {
    var scanner: JSONScanner
    let maxDepth: Int
    var builder: TapeBuilder

    var base: UnsafePointer<UInt8> { @inline(__always) get { scanner.base } }
    var n: Int { @inline(__always) get { scanner.n } }
    var i: Int {
        @inline(__always) get { scanner.i }
        @inline(__always) set { scanner.i = newValue }
    }
    var line: Int { @inline(__always) get { scanner.line } }

    init(input: UnsafeBufferPointer<UInt8>, limits: ReadLimits) {
        // `read` answers empty input before making a parser.
        scanner = JSONScanner(base: input.baseAddress!, count: input.count)
        maxDepth = limits.maxDepth
        // Typical data has a node every 10-20 bytes.
        builder = TapeBuilder(recordCapacity: input.count / 12 + 16, decodedCapacity: 0)
    }

    // MARK: - Document

    mutating func parseDocument() throws(JSONFailure) {
        if n >= 3 && base[0] == 0xEF && base[1] == 0xBB && base[2] == 0xBF { i = 3 }
        var stack = ContainerStack(capacity: maxDepth)
        defer { stack.deallocate() }

        // Set after `{` and after a comma in a mapping: a key and a colon come before the value.
        var key = false
        value: while true {
            scanner.skipWhitespace()
            if key {
                key = false
                guard i < n, base[i] == quote else { throw JSONFailure(.expectedKey, at: i) }
                stack.countOne()
                try string()
                scanner.skipWhitespace()
                guard i < n, base[i] == UInt8(ascii: ":") else { throw JSONFailure(.expectedColon, at: i) }
                i &+= 1
                scanner.skipWhitespace()
            } else if stack.depth > 0 && !stack.topIsMapping {
                stack.countOne()
            }
            guard i < n else { throw JSONFailure(.expectedValue, at: i) }
            let c = base[i]
            if c == quote {
                try string()
            } else if c &- UInt8(ascii: "0") < 10 || c == UInt8(ascii: "-") {
                try number()
            } else if c == UInt8(ascii: "{") {
                try open(.mapping, &stack)
                scanner.skipWhitespace()
                if i < n && base[i] == UInt8(ascii: "}") {
                    i &+= 1
                    close(&stack)
                } else {
                    key = true
                    continue value
                }
            } else if c == UInt8(ascii: "[") {
                try open(.sequence, &stack)
                scanner.skipWhitespace()
                if i < n && base[i] == UInt8(ascii: "]") {
                    i &+= 1
                    close(&stack)
                } else {
                    continue value
                }
            } else if c == UInt8(ascii: "t") {
                try literal(0x6575_7274, length: 4, style: .trueLiteral, kind: .scalar, .invalidTrue)
            } else if c == UInt8(ascii: "f") {
                try literal(0x736C_6166, length: 5, style: .falseLiteral, kind: .scalar, .invalidFalse)
            } else if c == UInt8(ascii: "n") {
                try literal(0x6C6C_756E, length: 4, style: .nullLiteral, kind: .null, .invalidNull)
            } else {
                throw JSONFailure(.expectedValue, at: i)
            }

            // After a value: commas and closing brackets until the next value starts.
            while true {
                scanner.skipWhitespace()
                guard stack.depth > 0 else {
                    guard i == n else { throw JSONFailure(.afterValue, at: i) }
                    return
                }
                let c: UInt8 = i < n ? base[i] : 0
                if stack.topIsMapping {
                    if c == UInt8(ascii: ",") {
                        i &+= 1
                        scanner.skipWhitespace()
                        if i < n && base[i] == UInt8(ascii: "}") { throw JSONFailure(.trailingCommaBrace, at: i) }
                        key = true
                        continue value
                    }
                    guard c == UInt8(ascii: "}") else { throw JSONFailure(.expectedCommaOrBrace, at: i) }
                } else {
                    if c == UInt8(ascii: ",") {
                        i &+= 1
                        scanner.skipWhitespace()
                        if i < n && base[i] == UInt8(ascii: "]") { throw JSONFailure(.trailingCommaBracket, at: i) }
                        continue value
                    }
                    guard c == UInt8(ascii: "]") else { throw JSONFailure(.expectedCommaOrBracket, at: i) }
                }
                i &+= 1
                close(&stack)
            }
        }
    }

    @inline(__always)
    mutating func open(_ kind: DataTape.Kind, _ stack: inout ContainerStack) throws(JSONFailure) {
        guard stack.depth < maxDepth else { throw JSONFailure(.tooDeep, at: i) }
        stack.push(index: UInt32(truncatingIfNeeded: builder.count), isMapping: kind == .mapping)
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: kind, style: .flow, extra: line), a: 0, b: 0,
            pos: UInt32(truncatingIfNeeded: i)))
        i &+= 1
    }

    @inline(__always)
    mutating func close(_ stack: inout ContainerStack) {
        let (index, count) = stack.pop()
        let record = builder.records + Int(index)
        record.pointee.a = UInt32(truncatingIfNeeded: builder.count)
        record.pointee.b = count
    }

    // MARK: - Scalars

    /// `true`, `false` (checked from its second byte) or `null`: four bytes compared at once.
    @inline(__always)
    mutating func literal(
        _ expected: UInt32, length: Int, style: DataTape.Style, kind: DataTape.Kind, _ problem: JSONFailure.Problem
    ) throws(JSONFailure) {
        guard scanner.literalMatches(expected, length: length) else { throw JSONFailure(problem, at: i) }
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: kind, style: style, extra: line),
            a: UInt32(truncatingIfNeeded: i), b: UInt32(truncatingIfNeeded: length), pos: UInt32(truncatingIfNeeded: i)))
        i &+= length
    }

    /// A number at `i`, kept as text.
    @inline(__always)
    mutating func number() throws(JSONFailure) {
        let start = i
        try scanner.scanNumber()
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: .scalar, style: .number, extra: line),
            a: UInt32(truncatingIfNeeded: start), b: UInt32(truncatingIfNeeded: i &- start),
            pos: UInt32(truncatingIfNeeded: start)))
    }

    /// A string at `base[i] == '"'`. Without escapes its text is the source range; with escapes
    /// it is decoded into the tape's decoded buffer.
    @inline(__always)
    mutating func string() throws(JSONFailure) {
        let open = i
        i &+= 1
        let start = i
        guard try scanner.scanStringBody(open: open) else {
            try escapedString(open: open, start: start)
            return
        }
        builder.append(TapeRecord(
            word: TapeRecord.word(kind: .scalar, style: .string, extra: line),
            a: UInt32(truncatingIfNeeded: start), b: UInt32(truncatingIfNeeded: i &- start),
            pos: UInt32(truncatingIfNeeded: open)))
        i &+= 1
    }

    /// The slow path of `string()`: from the first backslash on, the text is decoded.
    @inline(never)
    mutating func escapedString(open: Int, start: Int) throws(JSONFailure) {
        let decodedStart = builder.decodedCount
        builder.appendDecoded(base + start, count: i - start)
        while true {
            // Copy a run of plain bytes at once.
            let runStart = i
            while true {
                i = scanner.scanPlain(from: i)
                guard i < n, base[i] >= 0x80 else { break }
                try scanner.skipNonASCII()
            }
            if i > runStart { builder.appendDecoded(base + runStart, count: i - runStart) }
            guard i < n else { throw JSONFailure(.unterminatedString, at: open) }
            let c = base[i]
            if c == quote {
                builder.append(TapeRecord(
                    word: TapeRecord.word(kind: .scalar, style: .string, flags: TapeRecord.decodedFlag, extra: line),
                    a: UInt32(truncatingIfNeeded: decodedStart),
                    b: UInt32(truncatingIfNeeded: builder.decodedCount - decodedStart),
                    pos: UInt32(truncatingIfNeeded: open)))
                i += 1
                return
            }
            if c != backslash { throw JSONFailure(.controlCharacter, at: i) }
            try escape()
        }
    }

    /// One escape at `base[i] == '\'`, appended decoded.
    mutating func escape() throws(JSONFailure) {
        let slash = i
        guard i + 1 < n else { throw JSONFailure(.unterminatedString, at: slash) }
        let simple: UInt8
        switch base[i + 1] {
        case quote: simple = quote
        case backslash: simple = backslash
        case UInt8(ascii: "/"): simple = UInt8(ascii: "/")
        case UInt8(ascii: "b"): simple = 0x08
        case UInt8(ascii: "f"): simple = 0x0C
        case UInt8(ascii: "n"): simple = 0x0A
        case UInt8(ascii: "r"): simple = 0x0D
        case UInt8(ascii: "t"): simple = 0x09
        case UInt8(ascii: "u"):
            var scalar = try hex4(at: slash)
            i = slash + 6
            if scalar >= 0xD800 && scalar <= 0xDBFF {
                guard i + 1 < n, base[i] == backslash, base[i + 1] == UInt8(ascii: "u") else {
                    throw JSONFailure(.loneSurrogate, at: slash, value: scalar)
                }
                let low = try hex4(at: i)
                guard low >= 0xDC00 && low <= 0xDFFF else { throw JSONFailure(.loneSurrogate, at: slash, value: scalar) }
                scalar = 0x10000 + ((scalar - 0xD800) << 10) + (low - 0xDC00)
                i += 6
            } else if scalar >= 0xDC00 && scalar <= 0xDFFF {
                throw JSONFailure(.loneSurrogate, at: slash, value: scalar)
            }
            appendScalar(scalar)
            return
        default:
            throw JSONFailure(.invalidEscape, at: slash)
        }
        builder.appendDecoded(simple)
        i += 2
    }

    /// The four hex digits of a `\u` escape at `slash`.
    func hex4(at slash: Int) throws(JSONFailure) -> UInt32 {
        guard slash + 6 <= n else { throw JSONFailure(.invalidUnicodeEscape, at: slash) }
        var value: UInt32 = 0
        for k in 2..<6 {
            let c = base[slash + k]
            let digit: UInt8
            switch c {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): digit = c - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): digit = c - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): digit = c - UInt8(ascii: "A") + 10
            default: throw JSONFailure(.invalidUnicodeEscape, at: slash)
            }
            value = value << 4 | UInt32(digit)
        }
        return value
    }

    mutating func appendScalar(_ scalar: UInt32) {
        if scalar < 0x80 {
            builder.appendDecoded(UInt8(scalar))
        } else if scalar < 0x800 {
            builder.appendDecoded(UInt8(0xC0 | scalar >> 6))
            builder.appendDecoded(UInt8(0x80 | scalar & 0x3F))
        } else if scalar < 0x10000 {
            builder.appendDecoded(UInt8(0xE0 | scalar >> 12))
            builder.appendDecoded(UInt8(0x80 | scalar >> 6 & 0x3F))
            builder.appendDecoded(UInt8(0x80 | scalar & 0x3F))
        } else {
            builder.appendDecoded(UInt8(0xF0 | scalar >> 18))
            builder.appendDecoded(UInt8(0x80 | scalar >> 12 & 0x3F))
            builder.appendDecoded(UInt8(0x80 | scalar >> 6 & 0x3F))
            builder.appendDecoded(UInt8(0x80 | scalar & 0x3F))
        }
    }
}

/// The open containers of the JSON parser: node index, elements or entries so far, and whether
/// it is a mapping, packed in one word each. Starts small and grows up to the depth limit.
struct ContainerStack {
    // bits 0-31 node index, bits 32-62 count, bit 63 mapping
    private var entries: UnsafeMutablePointer<UInt64>
    private var capacity: Int
    private(set) var depth = 0

    init(capacity: Int) {
        self.capacity = min(capacity, 32)
        entries = TapeBuilder.reallocate(nil, self.capacity)
    }

    func deallocate() {
        free(entries)
    }

    @inline(__always) var topIsMapping: Bool { entries[depth &- 1] >> 63 != 0 }

    /// Adds one to the top container's count.
    @inline(__always)
    func countOne() {
        entries[depth &- 1] &+= 1 << 32
    }

    @inline(__always)
    mutating func push(index: UInt32, isMapping: Bool) {
        if depth == capacity { grow() }
        entries[depth] = UInt64(index) | (isMapping ? 1 << 63 : 0)
        depth &+= 1
    }

    @inline(never)
    mutating func grow() {
        capacity *= 2
        entries = TapeBuilder.reallocate(entries, capacity)
    }

    @inline(__always)
    mutating func pop() -> (index: UInt32, count: UInt32) {
        depth &-= 1
        let entry = entries[depth]
        return (UInt32(truncatingIfNeeded: entry), UInt32(truncatingIfNeeded: entry >> 32) & 0x7FFF_FFFF)
    }
}
