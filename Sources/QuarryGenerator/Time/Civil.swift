/// Proleptic Gregorian calendar arithmetic on days since 1970-01-01 (Howard Hinnant's
/// `days_from_civil` and `civil_from_days`), without Foundation's calendars: exact, fast and the
/// same everywhere.
enum Civil {
    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func date(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shifted = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shifted + 2) / 5 + 1
        let month = shifted < 10 ? shifted + 3 : shifted - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// 0 for Sunday … 6 for Saturday.
    static func weekday(_ days: Int) -> Int { ((days % 7) + 11) % 7 }

    static func lastSunday(_ year: Int, _ month: Int) -> Int {
        let last = days(month == 12 ? year + 1 : year, month == 12 ? 1 : month + 1, 1) - 1
        return last - weekday(last)
    }

    static func firstSunday(_ year: Int, _ month: Int) -> Int {
        let first = days(year, month, 1)
        return first + (7 - weekday(first)) % 7
    }

    /// Floor division, for instants before 1970 too.
    static func floorDiv(_ value: Int64, _ divisor: Int64) -> Int64 {
        let quotient = value / divisor
        return (value % divisor != 0 && (value < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}

/// A time zone rule: a fixed offset, or one of the two daylight-saving rules the dataset needs.
enum Zone: Sendable {
    case fixed(minutes: Int)
    /// Central European Time: +01:00, +02:00 from the last Sunday of March to the last Sunday of
    /// October (changes at 01:00 UTC).
    case centralEurope
    /// US Eastern Time: −05:00, −04:00 from the second Sunday of March (07:00 UTC) to the first
    /// Sunday of November (06:00 UTC).
    case usEastern

    static let china = Zone.fixed(minutes: 480)

    /// Minutes east of UTC at `instant` (seconds since 1970 UTC).
    func offset(at instant: Int64) -> Int {
        switch self {
        case .fixed(let minutes):
            return minutes
        case .centralEurope:
            let year = Civil.date(Int(Civil.floorDiv(instant, 86_400))).year
            let start = Int64(Civil.lastSunday(year, 3)) * 86_400 + 3_600
            let end = Int64(Civil.lastSunday(year, 10)) * 86_400 + 3_600
            return instant >= start && instant < end ? 120 : 60
        case .usEastern:
            let year = Civil.date(Int(Civil.floorDiv(instant, 86_400))).year
            let start = Int64(Civil.firstSunday(year, 3) + 7) * 86_400 + 7 * 3_600
            let end = Int64(Civil.firstSunday(year, 11)) * 86_400 + 6 * 3_600
            return instant >= start && instant < end ? -240 : -300
        }
    }
}

/// An instant as it is written: seconds since 1970 UTC, the offset it is shown in, and its form.
struct Stamp: Sendable {
    enum Form: UInt8, Sendable {
        /// `2025-11-11T20:00:00+08:00`
        case seconds
        /// `2025-11-11T20:00+08:00` (seconds are optional in DateTime)
        case minutes
        /// `2025-11-11T12:00:00Z`, the offset ignored
        case utc
    }

    var instant: Int64
    var offset: Int
    var form: Form = .seconds

    init(_ instant: Int64, offset: Int, form: Form = .seconds) {
        self.instant = instant
        self.offset = form == .utc ? 0 : offset
        self.form = form
    }

    init(_ instant: Int64, in zone: Zone, form: Form = .seconds) {
        self.init(instant, offset: zone.offset(at: instant), form: form)
    }

    /// Days since 1970 of the date as written (in its own offset).
    var localDay: Int { Int(Civil.floorDiv(instant + Int64(offset) * 60, 86_400)) }

    var local: (year: Int, month: Int, day: Int) { Civil.date(localDay) }

    /// The same instant shown in another zone.
    func shown(in zone: Zone) -> Stamp { Stamp(instant, in: zone, form: form) }
}

/// The dataset's fixed calendar: orders from 2024-01-01 to 2025-12-31 (China time), seen as of
/// the last second of 2025. Every scale and seed uses it, so queries with dates work on all.
enum Timeline {
    static let chinaOffset = 480
    static let firstOrderDay = Civil.days(2024, 1, 1)
    static let orderDayCount = Civil.days(2026, 1, 1) - firstOrderDay
    /// 2025-12-31T23:59:59+08:00: later events have not happened yet.
    static let asOf = instant(Civil.days(2026, 1, 1), offset: chinaOffset) - 1

    /// The instant of midnight at the start of `day` in a zone `offset` minutes east of UTC.
    static func instant(_ day: Int, offset: Int) -> Int64 { Int64(day) * 86_400 - Int64(offset) * 60 }

    static func instant(_ year: Int, _ month: Int, _ day: Int, _ hour: Int = 0, _ minute: Int = 0,
                        _ second: Int = 0, offset: Int = chinaOffset) -> Int64 {
        instant(Civil.days(year, month, day), offset: offset) + Int64(hour * 3600 + minute * 60 + second)
    }

    /// Chinese New Year's day (the first day of the first lunar month) for the years in range.
    static func chineseNewYear(_ year: Int) -> Int? {
        switch year {
        case 2024: Civil.days(2024, 2, 10)
        case 2025: Civil.days(2025, 1, 29)
        case 2026: Civil.days(2026, 2, 17)
        default: nil
        }
    }
}
