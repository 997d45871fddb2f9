import QuarrySchema
import QuarryStore

/// The value order and equality of filters, sort keys, cursors, extremes and groups
/// (SEMANTICS.md §3.4, §4.2): numbers numerically (Decimal exactly), strings by Unicode code
/// point without normalization (`é` U+00E9 is not `e` + U+0301), `false` before `true`, enums
/// in declaration order, `Date` chronologically, `DateTime` by instant. Swift's own `String`
/// comparison normalizes, so text is compared as UTF-8 bytes, whose order is code point order.
enum ValueOrdering {
    /// -1, 0 or 1 comparing two texts code point by code point. Reads the UTF-8 bytes in
    /// place (no copy of either string, so no reference count touched).
    @inline(__always)
    static func compareText(_ lhs: String, _ rhs: String) -> Int {
        let inPlace = lhs.utf8.withContiguousStorageIfAvailable { left in
            rhs.utf8.withContiguousStorageIfAvailable { right in compareBytes(left, right) }
        }
        if let inPlace, let result = inPlace { return result }
        return lhs.utf8.lexicographicallyPrecedes(rhs.utf8) ? -1 : (lhs.utf8.elementsEqual(rhs.utf8) ? 0 : 1)
    }

    @inline(__always)
    private static func compareBytes(_ left: UnsafeBufferPointer<UInt8>, _ right: UnsafeBufferPointer<UInt8>) -> Int {
        let count = min(left.count, right.count)
        var index = 0
        while index < count {
            let a = left[index]
            let b = right[index]
            if a != b { return a < b ? -1 : 1 }
            index += 1
        }
        return left.count == right.count ? 0 : (left.count < right.count ? -1 : 1)
    }

    @inline(__always)
    static func sameText(_ lhs: String, _ rhs: String) -> Bool {
        lhs.utf8.count == rhs.utf8.count && compareText(lhs, rhs) == 0
    }

    /// -1, 0 or 1; null sorts after every value (nulls last), values of different kinds by a
    /// fixed rank (only computed code returning an unexpected kind can mix them).
    static func compare(_ lhs: StoredValue, _ rhs: StoredValue) -> Int {
        switch (lhs, rhs) {
        case (.int(let a), .int(let b)): return order(a, b)
        case (.float(let a), .float(let b)): return order(a, b)
        case (.int(let a), .float(let b)): return order(Double(a), b)
        case (.float(let a), .int(let b)): return order(a, Double(b))
        case (.decimal(let a), .decimal(let b)): return compareDecimals(a, b)
        case (.decimal(let a), .int(let b)): return compareDecimals(a, DecimalValue(significand: Int64(b), scale: 0))
        case (.int(let a), .decimal(let b)): return compareDecimals(DecimalValue(significand: Int64(a), scale: 0), b)
        case (.string(let a), .string(let b)), (.reference(let a), .reference(let b)): return compareText(a, b)
        case (.enumValue(let a), .enumValue(let b)): return order(a, b)
        case (.boolean(let a), .boolean(let b)): return a == b ? 0 : (a ? 1 : -1)
        case (.date(let a), .date(let b)): return order(a.daysSinceEpoch, b.daysSinceEpoch)
        case (.dateTime(let a), .dateTime(let b)):
            let seconds = order(a.epochSeconds, b.epochSeconds)
            return seconds != 0 ? seconds : order(a.nanoseconds, b.nanoseconds)
        case (.null, .null): return 0
        case (.null, _): return 1
        case (_, .null): return -1
        default: return order(rank(lhs), rank(rhs))
        }
    }

    /// Equality as `eq` and `in` test it: the order above says 0.
    @inline(__always)
    static func equal(_ lhs: StoredValue, _ rhs: StoredValue) -> Bool {
        switch (lhs, rhs) {
        case (.string(let a), .string(let b)), (.reference(let a), .reference(let b)): return sameText(a, b)
        case (.int(let a), .int(let b)): return a == b
        case (.enumValue(let a), .enumValue(let b)): return a == b
        default: return compare(lhs, rhs) == 0
        }
    }

    /// One sort key of `orderBy`: nulls last whether ascending or descending (§4.3).
    @inline(__always)
    static func compare(_ lhs: StoredValue, _ rhs: StoredValue, descending: Bool) -> Int {
        switch (lhs.isNull, rhs.isNull) {
        case (true, true): return 0
        case (true, false): return 1
        case (false, true): return -1
        case (false, false):
            let result = compare(lhs, rhs)
            return descending ? -result : result
        }
    }

    static func compareDecimals(_ lhs: DecimalValue, _ rhs: DecimalValue) -> Int {
        if lhs.scale == rhs.scale { return order(lhs.significand, rhs.significand) }
        let scale = max(lhs.scale, rhs.scale)
        return order(widen(lhs, to: scale), widen(rhs, to: scale))
    }

    private static func widen(_ value: DecimalValue, to scale: UInt8) -> Int128 {
        var result = Int128(value.significand)
        for _ in 0..<(Int(scale) - Int(value.scale)) { result *= 10 }
        return result
    }

    @inline(__always)
    private static func order<T: Comparable>(_ a: T, _ b: T) -> Int { a < b ? -1 : (a == b ? 0 : 1) }

    private static func rank(_ value: StoredValue) -> Int {
        switch value {
        case .boolean: 0
        case .int, .float, .decimal: 1
        case .date: 2
        case .dateTime: 3
        case .enumValue: 4
        case .string: 5
        case .reference: 6
        case .list: 7
        case .object: 8
        case .null: 9
        }
    }
}

extension String {
    /// Whether the UTF-8 bytes of `part` occur in this text (by code point, no normalization).
    func containsBytes(_ part: [UInt8]) -> Bool {
        if part.isEmpty { return true }
        var text = self
        return text.withUTF8 { bytes in
            guard bytes.count >= part.count else { return false }
            let first = part[0]
            var start = 0
            while start + part.count <= bytes.count {
                if bytes[start] == first {
                    var matched = 1
                    while matched < part.count && bytes[start + matched] == part[matched] { matched += 1 }
                    if matched == part.count { return true }
                }
                start += 1
            }
            return false
        }
    }

    func startsWithBytes(_ part: [UInt8]) -> Bool { utf8.starts(with: part) }

    func endsWithBytes(_ part: [UInt8]) -> Bool {
        let bytes = utf8
        guard bytes.count >= part.count else { return false }
        return bytes.suffix(part.count).elementsEqual(part)
    }
}
