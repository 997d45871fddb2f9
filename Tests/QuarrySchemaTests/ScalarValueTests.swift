import Testing

@testable import QuarrySchema

/// The exact scalars of the storage contract: Decimal, Date, DateTime (PRODUCT.md §3,
/// SEMANTICS.md §1.2, §6.4, §9, §15.1).
@Suite struct ScalarValueTests {
    @Test(arguments: [
        ("35.50", "35.50"), ("0.10", "0.10"), ("1234.50", "1234.50"), ("-12", "-12"), ("-0.05", "-0.05"),
        ("007.5", "7.5"), ("1.5e2", "150"), ("1.25e1", "12.5"), ("0", "0"), ("+3.0", "3.0"),
        ("0.000", "0.000"), ("-0.5", "-0.5"), ("0.007", "0.007"), ("1e-3", "0.001"), ("999999999999999999", "999999999999999999"),
        ("-99999999999999999.9", "-99999999999999999.9"),
    ])
    func decimalKeepsItsScale(text: String, printed: String) throws {
        #expect(try #require(DecimalValue(parsing: text)).description == printed)
    }

    @Test(arguments: ["", "-", ".", "1.2.3", "abc", "1e", "12a", "1234567890123456789"])
    func decimalRejects(text: String) {
        #expect(DecimalValue(parsing: text) == nil)
    }

    /// Digits count from the first significant one, and an exponent's zeros count too: 18 at most.
    @Test(arguments: [
        ("0.000000000000000000001", "0.000000000000000000001"), ("0.00", "0.00"), ("0e5", "0"),
        ("123456789012345678", "123456789012345678"), ("1.5e17", "150000000000000000"), ("-1.5e-3", "-0.0015"),
    ])
    func decimalDigitLimit(text: String, printed: String) throws {
        #expect(try #require(DecimalValue(parsing: text)).description == printed)
    }

    @Test(arguments: ["1.5e18", "1e64", "1e+", "1e-x", "0.1234567890123456789"])
    func decimalRejectsTooManyDigits(text: String) {
        #expect(DecimalValue(parsing: text) == nil)
    }

    /// The byte entry points (used by the store) parse exactly what the string ones do.
    @Test(arguments: ["35.50", "-0.05", "1.5e2", "abc", "2025-11-11", "2025-02-29", "2025-11-11T20:00:00+08:00",
                      "2025-11-11T20:00:00.125Z", "2025-11-11T20:00"])
    func byteParsersMatchStringParsers(text: String) {
        var copy = text
        copy.withUTF8 { bytes in
            #expect(DecimalValue(utf8: bytes) == DecimalValue(parsing: text))
            #expect(DateValue(utf8: bytes) == DateValue(parsing: text))
            #expect(DateTimeValue(utf8: bytes)?.description == DateTimeValue(parsing: text)?.description)
        }
        // A bridged or sliced string takes the copying path.
        #expect(DecimalValue(parsing: Substring(text)) == DecimalValue(parsing: text))
    }

    @Test func decimalComparesByValue() throws {
        let six = try #require(DecimalValue(parsing: "6.00"))
        #expect(six == DecimalValue(parsing: "6"))
        #expect(six.hashValue == DecimalValue(parsing: "6.0")!.hashValue)
        #expect(DecimalValue(parsing: "5.99")! < six)
        #expect(DecimalValue(parsing: "-1")! < DecimalValue(parsing: "-0.5")!)
    }

    @Test func decimalSumsAndMeansAreExact() throws {
        var sum = DecimalSum()
        for text in ["0.10", "0.20", "35.5"] { sum.add(DecimalValue(parsing: text)!) }
        #expect(sum.sum?.description == "35.80")
        #expect(sum.mean?.description == "11.93")  // 35.80 / 3 = 11.9333…
        var halves = DecimalSum()
        for text in ["0.01", "0.02"] { halves.add(DecimalValue(parsing: text)!) }
        #expect(halves.mean?.description == "0.02")  // 0.015 rounds half away from zero
        var negative = DecimalSum()
        for text in ["-0.01", "-0.02"] { negative.add(DecimalValue(parsing: text)!) }
        #expect(negative.mean?.description == "-0.02")
        #expect(DecimalSum().sum?.description == "0")
        #expect(DecimalSum().mean == nil)
    }

    @Test func datesParseValidateAndPrint() throws {
        #expect(DateValue(parsing: "2025-11-11")?.description == "2025-11-11")
        #expect(DateValue(parsing: "2024-02-29") != nil)
        #expect(DateValue(parsing: "2025-02-29") == nil)
        #expect(DateValue(parsing: "2025-13-01") == nil)
        #expect(DateValue(parsing: "2025-1-01") == nil)
        #expect(DateValue(parsing: "1970-01-01")?.daysSinceEpoch == 0)
        #expect(DateValue(parsing: "1969-12-31")?.daysSinceEpoch == -1)
        #expect(DateValue(parsing: "2025-12-01")?.isoWeekday == 1)  // a Monday
        #expect(DateValue(parsing: "2025-11-30")?.isoWeekday == 7)
    }

    @Test(arguments: [
        "2025-11-11T20:00:00+08:00", "2025-11-11T12:00:00Z", "2025-03-01T09:30:00-05:00", "2025-11-01T00:00+08:00",
        "2025-11-20T10:15:30.250+01:00", "2025-12-31T23:59:59.123456789-04:00",
    ])
    func dateTimesPrintAsStored(text: String) throws {
        #expect(try #require(DateTimeValue(parsing: text)).description == text)
    }

    /// Decimals written backwards from their length: any scale, a whole part of at least one
    /// digit, the sign first, scales past what a UInt64 power of ten holds.
    @Test(arguments: [
        (DecimalValue(significand: 5, scale: 25), "0.0000000000000000000000005"),
        (DecimalValue(significand: -1_234_567_890_123_456_789, scale: 20), "-0.01234567890123456789"),
        (DecimalValue(significand: Int64.min, scale: 3), "-9223372036854775.808"),
        (DecimalValue(significand: Int64.max, scale: 0), "9223372036854775807"),
        (DecimalValue(significand: 100, scale: 2), "1.00"), (DecimalValue(significand: 9, scale: 1), "0.9"),
        (DecimalValue(significand: 48790, scale: 2), "487.90"), (DecimalValue(significand: 0, scale: 4), "0.0000"),
    ])
    func decimalsPrintAtAnyScale(value: DecimalValue, printed: String) {
        #expect(value.description == printed)
        var bytes: [UInt8] = []
        value.write(to: &bytes)
        #expect(String(decoding: bytes, as: UTF8.self) == printed)
    }

    /// Years outside 0…9999 take the general digit path (a sign, at least four digits).
    @Test func datesPrintAtTheEdgesOfFourDigitYears() throws {
        #expect(DateValue(year: 1, month: 1, day: 1)?.description == "0001-01-01")
        #expect(DateValue(year: 9999, month: 12, day: 31)?.description == "9999-12-31")
        let lastFourDigitDay = try #require(DateValue(year: 9999, month: 12, day: 31)).daysSinceEpoch
        #expect(DateValue(daysSinceEpoch: lastFourDigitDay + 1).description == "10000-01-01")
        let firstDay = try #require(DateValue(year: 1, month: 1, day: 1)).daysSinceEpoch
        #expect(DateValue(daysSinceEpoch: firstDay - 366).description == "0000-01-01")  // year 0 is a leap year
        #expect(DateValue(daysSinceEpoch: firstDay - 366 - 365).description == "-0001-01-01")
        #expect(DateValue(daysSinceEpoch: firstDay - 1).description == "0000-12-31")
    }

    @Test(arguments: ["0001-01-01T00:00+00:00", "2025-06-30T23:59:59-09:30", "1969-12-31T23:59:59.5+14:00", "9999-12-31T23:59Z"])
    func dateTimesPrintAsStoredAtTheEdges(text: String) throws {
        #expect(try #require(DateTimeValue(parsing: text)).description == text)
    }

    @Test(arguments: ["2025-11-11T20:00:00", "2025-11-11 20:00:00+08:00", "2025-11-11T24:00:00Z", "2025-11-11T20:00:00+8:00",
                      "2025-11-11T20:00:00.+08:00", "2025-02-30T00:00:00Z"])
    func dateTimesWithoutOffsetOrMalformedAreRefused(text: String) {
        #expect(DateTimeValue(parsing: text) == nil)
    }

    @Test func dateTimesCompareByInstantAndKnowTheirLocalDate() throws {
        let beijing = try #require(DateTimeValue(parsing: "2025-11-01T03:00:00+08:00"))
        let utc = try #require(DateTimeValue(parsing: "2025-10-31T19:00:00Z"))
        #expect(beijing == utc)
        #expect(beijing.localDate.description == "2025-11-01")
        #expect(utc.localDate.description == "2025-10-31")
        #expect(DateTimeValue(parsing: "2025-10-31T19:00:01Z")! > beijing)
        #expect(DateTimeValue(parsing: "1969-12-31T23:00:00-02:00")!.localDate.description == "1969-12-31")
    }
}
