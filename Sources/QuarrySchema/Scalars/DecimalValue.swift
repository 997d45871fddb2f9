/// An exact decimal number for money (PRODUCT.md §3 `Decimal`): a significand and a count of
/// digits after the point. `35.50` is 3550 at scale 2 and prints back as `35.50`; comparison
/// ignores trailing zeros (SEMANTICS.md §9.1), sums keep the largest scale (§15.1).
public struct DecimalValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var significand: Int64
    public var scale: UInt8

    /// At most 18 significant digits, so that a sum of a million values cannot overflow the
    /// 128-bit accumulator.
    public static let maximumDigits = 18

    public init(significand: Int64, scale: UInt8) {
        self.significand = significand
        self.scale = scale
    }

    /// Parses plain decimal text (`-12`, `0.10`, `1234.50`) or exponent form (`1.5e2`, as JSON
    /// numbers may be written); nil when it is not a decimal number or has too many digits.
    public init?(parsing text: some StringProtocol) {
        var bytes = Array(text.utf8)[...]
        var negative = false
        if let first = bytes.first, first == UInt8(ascii: "-") || first == UInt8(ascii: "+") {
            negative = first == UInt8(ascii: "-")
            bytes = bytes.dropFirst()
        }
        var digits: [UInt8] = []
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        var index = bytes.startIndex
        while index < bytes.endIndex {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
                if !(digits.isEmpty && byte == UInt8(ascii: "0")) || seenPoint { digits.append(byte - 48) }
                if seenPoint { scale += 1 }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && seenDigit {
                guard let value = Int(String(decoding: bytes[(index + 1)...], as: UTF8.self)), abs(value) < 64 else {
                    return nil
                }
                exponent = value
                index = bytes.endIndex
                break
            } else {
                return nil
            }
            index += 1
        }
        guard seenDigit else { return nil }
        // Leading zeros after the point were kept; strip the ones before any significant digit.
        while digits.count > 1 && digits.first == 0 { digits.removeFirst() }
        scale -= exponent
        if scale < 0 {
            digits += Array(repeating: 0, count: -scale)
            scale = 0
        }
        guard digits.count <= Self.maximumDigits, scale <= Int(UInt8.max) else { return nil }
        var value: Int64 = 0
        for digit in digits { value = value * 10 + Int64(digit) }
        self.init(significand: negative ? -value : value, scale: UInt8(scale))
    }

    /// The significand at a larger scale.
    func widened(to target: UInt8) -> Int128 {
        var value = Int128(significand)
        for _ in 0..<(Int(target) - Int(scale)) { value *= 10 }
        return value
    }

    public static func < (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.widened(to: scale) < rhs.widened(to: scale)
    }

    /// Equal values compare equal whatever their scale (`6.0 == 6.00`).
    public static func == (lhs: DecimalValue, rhs: DecimalValue) -> Bool {
        let scale = max(lhs.scale, rhs.scale)
        return lhs.widened(to: scale) == rhs.widened(to: scale)
    }

    public func hash(into hasher: inout Hasher) {
        // Hash the value without trailing zeros so that equal values hash alike.
        var value = significand
        var scale = scale
        while scale > 0 && value % 10 == 0 {
            value /= 10
            scale -= 1
        }
        hasher.combine(value)
        hasher.combine(scale)
    }
}

/// An exact running sum of decimals, at the largest scale seen (SEMANTICS.md §6.4, §15.1).
public struct DecimalSum: Sendable {
    public private(set) var total: Int128 = 0
    public private(set) var scale: UInt8 = 0
    public private(set) var count = 0

    public init() {}

    public mutating func add(_ value: DecimalValue) {
        if value.scale > scale {
            for _ in 0..<(Int(value.scale) - Int(scale)) { total *= 10 }
            scale = value.scale
        }
        total += value.widened(to: scale)
        count += 1
    }

    /// The sum, 0 when nothing was added; nil if it no longer fits 18 digits.
    public var sum: DecimalValue? {
        guard let significand = Int64(exactly: total) else { return nil }
        return DecimalValue(significand: significand, scale: scale)
    }

    /// The exact mean rounded half away from zero at the largest input scale; nil for no values.
    public var mean: DecimalValue? {
        guard count > 0 else { return nil }
        let divisor = Int128(count)
        var quotient = total / divisor
        let remainder = total % divisor
        if remainder.magnitude * 2 >= divisor.magnitude { quotient += total < 0 ? -1 : 1 }
        guard let significand = Int64(exactly: quotient) else { return nil }
        return DecimalValue(significand: significand, scale: scale)
    }
}
