import Foundation
import QuarrySchema
import QuarryStore

@testable import QuarryExecution

/// Players and teams: every scalar kind, nulls and absent values, a dangling `@ref`, a list of
/// `@ref` ids, an embedded object and an embedded list, and names that differ only by
/// normalization (`é` U+00E9 in p2, `e` + U+0301 in p3).
///
/// | id | name | team | score | rating | balance | size | active | born | seen (UTC) |
/// |----|------|------|-------|--------|---------|------|--------|------|------------|
/// | p1 | Ann | t1 | 10 | 1.5 | 0.10 | SMALL | true | 2000-01-01 | 10-31 19:00 |
/// | p2 | émile | t2 | 20 | 2.5 | 0.20 | LARGE | false | 1999-12-31 | 10-31 20:00 |
/// | p3 | émile (decomposed) | t-404 | – | – | – | MEDIUM | – | – | 11-01 04:30 |
/// | p4 | bob | t1 | 10 | 0.5 | 35.50 | – | true | 2000-01-01 | – |
/// | p5 | – | t3 | -5 | – | -1.00 | SMALL | false | 2001-06-15 | 11-03 09:00 |
/// | p6 | Zed | t2 | 30 | 4.0 | 0.125 | LARGE | – | – | 10-31 16:00 |
/// | p7 | ann | – | – | – | – | – | – | – | – |
let leagueSchema = """
    scalar Decimal
    scalar Date
    scalar DateTime
    scalar URL
    enum Size { SMALL MEDIUM LARGE }
    type Team @collection(path: "teams") {
      id: ID!
      name: String!
      region: String
      lead: Team @ref
      members: [Player!]! @reverse(field: "team")
    }
    type Address { city: String zip: String }
    type Award { title: String! year: Int }
    type Player @collection(path: "players") {
      id: ID!
      name: String
      team: Team @ref
      score: Int
      rating: Float
      balance: Decimal
      size: Size
      active: Boolean
      born: Date
      seen: DateTime
      tags: [String!]
      friends: [Player!] @ref
      address: Address
      awards: [Award!]
      site: URL
    }
    """

let leagueFiles = [
    "data/teams/teams.yaml": """
        - {id: t1, name: Alpha, region: east}
        - {id: t2, name: Beta, lead: t1}
        - {id: t3, name: Gamma, region: west, lead: t-404}
        - {id: t4, name: Delta}
        """,
    "data/players/players.yaml": """
        - id: p1
          name: Ann
          team: t1
          score: 10
          rating: 1.5
          balance: 0.10
          size: SMALL
          active: true
          born: 2000-01-01
          seen: 2025-11-01T03:00:00+08:00
          tags: [a, b]
          friends: [p2, p-404]
          address: {city: Oslo, zip: "0150"}
          awards: [{title: Gold, year: 2020}]
          site: https://a.example
        - id: p2
          name: "\u{E9}mile"
          team: t2
          score: 20
          rating: 2.5
          balance: 0.20
          size: LARGE
          active: false
          born: 1999-12-31
          seen: 2025-10-31T20:00:00Z
          tags: [b]
          friends: []
          address: {city: Bergen}
          awards: []
        - id: p3
          name: "e\u{301}mile"
          team: t-404
          size: MEDIUM
          seen: 2025-10-31T23:30:00-05:00
        - id: p4
          name: bob
          team: t1
          score: 10
          rating: 0.5
          balance: 35.50
          active: true
          born: 2000-01-01
          tags: []
          friends: [p1]
          address: {city: null}
          awards: [{title: Silver}]
        - id: p5
          team: t3
          score: -5
          balance: -1.00
          size: SMALL
          active: false
          born: 2001-06-15
          seen: 2025-11-03T10:00:00+01:00
        - id: p6
          name: Zed
          team: t2
          score: 30
          rating: 4.0
          balance: 0.125
          size: LARGE
          seen: 2025-11-01T00:00:00+08:00
        - id: p7
          name: ann
        """,
]

let leagueSnapshot = try! makeSnapshot(schema: leagueSchema, files: leagueFiles)

func league(_ query: String, variables: [String: JSONValue] = [:]) -> String {
    execute(GraphQLRequest(query: query, variables: variables), on: leagueSnapshot).text
}

/// `{"data":{"<field>":{"nodes":[{"id":"p1"},…]}}}`: the exact response of a query selecting
/// only `nodes { id }` of one connection.
func nodesJSON(_ field: String, _ ids: [String]) -> String {
    #"{"data":{"\#(field)":{"nodes":["# + ids.map { #"{"id":"\#($0)"}"# }.joined(separator: ",") + "]}}}"
}

/// Entries of two shops: Decimal amounts for exact sums and averages, date-times in several
/// offsets for buckets, a null and a dangling shop.
///
/// | id | shop | kind | amount | qty | weight | day | at |
/// |----|------|------|--------|-----|--------|-----|----|
/// | e1 | s2 | SALE | 0.10 | 1 | 0.1 | 2025-11-03 (Mon) | 2025-11-01T03:00:00+08:00 |
/// | e2 | s1 | SALE | 0.20 | 2 | 0.2 | 2025-11-09 (Sun) | 2025-10-31T23:00:00+08:00 |
/// | e3 | s1 | REFUND | -0.05 | 3 | – | 2025-11-10 (Mon) | 2025-10-31T19:00:00Z |
/// | e4 | – | – | – | – | – | – | – |
/// | e5 | s-404 | SALE | 0.15 | 4 | 0.3 | 2025-12-01 | 2025-12-31T23:59:59-05:00 |
let ledgerSchema = """
    scalar Decimal
    scalar Date
    scalar DateTime
    enum Kind { SALE REFUND }
    type Shop @collection(path: "shops") {
      id: ID!
      name: String!
      entries: [Entry!]! @reverse(field: "shop")
    }
    type Entry @collection(path: "entries", plural: "entries") {
      id: ID!
      shop: Shop @ref
      kind: Kind
      amount: Decimal
      qty: Int
      weight: Float
      day: Date
      at: DateTime
      doubled: Int @computed
    }
    """

let ledgerFiles = [
    "data/shops/shops.yaml": "- {id: s1, name: Zulu}\n- {id: s2, name: Alpha}\n",
    "data/entries/entries.yaml": """
        - {id: e1, shop: s2, kind: SALE, amount: 0.10, qty: 1, weight: 0.1, day: 2025-11-03, at: "2025-11-01T03:00:00+08:00"}
        - {id: e2, shop: s1, kind: SALE, amount: 0.20, qty: 2, weight: 0.2, day: 2025-11-09, at: "2025-10-31T23:00:00+08:00"}
        - {id: e3, shop: s1, kind: REFUND, amount: -0.05, qty: 3, day: 2025-11-10, at: "2025-10-31T19:00:00Z"}
        - {id: e4}
        - {id: e5, shop: s-404, kind: SALE, amount: 0.15, qty: 4, weight: 0.3, day: 2025-12-01, at: "2025-12-31T23:59:59-05:00"}
        """,
]

let ledgerSnapshot = try! makeSnapshot(schema: ledgerSchema, files: ledgerFiles)

/// A test double for `Entry.doubled`: twice `qty`, null without it.
let ledgerComputed: ComputedFields = {
    var fields = ComputedFields()
    fields.register("Entry.doubled") { input in
        guard case .int(let qty)? = input.value("qty") else { return .null }
        return .int(qty * 2)
    }
    return fields
}()

func ledger(_ query: String, variables: [String: JSONValue] = [:]) -> String {
    execute(GraphQLRequest(query: query, variables: variables), on: ledgerSnapshot, computed: ledgerComputed).text
}

/// The value at a path of a JSON response (`["data", "players", "pageInfo", "endCursor"]`).
func jsonValue(_ text: String, _ path: [String]) -> Any? {
    var value: Any? = try? JSONSerialization.jsonObject(with: Data(text.utf8))
    for key in path { value = (value as? [String: Any])?[key] }
    return value
}
