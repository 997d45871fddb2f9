/// A calendar date (`YYYY-MM-DD`, PRODUCT.md §3): days since 1970-01-01.
public struct DateValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    public var daysSinceEpoch: Int32

    public init(daysSinceEpoch: Int32) { self.daysSinceEpoch = daysSinceEpoch }

    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month), day >= 1, day <= daysIn(month: month, year: year)
        else { return nil }
        self.daysSinceEpoch = Int32(daysFromCivil(year: year, month: month, day: day))
    }

    /// Exactly `YYYY-MM-DD`.
    public init?(parsing text: some StringProtocol) {
        guard let value = withUTF8(of: text, DateValue.init(utf8:)) else { return nil }
        self = value
    }

    /// Exactly `YYYY-MM-DD`, from UTF-8 bytes (no `String` made: the store types values in place).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-"),
            let year = digits(bytes, 0, 4), let month = digits(bytes, 5, 2), let day = digits(bytes, 8, 2)
        else { return nil }
        self.init(year: year, month: month, day: day)
    }

    public var components: (year: Int, month: Int, day: Int) { civilFromDays(Int(daysSinceEpoch)) }

    /// 1 for Monday … 7 for Sunday.
    public var isoWeekday: Int {
        let weekday = (Int(daysSinceEpoch) + 3) % 7  // 1970-01-01 was a Thursday
        return (weekday < 0 ? weekday + 7 : weekday) + 1
    }

    public static func < (lhs: DateValue, rhs: DateValue) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }
}

/// An ISO 8601 date-time with a UTC offset (PRODUCT.md §3, SEMANTICS.md §1.2): compared by
/// instant, printed as stored (same offset, seconds and fraction as written).
public struct DateTimeValue: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Seconds since 1970-01-01T00:00:00Z.
    public var epochSeconds: Int64
    public var nanoseconds: Int32
    /// The offset from UTC it was written with, in minutes.
    public var offsetMinutes: Int16
    /// How it was written, so that it prints back the same way.
    public var fractionDigits: UInt8
    public var hasSeconds: Bool
    public var isZulu: Bool

    /// `YYYY-MM-DDTHH:MM[:SS[.fraction]](Z|±HH:MM)`; a date-time without offset is refused.
    public init?(parsing text: some StringProtocol) {
        guard let value = withUTF8(of: text, DateTimeValue.init(utf8:)) else { return nil }
        self = value
    }

    /// The same from UTF-8 bytes (no `String` made: the store types values in place).
    public init?(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        guard bytes.count >= 17, let date = DateValue(utf8: UnsafeBufferPointer(rebasing: bytes[0..<10])),
            bytes[10] == UInt8(ascii: "T") || bytes[10] == UInt8(ascii: "t"),
            let hour = digits(bytes, 11, 2), bytes[13] == UInt8(ascii: ":"), let minute = digits(bytes, 14, 2),
            hour < 24, minute < 60
        else { return nil }
        var index = 16
        var second = 0
        var nanoseconds = 0
        var fractionDigits = 0
        hasSeconds = false
        if index < bytes.count && bytes[index] == UInt8(ascii: ":") {
            guard let value = digits(bytes, index + 1, 2), value < 60 else { return nil }
            second = value
            hasSeconds = true
            index += 3
            if index < bytes.count && bytes[index] == UInt8(ascii: ".") {
                index += 1
                let start = index
                while index < bytes.count && bytes[index] >= 48 && bytes[index] <= 57 {
                    if index - start < 9 { nanoseconds = nanoseconds * 10 + Int(bytes[index] - 48) }
                    index += 1
                }
                fractionDigits = index - start
                guard fractionDigits > 0 else { return nil }
                for _ in min(fractionDigits, 9)..<9 { nanoseconds *= 10 }
            }
        }
        guard index < bytes.count else { return nil }
        var offset = 0
        isZulu = false
        if bytes[index] == UInt8(ascii: "Z") || bytes[index] == UInt8(ascii: "z") {
            guard index + 1 == bytes.count else { return nil }
            isZulu = true
        } else {
            guard bytes[index] == UInt8(ascii: "+") || bytes[index] == UInt8(ascii: "-"), index + 6 == bytes.count,
                let offsetHours = digits(bytes, index + 1, 2), bytes[index + 3] == UInt8(ascii: ":"),
                let offsetMinutes = digits(bytes, index + 4, 2), offsetHours < 24, offsetMinutes < 60
            else { return nil }
            offset = (offsetHours * 60 + offsetMinutes) * (bytes[index] == UInt8(ascii: "-") ? -1 : 1)
        }
        let localSeconds = Int64(date.daysSinceEpoch) * 86_400 + Int64(hour * 3600 + minute * 60 + second)
        self.epochSeconds = localSeconds - Int64(offset * 60)
        self.nanoseconds = Int32(nanoseconds)
        self.offsetMinutes = Int16(offset)
        self.fractionDigits = UInt8(min(fractionDigits, 9))
    }

    /// The wall-clock date in its own offset (SEMANTICS.md §7.3 buckets by it).
    public var localDate: DateValue {
        let local = epochSeconds + Int64(offsetMinutes) * 60
        return DateValue(daysSinceEpoch: Int32(floorDivide(local, 86_400)))
    }

    /// Ordered by instant; equal instants written in different offsets are equal.
    public static func < (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool {
        (lhs.epochSeconds, lhs.nanoseconds) < (rhs.epochSeconds, rhs.nanoseconds)
    }

    public static func == (lhs: DateTimeValue, rhs: DateTimeValue) -> Bool {
        lhs.epochSeconds == rhs.epochSeconds && lhs.nanoseconds == rhs.nanoseconds
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(epochSeconds)
        hasher.combine(nanoseconds)
    }
}

// MARK: Calendar arithmetic (proleptic Gregorian, days from civil and back)

private func daysIn(month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
}

private func daysFromCivil(year: Int, month: Int, day: Int) -> Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
}

private func civilFromDays(_ days: Int) -> (Int, Int, Int) {
    let shifted = days + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    let day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    let month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
}

func floorDivide(_ value: Int64, _ divisor: Int64) -> Int64 {
    let quotient = value / divisor
    return value % divisor < 0 ? quotient - 1 : quotient
}

/// Runs `body` on the UTF-8 bytes of `text`, copying them only when the string is not native.
func withUTF8<Result>(of text: some StringProtocol, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
    if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
    var copy = String(text)
    return copy.withUTF8(body)
}

private func digits(_ bytes: UnsafeBufferPointer<UInt8>, _ start: Int, _ count: Int) -> Int? {
    guard start + count <= bytes.count else { return nil }
    var value = 0
    for index in start..<(start + count) {
        let byte = bytes[index]
        guard byte >= 48 && byte <= 57 else { return nil }
        value = value * 10 + Int(byte - 48)
    }
    return value
}
