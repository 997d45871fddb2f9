/// The bytes of one file, built by appending. YAML and JSON are written by hand, not through a
/// serializer, so that the scalars a YAML 1.1 reader would mistype (`NO`, `0755`, `0012345`,
/// `1e3`) stay plain and unquoted, and money keeps its two decimals (`35.50`).
struct TextBuffer {
    private(set) var bytes: [UInt8] = []

    init(capacity: Int = 4096) { bytes.reserveCapacity(capacity) }

    mutating func reset() { bytes.removeAll(keepingCapacity: true) }

    mutating func text(_ string: String) { bytes.append(contentsOf: string.utf8) }

    mutating func byte(_ value: UInt8) { bytes.append(value) }

    mutating func newline() { bytes.append(0x0A) }

    mutating func spaces(_ count: Int) {
        for _ in 0..<count { bytes.append(0x20) }
    }

    /// A decimal integer, zero-padded to `width` digits.
    mutating func int(_ value: Int, width: Int = 0) {
        if value < 0 { bytes.append(UInt8(ascii: "-")) }
        var magnitude = value.magnitude
        var divisor: UInt = 1
        var digits = 1
        while magnitude / divisor >= 10 {
            divisor *= 10
            digits += 1
        }
        for _ in digits..<max(digits, width) { bytes.append(UInt8(ascii: "0")) }
        while divisor > 0 {
            bytes.append(UInt8(48 + magnitude / divisor))
            magnitude %= divisor
            divisor /= 10
        }
    }

    /// A fixed-point number: `fixed(3550, scale: 2)` is `35.50`, `fixed(45, scale: 3)` is `0.045`.
    mutating func fixed(_ units: Int, scale: Int) {
        var divisor = 1
        for _ in 0..<scale { divisor *= 10 }
        if units < 0 { bytes.append(UInt8(ascii: "-")) }
        let magnitude = abs(units)
        int(magnitude / divisor)
        if scale > 0 {
            bytes.append(UInt8(ascii: "."))
            int(magnitude % divisor, width: scale)
        }
    }

    /// Money in cents as an exact decimal: `35.50`.
    mutating func money(_ cents: Int) { fixed(cents, scale: 2) }

    /// Two decimal digits, for dates and times.
    mutating func twoDigits(_ value: Int) {
        bytes.append(UInt8(48 + value / 10))
        bytes.append(UInt8(48 + value % 10))
    }

    /// `2025-11-11`
    mutating func date(_ days: Int) {
        let (year, month, day) = Civil.date(days)
        if (1000...9999).contains(year) {
            twoDigits(year / 100)
            twoDigits(year % 100)
        } else {
            int(year, width: 4)
        }
        byte(UInt8(ascii: "-"))
        twoDigits(month)
        byte(UInt8(ascii: "-"))
        twoDigits(day)
    }

    /// `2025-11-11T20:00:00+08:00`, `2025-11-11T20:00+08:00` or `2025-11-11T12:00:00Z`.
    mutating func dateTime(_ stamp: Stamp) {
        let local = stamp.instant + Int64(stamp.offset) * 60
        let day = Int(Civil.floorDiv(local, 86_400))
        let second = Int(local - Int64(day) * 86_400)
        date(day)
        byte(UInt8(ascii: "T"))
        twoDigits(second / 3600)
        byte(UInt8(ascii: ":"))
        twoDigits(second / 60 % 60)
        if stamp.form != .minutes {
            byte(UInt8(ascii: ":"))
            twoDigits(second % 60)
        }
        if stamp.form == .utc {
            byte(UInt8(ascii: "Z"))
            return
        }
        byte(stamp.offset < 0 ? UInt8(ascii: "-") : UInt8(ascii: "+"))
        twoDigits(abs(stamp.offset) / 60)
        byte(UInt8(ascii: ":"))
        twoDigits(abs(stamp.offset) % 60)
    }

    // MARK: JSON

    /// A JSON string literal.
    mutating func jsonString(_ string: String) {
        byte(UInt8(ascii: "\""))
        for unit in string.utf8 {
            switch unit {
            case UInt8(ascii: "\""): text("\\\"")
            case UInt8(ascii: "\\"): text("\\\\")
            case 0x0A: text("\\n")
            case 0x09: text("\\t")
            case 0x0D: text("\\r")
            case 0..<0x20:
                text("\\u00")
                byte(Self.hex[Int(unit >> 4)])
                byte(Self.hex[Int(unit & 0xF)])
            default: byte(unit)
            }
        }
        byte(UInt8(ascii: "\""))
    }

    private static let hex = Array("0123456789abcdef".utf8)

    // MARK: YAML

    /// A free-text YAML value after `key: `: plain when that reads back as the same text, double
    /// quoted otherwise, a literal block (`|-`) when it spans lines. `indent` is the indentation
    /// of the key, for the lines of a block.
    mutating func yamlText(_ string: String, indent: Int) {
        if Self.isPlainSafe(string) {
            text(string)
        } else if Self.fitsLiteralBlock(string) {
            text(string.utf8.last == 0x0A ? "|" : "|-")
            var lines = string.split(separator: "\n", omittingEmptySubsequences: false)
            if string.utf8.last == 0x0A { lines.removeLast() }
            for line in lines {
                newline()
                if !line.isEmpty {
                    spaces(indent + 2)
                    text(String(line))
                }
            }
        } else {
            yamlQuoted(string)
        }
    }

    /// Several lines of printable text whose first line does not start with a space and that
    /// ends with at most one line break: what `|` and `|-` give back unchanged.
    static func fitsLiteralBlock(_ string: String) -> Bool {
        let utf8 = Array(string.utf8)
        guard utf8.contains(0x0A), let first = utf8.first, first != 0x20, first != 0x0A else { return false }
        if utf8.count >= 2 && utf8[utf8.count - 1] == 0x0A && utf8[utf8.count - 2] == 0x0A { return false }
        return utf8.allSatisfy { ($0 >= 0x20 && $0 != 0x7F) || $0 == 0x0A }
    }

    /// A double-quoted YAML scalar.
    mutating func yamlQuoted(_ string: String) {
        // The escapes of YAML double-quoted scalars are a superset of JSON's.
        jsonString(string)
    }

    /// Whether `string` can be written as a plain YAML scalar in block context and read back as
    /// exactly this text. Conservative: anything doubtful is quoted. Texts that merely look like
    /// numbers, booleans or dates are plain on purpose: the schema types them (PRODUCT.md §3).
    static func isPlainSafe(_ string: String) -> Bool {
        if let safe = string.utf8.withContiguousStorageIfAvailable({ isPlainSafe($0) }) { return safe }
        return Array(string.utf8).withUnsafeBufferPointer { isPlainSafe($0) }
    }

    private static func isPlainSafe(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard let first = bytes.first, let last = bytes.last else { return false }
        if bytes.count <= 4 {
            switch String(decoding: bytes, as: UTF8.self) {
            case "null", "Null", "NULL", "~": return false
            default: break
            }
        }
        if first == 0x20 || last == 0x20 || last == UInt8(ascii: ":") || indicators[Int(first)] { return false }
        var previous: UInt8 = 0
        var index = 0
        while index < bytes.count {
            let unit = bytes[index]
            if unit < 0x20 || unit == 0x7F { return false }
            if unit == UInt8(ascii: "#") && previous == 0x20 { return false }
            if unit == 0x20 && previous == UInt8(ascii: ":") { return false }
            // U+0085, U+2028, U+2029 (line breaks to YAML) and U+FEFF (a byte order mark).
            if unit == 0xC2 && index + 1 < bytes.count && bytes[index + 1] == 0x85 { return false }
            if unit == 0xE2 && index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) {
                return false
            }
            if unit == 0xEF && index + 2 < bytes.count && bytes[index + 1] == 0xBB && bytes[index + 2] == 0xBF { return false }
            previous = unit
            index += 1
        }
        return true
    }

    /// The characters that may not start a plain scalar.
    private static let indicators: [Bool] = {
        var table = [Bool](repeating: false, count: 256)
        for unit in "-?:,[]{}#&*!|>'\"%@`".utf8 { table[Int(unit)] = true }
        return table
    }()
}
