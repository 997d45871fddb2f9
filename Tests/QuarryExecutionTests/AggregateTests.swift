import Foundation
import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// SEMANTICS.md §6 and §15.1 on the ledger and league fixtures.
@Suite struct AggregateTests {
    private let everything = """
        aggregate {
          count
          sum { amount qty weight doubled }
          avg { amount qty weight doubled }
          min { amount qty weight day at doubled }
          max { amount qty weight day at doubled }
        }
        """

    @Test func aggregatesEveryMatchIgnoringNulls() {
        #expect(ledger("{ entries { \(everything) } }") == #"{"data":{"entries":{"aggregate":{"count":5,"#
            + #""sum":{"amount":"0.40","qty":10.0,"weight":0.6000000000000001,"doubled":20.0},"#
            + #""avg":{"amount":"0.10","qty":2.5,"weight":0.20000000000000004,"doubled":5.0},"#
            + #""min":{"amount":"-0.05","qty":1,"weight":0.1,"day":"2025-11-03","at":"2025-10-31T23:00:00+08:00","doubled":2},"#
            + #""max":{"amount":"0.20","qty":4,"weight":0.3,"day":"2025-12-01","at":"2025-12-31T23:59:59-05:00","doubled":8}}}}}"#)
    }

    /// §6.3: the sum of no values is 0; avg, min and max of none are null.
    @Test func emptySets() {
        #expect(ledger(#"{ entries(filter: {id: {eq: "none"}}) { totalCount \#(everything) } }"#) == #"{"data":{"entries":{"totalCount":0,"aggregate":{"count":0,"#
            + #""sum":{"amount":"0","qty":0.0,"weight":0.0,"doubled":0.0},"#
            + #""avg":{"amount":null,"qty":null,"weight":null,"doubled":null},"#
            + #""min":{"amount":null,"qty":null,"weight":null,"day":null,"at":null,"doubled":null},"#
            + #""max":{"amount":null,"qty":null,"weight":null,"day":null,"at":null,"doubled":null}}}}}"#)
        #expect(ledger(#"{ entries(filter: {id: {eq: "e4"}}) { aggregate { count sum { amount qty } avg { amount } min { at } } } }"#)
            == #"{"data":{"entries":{"aggregate":{"count":1,"sum":{"amount":"0","qty":0.0},"avg":{"amount":null},"min":{"at":null}}}}}"#)
    }

    /// §6.4: exact Decimal sums at the largest input scale; the mean rounded half away from
    /// zero at that scale.
    @Test(arguments: [
        ("[\"e1\", \"e2\"]", "0.30", "0.15"),
        ("[\"e1\", \"e5\"]", "0.25", "0.13"),
        ("[\"e1\", \"e3\"]", "0.05", "0.03"),
        ("[\"e3\"]", "-0.05", "-0.05"),
        ("[\"e1\", \"e2\", \"e3\"]", "0.25", "0.08"),
    ])
    func decimalsAreExact(ids: String, sum: String, average: String) {
        #expect(ledger("{ entries(filter: {id: {in: \(ids)}}) { aggregate { sum { amount } avg { amount } } } }")
            == #"{"data":{"entries":{"aggregate":{"sum":{"amount":"\#(sum)"},"avg":{"amount":"\#(average)"}}}}}"#)
    }

    @Test func decimalScalesMix() {
        #expect(league("{ players { aggregate { sum { balance } avg { balance } min { balance } max { balance } } } }")
            == #"{"data":{"players":{"aggregate":{"sum":{"balance":"34.925"},"avg":{"balance":"6.985"},"min":{"balance":"-1.00"},"max":{"balance":"35.50"}}}}}"#)
        #expect(league(#"{ players(filter: {id: {in: ["p1", "p2", "p6"]}}) { aggregate { sum { balance } avg { balance } } } }"#)
            == #"{"data":{"players":{"aggregate":{"sum":{"balance":"0.425"},"avg":{"balance":"0.142"}}}}}"#)
        var sum = DecimalSum()
        sum.add(DecimalValue(parsing: "-0.05")!)
        sum.add(DecimalValue(parsing: "0.00")!)
        #expect(sum.mean?.description == "-0.03")
    }

    /// Aggregates cover every match, not the page (§6.1).
    @Test func aggregatesIgnoreThePage() {
        #expect(ledger("{ entries(first: 1, offset: 1) { nodes { id } aggregate { count sum { qty } } } }")
            == #"{"data":{"entries":{"nodes":[{"id":"e2"}],"aggregate":{"count":5,"sum":{"qty":10.0}}}}}"#)
        #expect(ledger(#"{ shop(id: "s1") { entriesConnection(filter: {kind: {eq: SALE}}, first: 0) { totalCount aggregate { count sum { amount } } } } }"#)
            == #"{"data":{"shop":{"entriesConnection":{"totalCount":1,"aggregate":{"count":1,"sum":{"amount":"0.20"}}}}}}"#)
    }

    /// A computed field used by a filter, a sort, aggregates and groups in one request runs
    /// once per document.
    @Test func computedValuesAreComputedOncePerDocument() {
        final class Calls: @unchecked Sendable {
            private let lock = NSLock()
            private var count = 0
            func add() { lock.withLock { count += 1 } }
            var total: Int { lock.withLock { count } }
        }
        let calls = Calls()
        var fields = ComputedFields()
        fields.register("Entry.doubled") { input in
            calls.add()
            guard case .int(let qty)? = input.value("qty") else { return .null }
            return .int(qty * 2)
        }
        let query = """
            { entries(filter: {doubled: {gte: 0}}, orderBy: [{doubled: DESC}]) {
                aggregate { sum { doubled } avg { doubled } min { doubled } max { doubled } }
                groupBy(by: [DOUBLED]) { count sum { doubled } }
              } }
            """
        #expect(execute(GraphQLRequest(query: query), on: ledgerSnapshot, computed: fields).text
            == #"{"data":{"entries":{"aggregate":{"sum":{"doubled":20.0},"avg":{"doubled":5.0},"min":{"doubled":2},"max":{"doubled":8}},"#
            + #""groupBy":[{"count":1,"sum":{"doubled":2.0}},{"count":1,"sum":{"doubled":4.0}},{"count":1,"sum":{"doubled":6.0}},{"count":1,"sum":{"doubled":8.0}}]}}}"#)
        #expect(calls.total == 5)
    }

    /// §6.5: date-times compare by instant and show the stored value; of equal instants the
    /// document with the smallest id.
    @Test func extremesOfDateTimesShowTheStoredValue() {
        #expect(ledger(#"{ entries(filter: {id: {in: ["e3", "e1"]}}) { aggregate { min { at } max { at } } } }"#)
            == #"{"data":{"entries":{"aggregate":{"min":{"at":"2025-11-01T03:00:00+08:00"},"max":{"at":"2025-11-01T03:00:00+08:00"}}}}}"#)
        #expect(league("{ players { aggregate { min { seen born score rating } max { seen born score rating } } } }")
            == #"{"data":{"players":{"aggregate":{"min":{"seen":"2025-11-01T00:00:00+08:00","born":"1999-12-31","score":-5,"rating":0.5},"#
            + #""max":{"seen":"2025-11-03T10:00:00+01:00","born":"2001-06-15","score":30,"rating":4.0}}}}}"#)
    }
}
