import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// SEMANTICS.md §5 and §15.6 on the league fixture (p1…p7).
@Suite struct PagingTests {
    private let info = "pageInfo { hasNextPage hasPreviousPage }"

    private func page(_ arguments: String, orderBy: String = "") -> String {
        league("{ players(\(arguments)\(orderBy.isEmpty ? "" : ", orderBy: \(orderBy)")) { totalCount nodes { id } \(info) } }")
    }

    private func expected(_ ids: [String], next: Bool, previous: Bool, total: Int = 7) -> String {
        #"{"data":{"players":{"totalCount":\#(total),"nodes":["# + ids.map { #"{"id":"\#($0)"}"# }.joined(separator: ",")
            + #"],"pageInfo":{"hasNextPage":\#(next),"hasPreviousPage":\#(previous)}}}}"#
    }

    private func cursor(of id: String, orderBy: String = "[]") -> String {
        let text = league("{ players(orderBy: \(orderBy)) { edges { cursor node { id } } } }")
        let edges = jsonValue(text, ["data", "players", "edges"]) as? [[String: Any]] ?? []
        let edge = edges.first { ($0["node"] as? [String: Any])?["id"] as? String == id }
        return edge?["cursor"] as? String ?? ""
    }

    @Test(arguments: [
        ("first: 2", ["p1", "p2"], true, false),
        ("first: 0", [], true, false),
        ("first: 7", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"], false, false),
        ("first: 100", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"], false, false),
        ("offset: 7", [], false, true),
        ("offset: 10, first: 2", [], false, true),
        ("offset: 6, first: 2", ["p7"], false, true),
        ("offset: 5, first: 1", ["p6"], true, true),
        ("last: 2", ["p6", "p7"], false, true),
        ("last: 0", [], false, true),
        ("last: 10", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"], false, false),
        ("first: 3, last: 2", ["p2", "p3"], true, true),
        ("offset: 2, last: 2", ["p6", "p7"], false, true),
        ("offset: 1, first: 3, last: 1", ["p4"], true, true),
    ])
    func windows(arguments: String, ids: [String], next: Bool, previous: Bool) {
        #expect(page(arguments) == expected(ids, next: next, previous: previous))
    }

    @Test func emptyConnection() {
        #expect(league(#"{ players(filter: {id: {eq: "x"}}, first: 3) { totalCount edges { cursor } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }"#)
            == #"{"data":{"players":{"totalCount":0,"edges":[],"nodes":[],"pageInfo":{"hasNextPage":false,"hasPreviousPage":false,"startCursor":null,"endCursor":null}}}}"#)
        #expect(league("{ players(first: 0) { pageInfo { startCursor endCursor } } }")
            == #"{"data":{"players":{"pageInfo":{"startCursor":null,"endCursor":null}}}}"#)
    }

    @Test(arguments: ["first", "last", "offset"])
    func negativeCountsAreFieldErrors(name: String) {
        #expect(league("{ players(\(name): -1) { totalCount } other: teams { totalCount } }")
            == #"{"errors":[{"message":"\"\#(name)\" must not be negative, got -1.","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league(#"{ team(id: "t1") { id members(\#(name == "last" ? "first" : name): -2) { id } } }"#)
            == #"{"errors":[{"message":"\"\#(name == "last" ? "first" : name)\" must not be negative, got -2.","locations":[{"line":1,"column":23}],"path":["team","members"]}],"data":{"team":null}}"#)
    }

    @Test func edgesCarryTheCursorsOfPageInfo() throws {
        let text = league("{ players(first: 3, orderBy: [{score: DESC}]) { edges { cursor node { id } } pageInfo { startCursor endCursor } } }")
        let edges = try #require(jsonValue(text, ["data", "players", "edges"]) as? [[String: Any]])
        #expect(edges.count == 3)
        #expect(edges.first?["cursor"] as? String == jsonValue(text, ["data", "players", "pageInfo", "startCursor"]) as? String)
        #expect(edges.last?["cursor"] as? String == jsonValue(text, ["data", "players", "pageInfo", "endCursor"]) as? String)
        let cursors = edges.compactMap { $0["cursor"] as? String }
        #expect(Set(cursors).count == 3)
        #expect(cursors.allSatisfy { $0.utf8.allSatisfy { byte in
            (byte >= 0x30 && byte <= 0x39) || (byte >= 0x41 && byte <= 0x5A) || (byte >= 0x61 && byte <= 0x7A) || byte == 0x2D || byte == 0x5F
        } })
    }

    @Test func afterAndBefore() {
        let p1 = cursor(of: "p1")
        let p4 = cursor(of: "p4")
        let p5 = cursor(of: "p5")
        let p7 = cursor(of: "p7")
        #expect(page(#"first: 2, after: "\#(p1)""#) == expected(["p2", "p3"], next: true, previous: true))
        #expect(page(#"after: "\#(p4)""#) == expected(["p5", "p6", "p7"], next: false, previous: true))
        #expect(page(#"last: 2, before: "\#(p5)""#) == expected(["p3", "p4"], next: true, previous: true))
        #expect(page(#"before: "\#(p4)""#) == expected(["p1", "p2", "p3"], next: true, previous: false))
        #expect(page(#"after: "\#(p1)", before: "\#(p4)""#) == expected(["p2", "p3"], next: true, previous: true))
        #expect(page(#"after: "\#(p4)", before: "\#(p1)""#) == expected([], next: true, previous: true))
        // After the last edge: an empty page with hasNextPage false; before the first edge: an
        // empty page with hasPreviousPage false (§5.4).
        #expect(page(#"first: 2, after: "\#(p7)""#) == expected([], next: false, previous: true))
        #expect(page(#"last: 2, before: "\#(p1)""#) == expected([], next: true, previous: false))
        #expect(page(#"after: "\#(p1)", offset: 1, first: 2"#) == expected(["p3", "p4"], next: true, previous: true))
        #expect(page(#"filter: {score: {eq: 10}}, after: "\#(p1)""#) == expected(["p4"], next: false, previous: true, total: 2))
    }

    /// Walking forward with first/after and backward with last/before visits every match once,
    /// in order, across ties and null keys (§5.4).
    @Test(arguments: ["[]", "[{score: DESC}]", "[{size: ASC}, {name: DESC}]", "[{team: {name: ASC}}]", "[{seen: DESC}]"])
    func walkingVisitsEveryMatchOnce(orderBy: String) {
        let all = (jsonValue(league("{ players(orderBy: \(orderBy)) { nodes { id } } }"), ["data", "players", "nodes"]) as? [[String: Any]] ?? [])
            .compactMap { $0["id"] as? String }
        #expect(all.count == 7)
        var forward: [String] = []
        var after = "null"
        for _ in 0..<10 {
            let text = league("{ players(orderBy: \(orderBy), first: 2, after: \(after)) { nodes { id } pageInfo { hasNextPage endCursor } } }")
            forward += (jsonValue(text, ["data", "players", "nodes"]) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String }
            guard jsonValue(text, ["data", "players", "pageInfo", "hasNextPage"]) as? Bool == true,
                let end = jsonValue(text, ["data", "players", "pageInfo", "endCursor"]) as? String
            else { break }
            after = "\"\(end)\""
        }
        #expect(forward == all)
        var backward: [[String]] = []
        var before = "null"
        for _ in 0..<10 {
            let text = league("{ players(orderBy: \(orderBy), last: 3, before: \(before)) { nodes { id } pageInfo { hasPreviousPage startCursor } } }")
            backward.append((jsonValue(text, ["data", "players", "nodes"]) as? [[String: Any]] ?? []).compactMap { $0["id"] as? String })
            guard jsonValue(text, ["data", "players", "pageInfo", "hasPreviousPage"]) as? Bool == true,
                let start = jsonValue(text, ["data", "players", "pageInfo", "startCursor"]) as? String
            else { break }
            before = "\"\(start)\""
        }
        #expect(Array(backward.reversed().joined()) == all)
    }

    @Test func cursorOfAnotherOrderIsAFieldError() {
        let byScore = cursor(of: "p2", orderBy: "[{score: DESC}]")
        #expect(page(#"after: "\#(byScore)""#)
            == #"{"errors":[{"message":"The cursor given as \"after\" was taken with another orderBy (score DESC); give it back with the orderBy it came from (no orderBy).","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(page(#"before: "\#(byScore)""#, orderBy: "[{score: ASC}]")
            == #"{"errors":[{"message":"The cursor given as \"before\" was taken with another orderBy (score DESC); give it back with the orderBy it came from (score ASC).","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        let team = (jsonValue(league("{ teams(first: 1) { pageInfo { endCursor } } }"), ["data", "teams", "pageInfo", "endCursor"]) as? String) ?? ""
        #expect(page(#"after: "\#(team)""#)
            == #"{"errors":[{"message":"The cursor given as \"after\" was taken from a Team connection, not a Player one.","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
    }

    @Test(arguments: ["!!!", "", "YWJj", "cTE", "cTE1OlBsYXllcjo", "cTE3OlBsYXllcjozOnAx", "cTE3OlBsYXllcjoyOnAxeA", "cTF"])
    func undecodableCursorsAreFieldErrors(cursor: String) {
        #expect(page(#"after: "\#(cursor)""#)
            == #"{"errors":[{"message":"The cursor given as \"after\" is not a cursor of this connection: \"\#(cursor)\".","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
    }

    /// A valid cursor for `[{score: DESC}]` is `q1`, the signature, `=15` and the id.
    @Test func cursorKeysAreCheckedAgainstTheirTypes() {
        let wrong = base64URL(Array("q117:Player:score DESC4:=abc2:p1".utf8))
        #expect(page(#"after: "\#(wrong)""#, orderBy: "[{score: DESC}]")
            == #"{"errors":[{"message":"The cursor given as \"after\" is not a cursor of this connection: \"\#(wrong)\".","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        let right = base64URL(Array("q117:Player:score DESC3:=152:p1".utf8))
        #expect(page(#"after: "\#(right)""#, orderBy: "[{score: DESC}]") == expected(["p1", "p4", "p5", "p3", "p7"], next: false, previous: true))
    }

    /// A cursor names a place in the order, not a document: after a reload that removed its
    /// document and added others, paging continues exactly after it (§15.6).
    @Test func cursorsSurviveAReload() throws {
        let schema = "type P @collection(path: \"ps\") { id: ID! score: Int }"
        let before = try makeSnapshot(schema: schema, files: ["data/ps/p.yaml": "- {id: a, score: 1}\n- {id: b, score: 2}\n- {id: c, score: 3}\n- {id: d}\n"])
        let after = try makeSnapshot(schema: schema, files: ["data/ps/p.yaml": "- {id: a, score: 1}\n- {id: bb, score: 2}\n- {id: c, score: 3}\n- {id: d}\n- {id: e}\n"])
        let first = execute(GraphQLRequest(query: "{ ps(orderBy: [{score: DESC}], first: 2) { nodes { id } pageInfo { endCursor } } }"), on: before).text
        let end = try #require(jsonValue(first, ["data", "ps", "pageInfo", "endCursor"]) as? String)
        #expect(first.hasPrefix(#"{"data":{"ps":{"nodes":[{"id":"c"},{"id":"b"}]"#))
        let next = execute(GraphQLRequest(query: #"{ ps(orderBy: [{score: DESC}], after: "\#(end)") { nodes { id } } }"#), on: after).text
        #expect(next == #"{"data":{"ps":{"nodes":[{"id":"bb"},{"id":"a"},{"id":"d"},{"id":"e"}]}}}"#)
        let back = execute(GraphQLRequest(query: #"{ ps(orderBy: [{score: DESC}], before: "\#(end)") { nodes { id } } }"#), on: after).text
        #expect(back == #"{"data":{"ps":{"nodes":[{"id":"c"}]}}}"#)
    }

    @Test func base64URLRoundTrips() {
        for length in 0..<10 {
            let bytes = (0..<length).map { UInt8(truncatingIfNeeded: $0 * 97 + 200) }
            #expect(decodeBase64URL(base64URL(bytes)) == bytes)
        }
        #expect(decodeBase64URL("A") == nil)
        #expect(decodeBase64URL("AB") == nil)  // non-zero padding bits
        #expect(decodeBase64URL("AA") == [0])
        #expect(decodeBase64URL("a+b/") == nil)
    }
}
