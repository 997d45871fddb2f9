/// The byte-level grammar of JSON shared by the tape reader (`JSONParser`) and the one-pass typer
/// (`DirectJSONTyper`): a cursor over the file's bytes that skips whitespace counting lines,
/// finds the end of a string checking its UTF-8, and checks a number's grammar. It records
/// nothing: each caller does what it needs with the ranges.
struct JSONScanner {
    let base: UnsafePointer<UInt8>
    let n: Int
    var i = 0
    /// The 1-based line of `i`.
    var line: Int = 1
    /// The offset of the first byte of that line (0 on the first line, byte order mark or not).
    var lineStart = 0

    init(base: UnsafePointer<UInt8>, count: Int) {
        self.base = base
        n = count
    }

    // MARK: - Whitespace

    /// Skips spaces, tabs and line breaks, counting lines. The usual cases (no space, or one
    /// space after `:` and `,`) cost one or two compares.
    @inline(__always)
    mutating func skipWhitespace() {
        if i < n && base[i] > 0x20 { return }
        if i &+ 1 < n && base[i] == 0x20 && base[i &+ 1] > 0x20 {
            i &+= 1
            return
        }
        skipWhitespaceRun()
    }

    /// Bits of space, tab, LF and CR.
    static let whitespaceBits: UInt64 = 1 << 0x20 | 1 << 0x09 | 1 << 0x0A | 1 << 0x0D

    /// A run of whitespace (a line break and indentation, mostly): eight bytes at a time, lines
    /// counted from the bytes skipped, no branch per byte.
    mutating func skipWhitespaceRun() {
        // A line break and a short indentation, byte by byte: for the few bytes pretty-printed
        // JSON puts between values, cheaper than words. Longer runs and CR go on below.
        var at = i
        let end = min(n, i &+ 8)
        while at < end {
            let c = base[at]
            if c == 0x0A {
                line &+= 1
                lineStart = at &+ 1
            } else if c != 0x20 && c != 0x09 {
                break
            }
            at &+= 1
        }
        i = at
        // Stopped at something else than whitespace; a CR is counted below.
        if at < end && base[at] != 0x0D { return }
        #if _endian(little)
        let ones: UInt64 = 0x0101_0101_0101_0101
        while i &+ 8 <= n {
            let word = UnsafeRawPointer(base + i).loadUnaligned(as: UInt64.self)
            if JSONScanner.zeroBytes(word ^ (ones &* 0x0D)) != 0 { break }  // CR: byte by byte
            let lineFeeds = JSONScanner.zeroBytes(word ^ (ones &* 0x0A))
            let white = JSONScanner.zeroBytes(word ^ (ones &* 0x20)) | JSONScanner.zeroBytes(word ^ (ones &* 0x09)) | lineFeeds
            let other = ~white & 0x8080_8080_8080_8080
            if other == 0 {
                countLines(lineFeeds)
                i &+= 8
                continue
            }
            let skipped = other.trailingZeroBitCount &>> 3
            countLines(lineFeeds & ((1 as UInt64) &<< (skipped &* 8) &- 1))
            i &+= skipped
            return
        }
        #endif
        while i < n {
            let c = base[i]
            guard c <= 0x20, (1 as UInt64) << c & JSONScanner.whitespaceBits != 0 else { return }
            if c == 0x0D {
                // A lone CR ends a line too; in CRLF the LF counts.
                if i &+ 1 >= n || base[i &+ 1] != 0x0A {
                    line &+= 1
                    lineStart = i &+ 1
                }
            } else if c == 0x0A {
                line &+= 1
                lineStart = i &+ 1
            }
            i &+= 1
        }
    }

    /// The line feeds of the word at `i` (high bits of their bytes): lines counted, and the
    /// last one's line started.
    @inline(__always)
    private mutating func countLines(_ lineFeeds: UInt64) {
        guard lineFeeds != 0 else { return }
        line &+= JSONScanner.countBytes(lineFeeds)
        lineStart = i &+ (63 &- lineFeeds.leadingZeroBitCount) &>> 3 &+ 1
    }

    /// How many bytes have their high bit set (and no other bit), without a popcount instruction.
    @inline(__always)
    static func countBytes(_ highBits: UInt64) -> Int {
        Int(truncatingIfNeeded: ((highBits &>> 7) &* 0x0101_0101_0101_0101) &>> 56)
    }

    /// The high bit of each zero byte, exactly (no borrow between bytes).
    @inline(__always)
    static func zeroBytes(_ x: UInt64) -> UInt64 {
        let low7: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        return ~(((x & low7) &+ low7) | x) & 0x8080_8080_8080_8080
    }

    // MARK: - Numbers and strings

    @inline(__always)
    func isDigit(_ c: UInt8) -> Bool { c &- UInt8(ascii: "0") < 10 }

    @inline(__always)
    func digit(at index: Int) -> Bool { index < n && base[index] &- UInt8(ascii: "0") < 10 }

    /// `-? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?` at `i`, which is `-` or a digit;
    /// `i` ends after it. Errors name the number's first character.
    @inline(__always)
    mutating func scanNumber() throws(JSONFailure) {
        let start = i
        if base[i] == UInt8(ascii: "-") {
            i &+= 1
            guard digit(at: i) else { throw JSONFailure(.digitAfterMinus, at: start) }
        }
        if base[i] == UInt8(ascii: "0") {
            i &+= 1
            if digit(at: i) { throw JSONFailure(.leadingZero, at: start) }
        } else {
            i &+= 1
            while digit(at: i) { i &+= 1 }
        }
        if i < n && base[i] == UInt8(ascii: ".") {
            i &+= 1
            guard digit(at: i) else { throw JSONFailure(.digitAfterPoint, at: start) }
            i &+= 1
            while digit(at: i) { i &+= 1 }
        }
        if i < n && base[i] | 0x20 == UInt8(ascii: "e") {
            i &+= 1
            if i < n && (base[i] == UInt8(ascii: "+") || base[i] == UInt8(ascii: "-")) { i &+= 1 }
            guard digit(at: i) else { throw JSONFailure(.digitInExponent, at: start) }
            i &+= 1
            while digit(at: i) { i &+= 1 }
        }
    }

    /// From `i`, inside a string opened at `open`, to its closing quote (true) or its first
    /// backslash (false), checking UTF-8 and control characters on the way.
    @inline(__always)
    mutating func scanStringBody(open: Int) throws(JSONFailure) -> Bool {
        while true {
            i = scanPlain(from: i)
            guard i < n else { throw JSONFailure(.unterminatedString, at: open) }
            let c = base[i]
            if c == UInt8(ascii: "\"") { return true }
            if c >= 0x80 {
                try skipNonASCII()
            } else if c == UInt8(ascii: "\\") {
                return false
            } else {
                throw JSONFailure(.controlCharacter, at: i)
            }
        }
    }

    /// Whether the literal `true`, `false` or `null` (`length` bytes, the first four as a
    /// little-endian word) is at `i`.
    @inline(__always)
    func literalMatches(_ expected: UInt32, length: Int) -> Bool {
        guard i &+ length <= n,
              UnsafeRawPointer(base + i).loadUnaligned(as: UInt32.self) == UInt32(littleEndian: expected)
        else { return false }
        return length == 4 || base[i &+ 4] == UInt8(ascii: "e")
    }

    /// The index of the first byte from `index` on that is `"`, `\`, a control character or
    /// non-ASCII (or `n`): eight bytes at a time.
    @inline(__always)
    func scanPlain(from index: Int) -> Int {
        var index = index
        #if _endian(little)
        while index &+ 16 <= n {
            let first = JSONScanner.specialBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            let second = JSONScanner.specialBytes(UnsafeRawPointer(base + index + 8).loadUnaligned(as: UInt64.self))
            if first | second != 0 {
                // Branch-free: the first word's hit, or 64 plus the second's.
                let low = first.trailingZeroBitCount
                let hit = low &+ (low &>> 6) &* second.trailingZeroBitCount
                return index &+ hit &>> 3
            }
            index &+= 16
        }
        while index &+ 8 <= n {
            let mask = JSONScanner.specialBytes(UnsafeRawPointer(base + index).loadUnaligned(as: UInt64.self))
            if mask != 0 { return index &+ mask.trailingZeroBitCount &>> 3 }
            index &+= 8
        }
        #endif
        while index < n {
            let c = base[index]
            if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 || c >= 0x80 { return index }
            index &+= 1
        }
        return index
    }

    /// The high bit of each byte that is `"`, `\`, a control character or non-ASCII. Exact for
    /// the lowest such byte (the borrow of a subtraction only spills upwards).
    @inline(__always)
    static func specialBytes(_ word: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        let highs: UInt64 = 0x8080_8080_8080_8080
        let quotes = word ^ (ones &* 0x22)
        let slashes = word ^ (ones &* 0x5C)
        let quoteMask = (quotes &- ones) & ~quotes
        let slashMask = (slashes &- ones) & ~slashes
        let controlMask = (word &- ones &* 0x20) & ~word
        return (quoteMask | slashMask | controlMask | word) & highs
    }

    /// Valid UTF-8 sequences from `base[i] >= 0x80` up to the next ASCII byte.
    @inline(never)
    mutating func skipNonASCII() throws(JSONFailure) {
        while i < n && base[i] >= 0x80 {
            let length = JSONScanner.utf8Length(base, n, i)
            guard length > 0 else { throw JSONFailure(.invalidUTF8InString, at: i) }
            i &+= length
        }
    }

    /// Length of the valid UTF-8 sequence at `index` (a non-ASCII lead byte), or 0: no overlong
    /// forms, no surrogates, nothing above U+10FFFF.
    static func utf8Length(_ base: UnsafePointer<UInt8>, _ n: Int, _ index: Int) -> Int {
        let b0 = base[index]
        func continuation(_ k: Int, _ low: UInt8 = 0x80, _ high: UInt8 = 0xBF) -> Bool {
            index + k < n && base[index + k] >= low && base[index + k] <= high
        }
        if b0 < 0xC2 { return 0 }
        if b0 < 0xE0 { return continuation(1) ? 2 : 0 }
        if b0 < 0xF0 {
            let ok = b0 == 0xE0 ? continuation(1, 0xA0) : b0 == 0xED ? continuation(1, 0x80, 0x9F) : continuation(1)
            return ok && continuation(2) ? 3 : 0
        }
        if b0 < 0xF5 {
            let ok = b0 == 0xF0 ? continuation(1, 0x90) : b0 == 0xF4 ? continuation(1, 0x80, 0x8F) : continuation(1)
            return ok && continuation(2) && continuation(3) ? 4 : 0
        }
        return 0
    }
}
