import Foundation
import Testing

/// `quarry run` (PRODUCT.md §7, SEMANTICS.md §12.2, §15.3) and `quarry test [--update]`
/// (§14.7, §15.4), with small saved queries of our own in a copy of the bundled root.
@Suite struct SavedQueryCommandTests {
    static let customer = """
        # One customer and a few of their orders.
        # Run with --var id=c-000005.
        query Customer($id: ID!, $first: Int = 2, $status: [OrderStatus!] = [DELIVERED, SHIPPED]) {
          customer(id: $id) {
            id
            name
            orders(first: $first, filter: {status: {in: $status}}) { id status }
          }
        }

        """
    static let described = #"""
        "Loyal customers, by id."
        query { customers(filter: {segment: {eq: LOYAL}}, first: 2) { nodes { id segment } } }
        """#

    @Test func listsSavedQueriesWithoutAName() throws {
        let root = try TemporaryRoot(queries: ["customer.graphql": Self.customer, "loyal.graphql": Self.described, "notes.md": "x"])
        defer { root.remove() }
        let result = try root.quarry("run")
        #expect(result.status == 0)
        #expect(result.stdout == """
            customer
                One customer and a few of their orders.
                Run with --var id=c-000005.
                --var id: ID! (required)
                --var first: Int = 2
                --var status: [OrderStatus!] = [DELIVERED, SHIPPED]
            loyal
                Loyal customers, by id.

            """)
        let none = try TemporaryRoot()
        defer { none.remove() }
        #expect(try none.quarry("run").stdout == "No saved queries in schema/queries/.\n")
    }

    @Test func runsOneWithTypedVarsAndDefaults() throws {
        let root = try TemporaryRoot(queries: ["customer.graphql": Self.customer])
        defer { root.remove() }
        let result = try root.quarry("run", "customer", "--var", "id=c-000005", "--var", "first=1", "--format", "csv")
        #expect(result.status == 0)
        #expect(result.stdout == "id,status\r\n2025/01/o-000007,DELIVERED\r\n")
        let table = try root.quarry("run", "customer", "--var", "id=c-000005", "--format", "table", "--rows", "customer")
        #expect(table.stdout.hasPrefix("id        name  orders\n--------  ----  ---"))

        let missing = try root.quarry("run", "customer")
        #expect(missing.status == 2)
        #expect(missing.stderr.hasPrefix("Error: --var id: required (ID!) but not given.\n"))
        let badEnum = try root.quarry("run", "customer", "--var", "id=c-000005", "--var", "status=LOST")
        #expect(badEnum.status == 2)
        #expect(badEnum.stderr.hasPrefix("Error: --var status: expected one of "))
    }

    @Test func unknownNameExitsOne() throws {
        let root = try TemporaryRoot(queries: ["customer.graphql": Self.customer, "loyal.graphql": Self.described])
        defer { root.remove() }
        let result = try root.quarry("run", "nope")
        #expect(result.status == 1)
        #expect(result.stdout == "")
        #expect(result.stderr == "No saved query nope (schema/queries/nope.graphql); saved queries: customer, loyal.\n")
    }

    /// Errors of a saved query name its file.
    @Test func errorsNameTheSavedQueryFile() throws {
        let root = try TemporaryRoot(queries: ["broken.graphql": "# Broken.\n{ customers { nodes { idd } } }\n"])
        defer { root.remove() }
        let result = try root.quarry("run", "broken")
        #expect(result.status == 1)
        #expect(result.stderr == "schema/queries/broken.graphql:2:23: Cannot query field \"idd\" on type \"Customer\".\n")
    }

    @Test func updateWritesGoldenFilesThenTestPasses() throws {
        let root = try TemporaryRoot(queries: [
            "customer.graphql": Self.customer, "customer.variables.json": #"{"id": "c-000008"}"#, "loyal.graphql": Self.described,
        ])
        defer { root.remove() }
        let update = try root.quarry("test", "--update")
        #expect(update.status == 0)
        #expect(update.stdout == "updated customer\nupdated loyal\n2 passed, 0 failed\n")
        #expect(try root.read("customer.expected.json") == """
            {
              "data": {
                "customer": {
                  "id": "c-000008",
                  "name": "吴艳",
                  "orders": [
                    {
                      "id": "2025/10/o-000128",
                      "status": "SHIPPED"
                    }
                  ]
                }
              }
            }

            """)
        let test = try root.quarry("test")
        #expect(test.status == 0)
        #expect(test.stdout == "ok   customer\nok   loyal\n2 passed, 0 failed\n")
        #expect(try root.quarry("test", "--update").stdout == "unchanged customer\nunchanged loyal\n2 passed, 0 failed\n")
    }

    /// Whitespace and layout do not count; a value does, and the diff names the query.
    @Test func testComparesValuesAndPrintsADiff() throws {
        let root = try TemporaryRoot(queries: [
            "loyal.graphql": Self.described,
            "loyal.expected.json": #"{"data":{"customers":{"nodes":[{"id":"c-000005","segment":"LOYAL"},{"id":"c-000011","segment":"LOYAL"}]}}}"#,
            "plain.graphql": "{ customer(id: \"c-000008\") { segment } }",
        ])
        defer { root.remove() }
        let passing = try root.quarry("test")
        #expect(passing.stdout == "ok   loyal\n1 passed, 0 failed\n")
        #expect(passing.status == 0)

        try root.write("loyal.expected.json", #"{"data":{"customers":{"nodes":[{"id":"c-000005","segment":"LOYAL"},{"id":"c-000012","segment":"LOYAL"}]}}}"#)
        try root.write("plain.expected.json", #"{"data": {"customer": {"segment": "NEW"}}}"#)
        let failing = try root.quarry("test")
        #expect(failing.status == 1)
        #expect(failing.stdout == """
            FAIL loyal: the response differs from schema/queries/loyal.expected.json
            --- expected
            +++ actual
            @@ -7,7 +7,7 @@
                       "segment": "LOYAL"
                     },
                     {
            -          "id": "c-000012",
            +          "id": "c-000011",
                       "segment": "LOYAL"
                     }
                   ]
            ok   plain
            1 passed, 1 failed

            """)
        // Key order is significant.
        try root.write("plain.expected.json", #"{"data": {"customer": {"segment": "NEW"}}, "errors": []}"#)
        #expect(try root.quarry("test").stdout.hasSuffix("0 passed, 2 failed\n"))
    }

    @Test func brokenGoldenFilesFail() throws {
        let root = try TemporaryRoot(queries: [
            "plain.graphql": "{ customer(id: \"c-000008\") { segment } }", "plain.expected.json": "{ nope",
            "vars.graphql": "query($id: ID!) { customer(id: $id) { id } }", "vars.expected.json": "{}", "vars.variables.json": "[1]",
        ])
        defer { root.remove() }
        let result = try root.quarry("test")
        #expect(result.status == 1)
        let lines = result.stdout.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("FAIL plain: schema/queries/plain.expected.json: not JSON: "))
        #expect(lines[1] == "FAIL vars: schema/queries/vars.variables.json: not a JSON object of variables.")
        #expect(lines[2] == "0 passed, 2 failed")
    }
}
