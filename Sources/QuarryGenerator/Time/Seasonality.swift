/// When orders are placed: a weight for every day of the two years and for every hour of the day,
/// shaped like Chinese e-commerce traffic.
///
/// - growth of about a third over the two years, a little more on weekends;
/// - 618 (June 18): a build-up from June 1, the last two days double, the day itself ×4.5;
/// - 双十一 (November 11): pre-sales from October 20, the day itself ×9, with a midnight rush;
/// - 双十二 (December 12) and 520 (May 20): smaller peaks;
/// - Chinese New Year: the 年货节 shopping weeks before it, then a dip to about a third while
///   couriers and warehouses stop, recovering over the following week.
struct Seasonality: Sendable {
    private let days: WeightedTable
    private let ordinaryHours: WeightedTable
    private let festivalHours: WeightedTable

    static let shared = Seasonality()

    private init() {
        days = WeightedTable((0..<Timeline.orderDayCount).map { Self.weight(ofDay: Timeline.firstOrderDay + $0) })
        // Hours of the day (China time): quiet at night, a lunch bump, the evening peak at 21:00.
        let hours: [Double] = [3, 1.5, 0.8, 0.5, 0.4, 0.5, 1, 2, 3, 4, 5, 5, 6, 5, 4.5, 4.5, 4.5, 5, 5, 6, 8, 9, 8, 5]
        ordinaryHours = WeightedTable(hours)
        // On the big days the first hour after midnight is the rush (付尾款, final payments).
        var festival = hours
        festival[0] *= 8
        festival[1] *= 3
        festival[20] *= 1.5
        festivalHours = WeightedTable(festival)
    }

    static func weight(ofDay day: Int) -> Double {
        let (year, month, date) = Civil.date(day)
        var weight = 1.0 + 0.35 * Double(day - Timeline.firstOrderDay) / Double(Timeline.orderDayCount)
        let weekday = Civil.weekday(day)
        if weekday == 0 || weekday == 6 { weight *= 1.12 }
        switch (month, date) {
        case (6, 1...15): weight *= 1.35
        case (6, 16...17): weight *= 2.0
        case (6, 18): weight *= 4.5
        case (6, 19...20): weight *= 1.3
        case (10, 20...30), (11, 1...10): weight *= 1.7
        case (10, 31): weight *= 2.5
        case (11, 11): weight *= 9.0
        case (11, 12...13): weight *= 1.4
        case (12, 12): weight *= 2.5
        case (5, 20): weight *= 1.5
        default: break
        }
        if let newYear = Timeline.chineseNewYear(year) {
            weight *= newYearFactor(day - newYear)
        }
        if let next = Timeline.chineseNewYear(year + 1) {
            weight *= newYearFactor(day - next)
        }
        return weight
    }

    private static func newYearFactor(_ delta: Int) -> Double {
        switch delta {
        case -21 ... -9: 1.35   // 年货节: stocking up for the holiday
        case -8 ... 6: 0.3      // couriers stop, families travel
        case 7...14: 0.7        // recovery
        default: 1.0
        }
    }

    /// True on the days whose first hour has a midnight rush.
    static func isFestival(_ day: Int) -> Bool {
        let (_, month, date) = Civil.date(day)
        return (month == 6 && date == 18) || (month == 11 && date == 11) || (month == 12 && date == 12)
    }

    /// An instant at which an order is placed.
    func orderInstant(_ random: inout EntityRandom) -> Int64 {
        let day = Timeline.firstOrderDay + days.pick(&random)
        return instant(onDay: day, &random)
    }

    /// An instant on `day` (China time) with the hour drawn from the day's pattern.
    func instant(onDay day: Int, _ random: inout EntityRandom) -> Int64 {
        let hour = (Self.isFestival(day) ? festivalHours : ordinaryHours).pick(&random)
        let seconds = hour * 3600 + random.below(3600)
        return Timeline.instant(day, offset: Timeline.chinaOffset) + Int64(seconds)
    }
}
