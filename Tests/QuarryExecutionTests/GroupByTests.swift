import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// SEMANTICS.md §7 and §15.1 on the ledger and league fixtures.
@Suite struct GroupByTests {
    /// `@ref` keys are the referenced objects, ordered by referenced id (s1 "Zulu" before s2
    /// "Alpha"); null and dangling references form the null group, last.
    @Test func referenceKeysAreObjectsOrderedById() {
        #expect(ledger("{ entries { groupBy(by: [SHOP]) { key { shop { id name } } count sum { amount } } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"shop":{"id":"s1","name":"Zulu"}},"count":2,"sum":{"amount":"0.15"}},"#
            + #"{"key":{"shop":{"id":"s2","name":"Alpha"}},"count":1,"sum":{"amount":"0.10"}},"#
            + #"{"key":{"shop":null},"count":2,"sum":{"amount":"0.15"}}]}}}"#)
    }

    /// Date-times are bucketed by their wall-clock date in their own offset; the key is the
    /// bucket's start in that offset; different offsets are different buckets (§7.3).
    @Test func dateTimeBucketsKeepTheirOffset() {
        #expect(ledger("{ entries { groupBy(by: [AT], granularity: MONTH) { key { at } count } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"at":"2025-10-01T00:00:00+08:00"},"count":1},"#
            + #"{"key":{"at":"2025-10-01T00:00:00Z"},"count":1},"#
            + #"{"key":{"at":"2025-11-01T00:00:00+08:00"},"count":1},"#
            + #"{"key":{"at":"2025-12-01T00:00:00-05:00"},"count":1},"#
            + #"{"key":{"at":null},"count":1}]}}}"#)
        #expect(ledger("{ entries { groupBy(by: [AT]) { key { at } count } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"at":"2025-10-31T00:00:00+08:00"},"count":1},"#
            + #"{"key":{"at":"2025-10-31T00:00:00Z"},"count":1},"#
            + #"{"key":{"at":"2025-11-01T00:00:00+08:00"},"count":1},"#
            + #"{"key":{"at":"2025-12-31T00:00:00-05:00"},"count":1},"#
            + #"{"key":{"at":null},"count":1}]}}}"#)
        #expect(ledger("{ entries { groupBy(by: [AT], granularity: YEAR) { key { at } count } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"at":"2025-01-01T00:00:00+08:00"},"count":2},"#
            + #"{"key":{"at":"2025-01-01T00:00:00Z"},"count":1},"#
            + #"{"key":{"at":"2025-01-01T00:00:00-05:00"},"count":1},"#
            + #"{"key":{"at":null},"count":1}]}}}"#)
    }

    /// `2025-11-01T03:00:00+08:00` is in November (in UTC it is still October).
    @Test func bucketsUseTheWallClockDate() {
        let snapshot = try! makeSnapshot(schema: ledgerSchema, files: [
            "data/entries/e.yaml": "- {id: a, at: \"2025-11-01T03:00:00+08:00\"}\n- {id: b, at: \"2025-11-30T23:59:59.5+08:00\"}\n- {id: c, at: \"2025-10-31T20:00:00+08:00\"}\n",
        ])
        #expect(execute(GraphQLRequest(query: "{ entries { groupBy(by: [AT], granularity: MONTH) { key { at } count } } }"), on: snapshot).text
            == #"{"data":{"entries":{"groupBy":[{"key":{"at":"2025-10-01T00:00:00+08:00"},"count":1},{"key":{"at":"2025-11-01T00:00:00+08:00"},"count":2}]}}}"#)
    }

    /// Weeks start on Monday; a Date key is the bucket's first date.
    @Test(arguments: [
        ("DAY", #"[{"key":{"day":"2025-11-03"},"count":1},{"key":{"day":"2025-11-09"},"count":1},{"key":{"day":"2025-11-10"},"count":1},{"key":{"day":"2025-12-01"},"count":1},{"key":{"day":null},"count":1}]"#),
        ("WEEK", #"[{"key":{"day":"2025-11-03"},"count":2},{"key":{"day":"2025-11-10"},"count":1},{"key":{"day":"2025-12-01"},"count":1},{"key":{"day":null},"count":1}]"#),
        ("MONTH", #"[{"key":{"day":"2025-11-01"},"count":3},{"key":{"day":"2025-12-01"},"count":1},{"key":{"day":null},"count":1}]"#),
        ("YEAR", #"[{"key":{"day":"2025-01-01"},"count":4},{"key":{"day":null},"count":1}]"#),
    ])
    func dateBuckets(granularity: String, groups: String) {
        #expect(ledger("{ entries { groupBy(by: [DAY], granularity: \(granularity)) { key { day } count } } }")
            == #"{"data":{"entries":{"groupBy":\#(groups)}}}"#)
    }

    @Test func weeksStartOnMonday() {
        let sunday = DateValue(parsing: "2025-11-09")!
        #expect(TimeGranularity.week.start(of: sunday).description == "2025-11-03")
        #expect(TimeGranularity.week.start(of: DateValue(parsing: "2025-11-03")!).description == "2025-11-03")
        #expect(TimeGranularity.week.start(of: DateValue(parsing: "2025-01-01")!).description == "2024-12-30")
        #expect(TimeGranularity.week.start(of: DateTimeValue(parsing: "2025-11-10T01:00:00+09:00")!).description == "2025-11-10T00:00:00+09:00")
        #expect(TimeGranularity.week.start(of: DateTimeValue(parsing: "2025-11-09T23:00:00-05:00")!).description == "2025-11-03T00:00:00-05:00")
    }

    /// Several `by` fields: the first most significant; enums in declaration order (SALE
    /// before REFUND); fields not grouped are null in the key.
    @Test func severalFieldsAndAggregatesPerGroup() {
        #expect(ledger("{ entries { groupBy(by: [KIND, SHOP]) { key { kind shop { id } qty } count } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"kind":"SALE","shop":{"id":"s1"},"qty":null},"count":1},"#
            + #"{"key":{"kind":"SALE","shop":{"id":"s2"},"qty":null},"count":1},"#
            + #"{"key":{"kind":"SALE","shop":null,"qty":null},"count":1},"#
            + #"{"key":{"kind":"REFUND","shop":{"id":"s1"},"qty":null},"count":1},"#
            + #"{"key":{"kind":null,"shop":null,"qty":null},"count":1}]}}}"#)
        #expect(ledger("{ entries { groupBy(by: [KIND]) { key { kind } count sum { amount } avg { amount } min { at } max { amount } } } }")
            == #"{"data":{"entries":{"groupBy":["#
            + #"{"key":{"kind":"SALE"},"count":3,"sum":{"amount":"0.45"},"avg":{"amount":"0.15"},"min":{"at":"2025-10-31T23:00:00+08:00"},"max":{"amount":"0.20"}},"#
            + #"{"key":{"kind":"REFUND"},"count":1,"sum":{"amount":"-0.05"},"avg":{"amount":"-0.05"},"min":{"at":"2025-10-31T19:00:00Z"},"max":{"amount":"-0.05"}},"#
            + #"{"key":{"kind":null},"count":1,"sum":{"amount":"0"},"avg":{"amount":null},"min":{"at":null},"max":{"amount":null}}]}}}"#)
    }

    /// Groups cover every match, not the page; no match, no group; `by: []` is one group.
    @Test func groupsCoverEveryMatch() {
        #expect(ledger("{ entries(first: 1) { groupBy(by: [KIND]) { count } } }")
            == #"{"data":{"entries":{"groupBy":[{"count":3},{"count":1},{"count":1}]}}}"#)
        #expect(ledger(#"{ entries(filter: {id: {eq: "x"}}) { groupBy(by: [KIND]) { count } } }"#) == #"{"data":{"entries":{"groupBy":[]}}}"#)
        #expect(ledger("{ entries { groupBy(by: []) { key { kind } count } } }") == #"{"data":{"entries":{"groupBy":[{"key":{"kind":null},"count":5}]}}}"#)
        #expect(ledger(#"{ shop(id: "s1") { entriesConnection { groupBy(by: [KIND]) { key { kind } count } } } }"#)
            == #"{"data":{"shop":{"entriesConnection":{"groupBy":[{"key":{"kind":"SALE"},"count":1},{"key":{"kind":"REFUND"},"count":1}]}}}}"#)
        #expect(ledger("{ entries(filter: {kind: {eq: SALE}}) { groupBy(by: [DOUBLED]) { key { doubled } count } } }")
            == #"{"data":{"entries":{"groupBy":[{"key":{"doubled":2},"count":1},{"key":{"doubled":4},"count":1},{"key":{"doubled":8},"count":1}]}}}"#)
    }

    /// Keys compare as `orderBy` compares: strings by code point (é and e + U+0301 are two
    /// groups), enums in declaration order, `@ref` keys by referenced id.
    @Test func keysCompareAsOrderByDoes() {
        #expect(league("{ players { groupBy(by: [NAME]) { key { name } count } } }")
            == #"{"data":{"players":{"groupBy":[{"key":{"name":"Ann"},"count":1},{"key":{"name":"Zed"},"count":1},{"key":{"name":"ann"},"count":1},"#
            + #"{"key":{"name":"bob"},"count":1},{"key":{"name":"e\#u{301}mile"},"count":1},{"key":{"name":"\#u{E9}mile"},"count":1},{"key":{"name":null},"count":1}]}}}"#)
        #expect(league("{ players { groupBy(by: [SIZE]) { key { size } count } } }")
            == #"{"data":{"players":{"groupBy":[{"key":{"size":"SMALL"},"count":2},{"key":{"size":"MEDIUM"},"count":1},{"key":{"size":"LARGE"},"count":2},{"key":{"size":null},"count":2}]}}}"#)
        #expect(league("{ players { groupBy(by: [TEAM, ACTIVE]) { key { team { name } active } count } } }")
            == #"{"data":{"players":{"groupBy":[{"key":{"team":{"name":"Alpha"},"active":true},"count":2},"#
            + #"{"key":{"team":{"name":"Beta"},"active":false},"count":1},{"key":{"team":{"name":"Beta"},"active":null},"count":1},"#
            + #"{"key":{"team":{"name":"Gamma"},"active":false},"count":1},{"key":{"team":null,"active":null},"count":2}]}}}"#)
    }

    /// Equal values written differently are one group, shown as the document with the
    /// smallest id wrote it: `1.0` and `1.00`; `+00:00` and `Z` (the same offset).
    @Test func equalValuesWrittenDifferentlyAreOneGroup() throws {
        let snapshot = try makeSnapshot(schema: "scalar Decimal\nscalar DateTime\ntype T @collection(path: \"ts\") { id: ID! price: Decimal at: DateTime }", files: [
            "data/ts/t.yaml": "- {id: a, price: 1.0, at: \"2025-01-01T10:00:00+00:00\"}\n- {id: b, price: 1.00, at: \"2025-01-01T11:00:00Z\"}\n- {id: c, price: 2}\n",
        ])
        #expect(execute(GraphQLRequest(query: "{ ts { byPrice: groupBy(by: [PRICE]) { key { price } count } byDay: groupBy(by: [AT]) { key { at } count } } }"), on: snapshot).text
            == #"{"data":{"ts":{"byPrice":[{"key":{"price":"1.0"},"count":2},{"key":{"price":"2"},"count":1}],"byDay":[{"key":{"at":"2025-01-01T00:00:00+00:00"},"count":2},{"key":{"at":null},"count":1}]}}}"#)
    }

    @Test func groupFieldsAreScreamingSnakeCase() {
        #expect(screamingSnakeCase("placedAt") == "PLACED_AT")
        #expect(screamingSnakeCase("shippingFee") == "SHIPPING_FEE")
        #expect(screamingSnakeCase("id") == "ID")
    }
}
