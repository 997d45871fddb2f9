import QuarrySchema

/// A `DateTime` typed from its bytes, with a fast path for the two forms data files write
/// almost always: `2025-11-11T20:00:00+08:00` and `2025-11-11T20:00:00Z`. Typing a date-time
/// cost a few thousand instructions through the general parser; these forms are checked at
/// fixed positions. Any other text (a fraction, no seconds, a lower-case `t`, an error) goes to
/// `DateTimeValue(utf8:)`, which the fast path agrees with on every text it accepts.
func parseDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> DateTimeValue? {
    fastDateTime(bytes) ?? DateTimeValue(utf8: bytes)
}

/// `YYYY-MM-DDTHH:MM:SS` then `±HH:MM` or `Z`; nil for anything else, valid or not.
@inline(__always)
private func fastDateTime(_ bytes: UnsafeBufferPointer<UInt8>) -> DateTimeValue? {
    let count = bytes.count
    guard count == 25 || count == 20, let base = bytes.baseAddress else { return nil }
    @inline(__always) func digit(_ at: Int) -> Int? {
        let value = base[at] &- UInt8(ascii: "0")
        return value < 10 ? Int(value) : nil
    }
    @inline(__always) func two(_ at: Int) -> Int? {
        guard let high = digit(at), let low = digit(at &+ 1) else { return nil }
        return high &* 10 &+ low
    }
    guard base[4] == UInt8(ascii: "-"), base[7] == UInt8(ascii: "-"), base[10] == UInt8(ascii: "T"),
          base[13] == UInt8(ascii: ":"), base[16] == UInt8(ascii: ":"),
          let century = two(0), let yearOfCentury = two(2), let month = two(5), let day = two(8),
          let hour = two(11), let minute = two(14), let second = two(17),
          hour < 24, minute < 60, second < 60,
          let date = DateValue(year: century &* 100 &+ yearOfCentury, month: month, day: day)
    else { return nil }
    var offset = 0
    let zulu = count == 20
    if zulu {
        guard base[19] == UInt8(ascii: "Z") else { return nil }
    } else {
        let sign = base[19]
        guard sign == UInt8(ascii: "+") || sign == UInt8(ascii: "-"), base[22] == UInt8(ascii: ":"),
              let offsetHours = two(20), let offsetMinutes = two(23), offsetHours < 24, offsetMinutes < 60
        else { return nil }
        offset = (offsetHours &* 60 &+ offsetMinutes) &* (sign == UInt8(ascii: "-") ? -1 : 1)
    }
    var value = dateTimeTemplate
    value.epochSeconds = Int64(date.daysSinceEpoch) &* 86_400 &+ Int64(hour &* 3600 &+ minute &* 60 &+ second) &- Int64(offset &* 60)
    value.nanoseconds = 0
    value.offsetMinutes = Int16(offset)
    value.fractionDigits = 0
    value.hasSeconds = true
    value.isZulu = zulu
    return value
}

/// A value to set the fields of (`DateTimeValue` has no memberwise initializer outside its module).
private let dateTimeTemplate = DateTimeValue(parsing: "1970-01-01T00:00:00Z")!
