import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// SEMANTICS.md §4 on the league fixture.
@Suite struct OrderingTests {
    @Test(arguments: [
        // Code points: "Ann" < "Zed" < "ann" < "bob" < "e" + U+0301 < "é"; null last.
        ("[{name: ASC}]", ["p1", "p6", "p7", "p4", "p3", "p2", "p5"]),
        ("[{name: DESC}]", ["p2", "p3", "p4", "p7", "p6", "p1", "p5"]),
        // Nulls last both ways; ties by id ascending, also after DESC.
        ("[{score: ASC}]", ["p5", "p1", "p4", "p2", "p6", "p3", "p7"]),
        ("[{score: DESC}]", ["p6", "p2", "p1", "p4", "p5", "p3", "p7"]),
        ("[{rating: ASC}]", ["p4", "p1", "p2", "p6", "p3", "p5", "p7"]),
        ("[{balance: DESC}]", ["p4", "p2", "p6", "p1", "p5", "p3", "p7"]),
        ("[{balance: ASC}]", ["p5", "p1", "p6", "p2", "p4", "p3", "p7"]),
        // Enums in declaration order (SMALL MEDIUM LARGE), not by name.
        ("[{size: ASC}]", ["p1", "p5", "p3", "p2", "p6", "p4", "p7"]),
        ("[{size: DESC}]", ["p2", "p6", "p3", "p1", "p5", "p4", "p7"]),
        ("[{active: ASC}]", ["p2", "p5", "p1", "p4", "p3", "p6", "p7"]),
        ("[{born: DESC}]", ["p5", "p1", "p4", "p2", "p3", "p6", "p7"]),
        // DateTime by instant across offsets.
        ("[{seen: ASC}]", ["p6", "p1", "p2", "p3", "p5", "p4", "p7"]),
        ("[{seen: DESC}]", ["p5", "p3", "p2", "p1", "p6", "p4", "p7"]),
        ("[{id: DESC}]", ["p7", "p6", "p5", "p4", "p3", "p2", "p1"]),
        // Several keys, most significant first.
        ("[{active: DESC}, {score: ASC}]", ["p1", "p4", "p5", "p2", "p6", "p3", "p7"]),
        ("[{size: ASC}, {name: DESC}]", ["p1", "p5", "p3", "p2", "p6", "p4", "p7"]),
        ("[{born: ASC}, {seen: DESC}]", ["p2", "p1", "p4", "p5", "p3", "p6", "p7"]),
        // Through a @ref (dangling and null give null keys) and an embedded object.
        ("[{team: {name: ASC}}]", ["p1", "p4", "p2", "p6", "p5", "p3", "p7"]),
        ("[{team: {name: DESC}}]", ["p5", "p2", "p6", "p1", "p4", "p3", "p7"]),
        ("[{team: {lead: {name: ASC}}}]", ["p2", "p6", "p1", "p3", "p4", "p5", "p7"]),
        ("[{team: {region: ASC}}, {score: DESC}]", ["p1", "p4", "p5", "p6", "p2", "p3", "p7"]),
        ("[{address: {city: ASC}}]", ["p2", "p1", "p3", "p4", "p5", "p6", "p7"]),
        ("[]", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{score: DESC}", ["p6", "p2", "p1", "p4", "p5", "p3", "p7"]),
    ])
    func orders(orderBy: String, expected: [String]) {
        #expect(league("{ players(orderBy: \(orderBy)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    @Test func eachElementNamesExactlyOneField() {
        #expect(league("{ players(orderBy: [{name: ASC, score: DESC}]) { totalCount } }")
            == #"{"errors":[{"message":"Each orderBy element must name exactly one field; element 0 names 2 (name, score).","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league("{ players(orderBy: [{score: ASC}, {}]) { totalCount } }")
            == #"{"errors":[{"message":"Each orderBy element must name exactly one field; element 1 names none.","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league("{ players(orderBy: [{team: {}}]) { totalCount } }")
            == #"{"errors":[{"message":"Each orderBy element must name exactly one field; element 0 names none.","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league("{ players(orderBy: [{name: null, score: DESC}]) { nodes { id } } }") == nodesJSON("players", ["p6", "p2", "p1", "p4", "p5", "p3", "p7"]))
    }

    @Test func filterThenSortThenPage() {
        #expect(league("{ players(filter: {score: {isNull: false}}, orderBy: [{score: DESC}], first: 3) { totalCount nodes { id score } } }")
            == #"{"data":{"players":{"totalCount":5,"nodes":[{"id":"p6","score":30},{"id":"p2","score":20},{"id":"p1","score":10}]}}}"#)
    }

    /// List fields keep the stored order of `@ref` ids without orderBy and take filter,
    /// orderBy, first and offset (§2.9, §4.1).
    @Test func listFieldsSortAndPage() {
        #expect(league(#"{ team(id: "t2") { members(orderBy: [{score: DESC}]) { id } top: members(orderBy: [{score: DESC}], first: 1) { id } rest: members(orderBy: [{score: DESC}], offset: 1) { id } } }"#)
            == #"{"data":{"team":{"members":[{"id":"p6"},{"id":"p2"}],"top":[{"id":"p6"}],"rest":[{"id":"p2"}]}}}"#)
        let snapshot = try! makeSnapshot(schema: leagueSchema, files: [
            "data/teams/t.yaml": "- {id: t1, name: A}\n",
            "data/players/p.yaml": "- {id: a, score: 3, friends: [c, b, zz, a]}\n- {id: b, score: 1}\n- {id: c, score: 2}\n",
        ])
        let stored = execute(GraphQLRequest(query: #"{ player(id: "a") { friends { id } sorted: friends(orderBy: [{score: ASC}]) { id } two: friends(first: 2, offset: 1) { id } } }"#), on: snapshot).text
        #expect(stored == #"{"data":{"player":{"friends":[{"id":"c"},{"id":"b"},{"id":"a"}],"sorted":[{"id":"b"},{"id":"c"},{"id":"a"}],"two":[{"id":"b"},{"id":"a"}]}}}"#)
    }

    @Test func sortsByComputedFields() {
        #expect(ledger("{ entries(orderBy: [{doubled: DESC}]) { nodes { id } } }") == nodesJSON("entries", ["e5", "e3", "e2", "e1", "e4"]))
    }

    @Test func valueOrderingComparesTextByCodePoint() {
        #expect(ValueOrdering.compareText("e\u{301}", "\u{E9}") < 0)
        #expect(!ValueOrdering.equal(.string("e\u{301}"), .string("\u{E9}")))
        #expect(ValueOrdering.compareText("Z", "a") < 0)
        #expect(ValueOrdering.compareText("ab", "abc") < 0)
        #expect(ValueOrdering.compareText("\u{FFFF}", "\u{1F600}") < 0)
        #expect(ValueOrdering.compare(.decimal(DecimalValue(parsing: "6.0")!), .decimal(DecimalValue(parsing: "6.00")!)) == 0)
        #expect(ValueOrdering.compare(.null, .int(1), descending: true) == 1)
        #expect(ValueOrdering.compare(.int(1), .null, descending: true) == -1)
    }
}
