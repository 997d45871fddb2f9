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
        guard let value = withUTF8(of: text, DecimalValue.init(utf8:)) else { return nil }
        self = value
    }

    /// The same from UTF-8 bytes, in one pass without allocating (the store types values in
    /// place). Digits count from the first non-zero one; zeros after the point before it count
    /// as one digit (`0.00` has one), and so do the zeros an exponent appends.
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var index = 0
        var negative = false
        if index < bytes.count, bytes[index] == UInt8(ascii: "-") || bytes[index] == UInt8(ascii: "+") {
            negative = bytes[index] == UInt8(ascii: "-")
            index += 1
        }
        var value: Int64 = 0
        var significant = 0
        var zeroAfterPoint = false
        var scale = 0
        var seenPoint = false
        var seenDigit = false
        var exponent = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte >= UInt8(ascii: "0") && byte <= UInt8(ascii: "9") {
                seenDigit = true
                if seenPoint { scale += 1 }
                if significant == 0 && byte == UInt8(ascii: "0") {
                    if seenPoint { zeroAfterPoint = true }
                } else {
                    significant += 1
                    guard significant <= Self.maximumDigits else { return nil }
                    value = value * 10 + Int64(byte - 48)
                }
            } else if byte == UInt8(ascii: ".") && !seenPoint {
                seenPoint = true
            } else if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && seenDigit {
                // Below 64 in magnitude: more would overflow the significand or the scale.
                let digits = UnsafeBufferPointer(rebasing: bytes[(index + 1)...])
                guard let parsed = parseSignedInteger(digits, maximumMagnitude: 63) else { return nil }
                exponent = Int(parsed)
                break
            } else {
                return nil
            }
            index += 1
        }
        guard seenDigit else { return nil }
        var digitCount = significant > 0 ? significant : (zeroAfterPoint ? 1 : 0)
        scale -= exponent
        if scale < 0 {
            digitCount += -scale
            guard digitCount <= Self.maximumDigits else { return nil }
            for _ in 0..<(-scale) { value *= 10 }
            scale = 0
        }
        guard digitCount <= Self.maximumDigits, scale <= Int(UInt8.max) else { return nil }
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
