import Foundation
import QuarryExecution
import Testing

@testable import Quarry

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled sample root, opened once.
let sample = try! Gateway(root: repositoryRoot)

/// The computed fields of PRODUCT.md §1 against values worked out by hand from the sample data
/// (SEMANTICS.md §8); the comments say how each was checked.
@Suite struct ComputedFieldTests {
    /// o-000123: 3 items; Σ quantity × unitPrice + shipping − discount = 406.00. Commission:
    /// platform 2 % = 8.12, referrer 3 % = 12.18 (its customer c-000040 was referred by
    /// m-00013), merchant 10 % = 40.60, supplier 406.00 − 60.90 = 345.10.
    @Test func orderTotalAndCommission() {
        #expect(sample.execute("""
            { order(id: "2025/10/o-000123") { total commission { supplier merchant referrer platform } customer { id segment } } }
            """).text == #"{"data":{"order":{"total":"406.00","commission":{"supplier":"345.10","merchant":"40.60","referrer":"12.18","platform":"8.12"},"customer":{"id":"c-000040","segment":"RETURNING"}}}}"#)
    }

    /// c-000005 has 6 delivered and 1 shipped order; c-000008 exactly one; c-000003 only a
    /// refunded one; c-000009 none.
    @Test(arguments: [("c-000005", "\"LOYAL\""), ("c-000008", "\"NEW\""), ("c-000003", "null"), ("c-000009", "null")])
    func customerSegment(id: String, segment: String) {
        #expect(sample.execute("{ customer(id: \"\(id)\") { segment } }").text == #"{"data":{"customer":{"segment":\#(segment)}}}"#)
    }

    @Test func lifetimeValueIsZeroWithoutCompletedOrders() {
        #expect(sample.execute("{ customer(id: \"c-000009\") { lifetimeValue } }").text ==
            #"{"data":{"customer":{"lifetimeValue":"0.00"}}}"#)
    }

    /// gb-00001: 13 pledges from 12 customers, threshold 10; gb-00002: 5 of 20; gb-00003: 9 of
    /// 20; gb-00004: 6 of 5 (progress capped at 1).
    @Test(arguments: [
        ("gb-00001", #"{"participantCount":12,"progress":1.0,"reachedThreshold":true}"#),
        ("gb-00002", #"{"participantCount":5,"progress":0.25,"reachedThreshold":false}"#),
        ("gb-00003", #"{"participantCount":9,"progress":0.45,"reachedThreshold":false}"#),
        ("gb-00004", #"{"participantCount":6,"progress":1.0,"reachedThreshold":true}"#),
    ])
    func groupBuyProgress(id: String, expected: String) {
        #expect(sample.execute("{ groupBuy(id: \"\(id)\") { participantCount progress reachedThreshold } }").text ==
            #"{"data":{"groupBuy":\#(expected)}}"#)
    }

    /// t-000009 stepped in exactly 24 h later (written in Z against +08:00): met; t-000006 24 h
    /// and 1 s: missed; t-000012 has neither time: missed.
    @Test(arguments: [("t-000009", true), ("t-000006", false), ("t-000012", false), ("t-000001", true)])
    func ticketSLA(id: String, met: Bool) {
        #expect(sample.execute("{ ticket(id: \"\(id)\") { slaMet } }").text == #"{"data":{"ticket":{"slaMet":\#(met)}}}"#)
    }

    /// p-000030 has sold out (no stock left); p-000008 never sold and has no stock.
    @Test(arguments: [("p-000030", "1.0"), ("p-000008", "0.0"), ("p-000017", "0.0")])
    func sellThroughRate(id: String, rate: String) {
        #expect(sample.execute("{ product(id: \"\(id)\") { sellThroughRate } }").text ==
            #"{"data":{"product":{"sellThroughRate":\#(rate)}}}"#)
    }
}

@Suite struct DocumentCacheTests {
    @Test func aRepeatedQueryReusesItsParsedAndValidatedDocument() {
        let cache = DocumentCache(capacity: 4)
        let schema = sample.snapshot.schema
        let first = cache.prepared("{ orders { totalCount } }", sourceName: "<query>", schema: schema)
        let again = cache.prepared("{ orders { totalCount } }", sourceName: "<query>", schema: schema)
        #expect(first === again)
        let other = cache.prepared("{ orders { totalCount } }", sourceName: "report.graphql", schema: schema)
        #expect(other !== first)
    }

    @Test func aFullCacheDropsItsOldestEntries() {
        let cache = DocumentCache(capacity: 4)
        let schema = sample.snapshot.schema
        let oldest = cache.prepared("{ a: orders { totalCount } }", sourceName: "<query>", schema: schema)
        for alias in ["b", "c", "d", "e"] {
            _ = cache.prepared("{ \(alias): orders { totalCount } }", sourceName: "<query>", schema: schema)
        }
        #expect(cache.prepared("{ a: orders { totalCount } }", sourceName: "<query>", schema: schema) !== oldest)
    }

    /// A hit makes its entry the newest: with a, b, c, d cached and a used again, adding e drops
    /// b, c and d but keeps a.
    @Test func aHitKeepsItsEntryThroughTheNextDrop() {
        let cache = DocumentCache(capacity: 4)
        let schema = sample.snapshot.schema
        func prepared(_ alias: String) -> PreparedDocument {
            cache.prepared("{ \(alias): orders { totalCount } }", sourceName: "<query>", schema: schema)
        }
        let first = prepared("a")
        let second = prepared("b")
        for alias in ["c", "d"] { _ = prepared(alias) }
        #expect(prepared("a") === first)
        _ = prepared("e")
        #expect(prepared("a") === first)
        #expect(prepared("b") !== second)
    }

    /// Keys are the texts' bytes: texts one byte apart, in the folded words or in the tail, are
    /// different documents, and so are texts equal only after Unicode normalisation.
    @Test(arguments: [
        ("{ a: orders { totalCount } }", "{ b: orders { totalCount } }"),
        ("{ orders { totalCount } }", "{ orders { totalCount } } "),
        ("{ orders { totalCount } }#a", "{ orders { totalCount } }#b"),
        ("{ customer(id: \"caf\u{E9}\") { id } }", "{ customer(id: \"cafe\u{301}\") { id } }"),
    ])
    func differentBytesAreDifferentDocuments(first: String, second: String) {
        let cache = DocumentCache(capacity: 4)
        let schema = sample.snapshot.schema
        let one = cache.prepared(first, sourceName: "<query>", schema: schema)
        let other = cache.prepared(second, sourceName: "<query>", schema: schema)
        #expect(one !== other)
        #expect(cache.prepared(first, sourceName: "<query>", schema: schema) === one)
        #expect(cache.prepared(second, sourceName: "<query>", schema: schema) === other)
    }
}
