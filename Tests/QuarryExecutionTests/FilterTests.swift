import QuarrySchema
import QuarryStore
import Testing

@testable import QuarryExecution

/// SEMANTICS.md §3 on the league fixture (see `ConnectionFixtures.swift` for the table).
@Suite struct FilterTests {
    /// Every operator of a scalar filter, with null and absent values (§3.2–§3.4).
    @Test(arguments: [
        ("{}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{score: {eq: 10}}", ["p1", "p4"]),
        ("{score: {ne: 10}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{score: {eq: null}}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{score: {in: [10, 30]}}", ["p1", "p4", "p6"]),
        ("{score: {in: []}}", []),
        ("{score: {notIn: []}}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{score: {notIn: [10]}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{score: {in: null}}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{score: {lt: 10}}", ["p5"]),
        ("{score: {lte: 10}}", ["p1", "p4", "p5"]),
        ("{score: {gt: 10}}", ["p2", "p6"]),
        ("{score: {gte: 20}}", ["p2", "p6"]),
        ("{score: {isNull: true}}", ["p3", "p7"]),
        ("{score: {isNull: false}}", ["p1", "p2", "p4", "p5", "p6"]),
        ("{score: {gt: 0, lt: 25}}", ["p1", "p2", "p4"]),
        ("{score: {eq: 10}, name: {eq: \"bob\"}}", ["p4"]),
        ("{rating: {gte: 1.5}}", ["p1", "p2", "p6"]),
        ("{rating: {lt: 1}}", ["p4"]),
        ("{balance: {eq: \"0.1\"}}", ["p1"]),
        ("{balance: {eq: 35.5}}", ["p4"]),
        ("{balance: {gt: 0.15}}", ["p2", "p4"]),
        ("{balance: {lt: \"0\"}}", ["p5"]),
        ("{balance: {gte: \"0.125\", lte: \"0.20\"}}", ["p2", "p6"]),
        ("{size: {eq: SMALL}}", ["p1", "p5"]),
        ("{size: {ne: SMALL}}", ["p2", "p3", "p4", "p6", "p7"]),
        ("{size: {in: [MEDIUM, LARGE]}}", ["p2", "p3", "p6"]),
        ("{size: {notIn: [LARGE]}}", ["p1", "p3", "p4", "p5", "p7"]),
        ("{size: {isNull: true}}", ["p4", "p7"]),
        ("{active: {eq: false}}", ["p2", "p5"]),
        ("{active: {ne: true}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{active: {in: [true]}}", ["p1", "p4"]),
        ("{born: {gte: \"2000-01-01\"}}", ["p1", "p4", "p5"]),
        ("{born: {lt: \"2000-01-01\"}}", ["p2"]),
        ("{born: {eq: \"2000-01-01\"}}", ["p1", "p4"]),
        ("{seen: {gt: \"2025-11-01T03:30:00+08:00\"}}", ["p2", "p3", "p5"]),
        ("{seen: {eq: \"2025-10-31T19:00:00Z\"}}", ["p1"]),
        ("{seen: {lte: \"2025-10-31T14:00:00-05:00\"}}", ["p1", "p6"]),
        ("{seen: {ne: \"2025-11-01T03:00:00+08:00\"}}", ["p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{site: {eq: \"https://a.example\"}}", ["p1"]),
        ("{site: {isNull: false}}", ["p1"]),
    ])
    func scalarOperators(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// Strings by code point, case-sensitive, without normalization (§3.4).
    @Test(arguments: [
        ("{name: {eq: \"\u{E9}mile\"}}", ["p2"]),
        ("{name: {eq: \"e\u{301}mile\"}}", ["p3"]),
        ("{name: {in: [\"\u{E9}mile\", \"Zed\"]}}", ["p2", "p6"]),
        ("{name: {startsWith: \"e\"}}", ["p3"]),
        ("{name: {startsWith: \"\u{E9}\"}}", ["p2"]),
        ("{name: {contains: \"mile\"}}", ["p2", "p3"]),
        ("{name: {contains: \"\u{301}\"}}", ["p3"]),
        ("{name: {endsWith: \"b\"}}", ["p4"]),
        ("{name: {contains: \"B\"}}", []),
        ("{name: {contains: \"\"}}", ["p1", "p2", "p3", "p4", "p6", "p7"]),
        ("{name: {lt: \"b\"}}", ["p1", "p6", "p7"]),
        ("{name: {gt: \"e\"}}", ["p2", "p3"]),
        ("{name: {in: [\"ann\"]}}", ["p7"]),
        ("{name: {ne: \"ann\"}}", ["p1", "p2", "p3", "p4", "p5", "p6"]),
        ("{name: {notIn: [\"Ann\", \"bob\"]}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{name: {isNull: true}}", ["p5"]),
    ])
    func textByCodePoint(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// `id` filters go through the id index (§15 of issue 5) and keep the filter's semantics.
    @Test(arguments: [
        ("{id: {eq: \"p3\"}}", ["p3"]),
        ("{id: {eq: \"nope\"}}", []),
        ("{id: {in: [\"p5\", \"p1\", \"nope\", \"p1\"]}}", ["p1", "p5"]),
        ("{id: {in: []}}", []),
        ("{id: {eq: \"p1\"}, score: {eq: 20}}", []),
        ("{id: {in: [\"p1\", \"p2\"]}, score: {eq: 20}}", ["p2"]),
        ("{id: {ne: \"p1\"}}", ["p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{id: {startsWith: \"p\", endsWith: \"7\"}}", ["p7"]),
        ("{or: [{id: {eq: \"p6\"}}, {id: {eq: \"p1\"}}]}", ["p1", "p6"]),
        ("{and: [{id: {in: [\"p1\", \"p4\", \"p6\"]}}, {id: {in: [\"p4\", \"p6\"]}}]}", ["p4", "p6"]),
    ])
    func idConditions(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// `and`, `or`, `not`, with empty lists (§3.1).
    @Test(arguments: [
        ("{and: []}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{or: []}", []),
        ("{not: {}}", []),
        ("{not: {or: []}}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{and: [{}, {}]}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{or: [{}, {score: {eq: 10}}]}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{and: [{score: {eq: 10}}, {active: {eq: true}}]}", ["p1", "p4"]),
        ("{or: [{score: {eq: 20}}, {name: {eq: \"Zed\"}}]}", ["p2", "p6"]),
        ("{not: {score: {eq: 10}}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{not: {not: {score: {eq: 10}}}}", ["p1", "p4"]),
        ("{score: {eq: 10}, or: [{name: {eq: \"bob\"}}, {name: {eq: \"Zed\"}}]}", ["p4"]),
        ("{or: [{and: [{size: {eq: SMALL}}, {active: {eq: false}}]}, {not: {size: {isNull: false}}}]}", ["p4", "p5", "p7"]),
    ])
    func combinations(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// Conditions through a single `@ref` and an embedded object: false when the reference is
    /// null or dangling, whatever the inner filter (§3.6).
    @Test(arguments: [
        ("{team: {name: {eq: \"Alpha\"}}}", ["p1", "p4"]),
        ("{team: {region: {isNull: true}}}", ["p2", "p6"]),
        ("{team: {}}", ["p1", "p2", "p4", "p5", "p6"]),
        ("{not: {team: {}}}", ["p3", "p7"]),
        ("{team: {id: {eq: \"t2\"}}}", ["p2", "p6"]),
        ("{team: {id: {in: [\"t1\", \"t3\"]}}}", ["p1", "p4", "p5"]),
        ("{team: {id: {eq: \"t-404\"}}}", []),
        ("{team: {id: {eq: \"t4\"}}}", []),
        ("{team: {id: {ne: \"t1\"}}}", ["p2", "p5", "p6"]),
        ("{team: {not: {id: {eq: \"t1\"}}}}", ["p2", "p5", "p6"]),
        ("{team: {lead: {name: {eq: \"Alpha\"}}}}", ["p2", "p6"]),
        ("{team: {lead: {id: {eq: \"t1\"}}}}", ["p2", "p6"]),
        ("{team: {lead: {}}}", ["p2", "p6"]),
        ("{team: {not: {lead: {}}}}", ["p1", "p4", "p5"]),
        ("{team: {id: {eq: \"t1\"}}, score: {gt: 5}, name: {eq: \"bob\"}}", ["p4"]),
        ("{or: [{team: {id: {eq: \"t3\"}}}, {id: {eq: \"p7\"}}]}", ["p5", "p7"]),
        ("{address: {city: {eq: \"Oslo\"}}}", ["p1"]),
        ("{address: {city: {isNull: true}}}", ["p4"]),
        ("{address: {}}", ["p1", "p2", "p4"]),
        ("{not: {address: {}}}", ["p3", "p5", "p6", "p7"]),
    ])
    func singleReferencesAndEmbeddedObjects(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// `some`, `every`, `none` over lists of `@ref` (dangling ids are no elements), embedded
    /// lists and lists of scalars; empty and absent lists (§3.5, §3.7).
    @Test(arguments: [
        ("{friends: {some: {name: {eq: \"\u{E9}mile\"}}}}", ["p1"]),
        ("{friends: {some: {}}}", ["p1", "p4"]),
        ("{friends: {every: {score: {gt: 10}}}}", ["p1", "p2", "p3", "p5", "p6", "p7"]),
        ("{friends: {none: {}}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{friends: {none: {score: {eq: 10}}}}", ["p1", "p2", "p3", "p5", "p6", "p7"]),
        ("{friends: {some: {}, every: {active: {eq: false}}}}", ["p1"]),
        ("{friends: {some: {id: {eq: \"p1\"}}}}", ["p4"]),
        ("{friends: {some: {id: {eq: \"p-404\"}}}}", []),
        ("{friends: {}}", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]),
        ("{awards: {some: {year: {isNull: true}}}}", ["p4"]),
        ("{awards: {none: {}}}", ["p2", "p3", "p5", "p6", "p7"]),
        ("{awards: {every: {title: {eq: \"Gold\"}}}}", ["p1", "p2", "p3", "p5", "p6", "p7"]),
        ("{awards: {some: {year: {gte: 2020}}, none: {title: {eq: \"Silver\"}}}}", ["p1"]),
        ("{tags: {has: \"b\"}}", ["p1", "p2"]),
        ("{tags: {has: \"z\"}}", []),
        ("{tags: {isNull: true}}", ["p3", "p5", "p6", "p7"]),
        ("{tags: {isNull: false}}", ["p1", "p2", "p4"]),
        ("{tags: {has: \"a\", isNull: false}}", ["p1"]),
        ("{not: {tags: {has: \"b\"}}}", ["p3", "p4", "p5", "p6", "p7"]),
    ])
    func lists(filter: String, expected: [String]) {
        #expect(league("{ players(filter: \(filter)) { nodes { id } } }") == nodesJSON("players", expected))
    }

    /// `@reverse` lists: t4 has no members (§3.7).
    @Test(arguments: [
        ("{members: {some: {size: {eq: LARGE}}}}", ["t2"]),
        ("{members: {every: {active: {eq: true}}}}", ["t1", "t4"]),
        ("{members: {none: {score: {gt: 15}}}}", ["t1", "t3", "t4"]),
        ("{members: {none: {}}}", ["t4"]),
        ("{members: {some: {}}}", ["t1", "t2", "t3"]),
        ("{members: {some: {id: {eq: \"p5\"}}}}", ["t3"]),
        ("{members: {some: {team: {lead: {}}}}}", ["t2"]),
        ("{lead: {members: {some: {name: {eq: \"bob\"}}}}}", ["t2"]),
    ])
    func reverseLists(filter: String, expected: [String]) {
        #expect(league("{ teams(filter: \(filter)) { nodes { id } } }") == nodesJSON("teams", expected))
    }

    @Test func filtersOnListFieldsAndTheirConnections() {
        #expect(league(#"{ team(id: "t1") { members(filter: {score: {eq: 10}, name: {eq: "bob"}}) { id } membersConnection(filter: {active: {eq: true}}) { totalCount } } }"#)
            == #"{"data":{"team":{"members":[{"id":"p4"}],"membersConnection":{"totalCount":2}}}}"#)
        #expect(league(#"{ player(id: "p1") { friends { id } none: friends(filter: {score: {gt: 100}}) { id } friendsConnection { totalCount nodes { id } } } }"#)
            == #"{"data":{"player":{"friends":[{"id":"p2"}],"none":[],"friendsConnection":{"totalCount":1,"nodes":[{"id":"p2"}]}}}}"#)
    }

    @Test func variablesCarryFiltersAndDecimalNumbers() {
        let query = "query($f: PlayerFilter) { players(filter: $f) { nodes { id } } }"
        #expect(league(query, variables: ["f": .object([("balance", .object([("eq", .number("0.10"))]))])]) == nodesJSON("players", ["p1"]))
        #expect(league(query, variables: ["f": .object([("balance", .object([("in", .array([.string("35.5"), .number("-1")]))]))])])
            == nodesJSON("players", ["p4", "p5"]))
        #expect(league(query, variables: ["f": .null]) == nodesJSON("players", ["p1", "p2", "p3", "p4", "p5", "p6", "p7"]))
    }

    @Test func operandsThatDoNotParseAreFieldErrors() {
        #expect(league(#"{ players(filter: {seen: {eq: "yesterday"}}) { totalCount } }"#)
            == #"{"errors":[{"message":"\"yesterday\" is not a valid DateTime value for \"Player.seen\".","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league(#"{ players(filter: {balance: {gt: "ten"}}) { totalCount } }"#)
            == #"{"errors":[{"message":"\"ten\" is not a valid Decimal value for \"Player.balance\".","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
        #expect(league(#"{ players(filter: {born: {eq: "2025-02-30"}}) { totalCount } }"#)
            == #"{"errors":[{"message":"\"2025-02-30\" is not a valid Date value for \"Player.born\".","locations":[{"line":1,"column":3}],"path":["players"]}],"data":null}"#)
    }

    @Test func filtersOnComputedFieldsCallTheRegisteredCode() {
        #expect(ledger("{ entries(filter: {doubled: {gte: 4}}) { nodes { id doubled } } }")
            == #"{"data":{"entries":{"nodes":[{"id":"e2","doubled":4},{"id":"e3","doubled":6},{"id":"e5","doubled":8}]}}}"#)
        #expect(ledger("{ entries(filter: {doubled: {isNull: true}}) { nodes { id } } }") == nodesJSON("entries", ["e4"]))
        let unregistered = execute(GraphQLRequest(query: "{ entries(filter: {doubled: {eq: 2}}) { totalCount } }"), on: ledgerSnapshot).text
        #expect(unregistered
            == #"{"errors":[{"message":"No Swift code is registered for the computed field Entry.doubled.","locations":[{"line":1,"column":3}],"path":["entries"]}],"data":null}"#)
    }

    /// The index plans: `id` and `@ref` conditions never scan the collection.
    @Test func indexCandidatesNarrowTheScan() throws {
        let reader = DocumentReader(snapshot: leagueSnapshot, computed: ComputedFields())
        let players = try #require(reader.target(leagueSnapshot.schema.typeID(named: "Player")!))
        func candidates(_ filter: InputValue) throws -> [Int32]? {
            reader.indexCandidates(try reader.compileFilter(filter, on: players.data.type), in: players)
        }
        func ids(_ positions: [Int32]?) -> [String]? { positions?.map { players.data.documents[Int($0)].id } }
        let id = { (value: String) in InputValue.object(["id": .object(["eq": .string(value)])]) }
        #expect(try ids(candidates(id("p3"))) == ["p3"])
        #expect(try ids(candidates(.object(["team": id("t1")]))) == ["p1", "p4"])
        #expect(try ids(candidates(.object(["team": .object(["lead": id("t1")])]))) == ["p2", "p6"])
        #expect(try ids(candidates(.object(["friends": .object(["some": id("p1")])]))) == ["p4"])
        #expect(try ids(candidates(.object(["team": id("t2"), "score": .object(["eq": .int(20)])]))) == ["p2", "p6"])
        #expect(try ids(candidates(.object(["score": .object(["eq": .int(20)])]))) == nil)
        #expect(try ids(candidates(.object(["or": .list([id("p2"), .object(["score": .object(["eq": .int(1)])])])]))) == nil)
    }
}
