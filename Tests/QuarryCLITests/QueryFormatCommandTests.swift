import Foundation
import Testing

/// `quarry query` from the command line: `--var` typing and exit codes (SEMANTICS.md §14.3,
/// §15.3) and `--format`/`--rows` (§14.4, §15.4), on a copy of the bundled root.
@Suite struct QueryFormatCommandTests {
    let typed = "query($id: ID!, $n: Int = 1, $ok: Boolean! = false, $s: [OrderStatus!]) { customer(id: $id) { id orders(first: $n, filter: {status: {in: $s}}) { id status } } include: __typename @include(if: $ok) }"

    @Test func varsAreTypedByTheirDeclaration() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let result = try root.quarry("query", typed, "--var", "id=c-000005", "--var", "n=2", "--var", "ok=true", "--var", "s=DELIVERED")
        #expect(result.status == 0)
        #expect(result.stderr == "")
        #expect(result.stdout == #"{"data":{"customer":{"id":"c-000005","orders":[{"id":"2025/01/o-000007","status":"DELIVERED"},{"id":"2025/03/o-000031","status":"DELIVERED"}]},"include":"Query"}}"# + "\n")
        // A JSON list, and --variables overridden by --var.
        let file = root.url.appendingPathComponent("vars.json")
        try Data(#"{"id": "c-000005", "n": 1, "ok": false}"#.utf8).write(to: file)
        let list = try root.quarry("query", typed, "--variables", file.path, "--var", #"s=["SHIPPED","DELIVERED"]"#, "--var", "n=1")
        #expect(list.status == 0)
        #expect(list.stdout == #"{"data":{"customer":{"id":"c-000005","orders":[{"id":"2025/01/o-000007","status":"DELIVERED"}]}}}"# + "\n")
    }

    /// `code=007` stays a string: an ID is never parsed as a number.
    @Test func idsStayVerbatim() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let result = try root.quarry("query", "query($id: ID!) { customer(id: $id) { id } }", "--var", "id=007")
        #expect(result.stdout == #"{"data":{"customer":null}}"# + "\n")
        #expect(result.status == 0)
    }

    @Test(arguments: [
        (["--var", "id=c-1", "--var", "n=two"], #"Error: --var n: expected an Int, got "two"."#),
        (["--var", "id=c-1", "--var", "ok=yes"], #"Error: --var ok: expected true or false, got "yes"."#),
        (["--var", "id=c-1", "--var", "s=SENT"], #"Error: --var s: expected one of PENDING, PAID, SHIPPED, DELIVERED, CANCELLED, REFUNDED (OrderStatus), got "SENT"."#),
        (["--var", "id=c-1", "--var", "s=[SHIPPED"], #"Error: --var s: expected a JSON list for [OrderStatus!], got "[SHIPPED"."#),
        (["--var", "id=c-1", "--var", "zz=1"], "Error: --var zz: the operation declares no variable $zz."),
        (["--var", "n=1"], "Error: --var id: required (ID!) but not given."),
        (["--var", "id"], "Error: --var id: expected name=value."),
    ])
    func badVarsAreUsageErrors(arguments: [String], message: String) throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let result = try QuarryProcess.run(["query", typed] + arguments, in: root.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.split(separator: "\n").first.map(String.init) == message)
    }

    /// A name with a comma, quotes and a newline, and a CJK name, through every format.
    @Test func formatsOfRealRows() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let person = root.url.appendingPathComponent("data/customers/persons/c-000009.json")
        let text = try String(contentsOf: person, encoding: .utf8).replacingOccurrences(of: "林小雨", with: #"Lin, \"Xiao\"\nYu"#)
        try Data(text.utf8).write(to: person)
        let query = #"{ customers(filter: {id: {in: ["c-000008", "c-000009", "c-000002"]}}) { totalCount nodes { id name segment merchant { id } } } }"#

        let csv = try root.quarry("query", query, "--format", "csv")
        #expect(csv.status == 0)
        #expect(csv.stdout == "id,name,segment,merchant.id\r\nc-000002,Grace Lam,RETURNING,m-00001\r\nc-000008,吴艳,NEW,m-00003\r\nc-000009,\"Lin, \"\"Xiao\"\"\nYu\",,m-00003\r\n")

        let table = try root.quarry("query", query, "--format", "table")
        #expect(table.stdout == """
            id        name             segment    merchant.id
            --------  ---------------  ---------  -----------
            c-000002  Grace Lam        RETURNING  m-00001
            c-000008  吴艳             NEW        m-00003
            c-000009  Lin, "Xiao"\\nYu             m-00003

            """)

        let ndjson = try root.quarry("query", query, "--format", "ndjson")
        #expect(ndjson.stdout.split(separator: "\n").count == 3)
        #expect(ndjson.stdout.hasPrefix(#"{"id":"c-000002","name":"Grace Lam","segment":"RETURNING","merchant":{"id":"m-00001"}}"# + "\n"))

        let rows = try root.quarry("query", query, "--format", "csv", "--rows", "customers")
        #expect(rows.stdout.hasPrefix("totalCount,nodes\r\n3,\"[{\"\"id\"\":\"\"c-000002\"\""))

        let json = try root.quarry("query", query, "--format", "json")
        #expect(json.stdout.hasPrefix(#"{"data":{"customers":{"totalCount":3,"nodes":[{"id":"c-000002","#))
    }

    @Test func emptyResultsAndOneRowOfData() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let empty = try root.quarry("query", #"{ orders(filter: {id: {eq: "none"}}) { nodes { id } } }"#, "--format", "csv")
        #expect(empty.status == 0)
        #expect(empty.stdout == "id\r\n")
        let one = try root.quarry("query", #"{ customer(id: "c-000005") { id name } orders { totalCount } }"#, "--format", "table")
        #expect(one.stdout == "customer.id  customer.name  orders.totalCount\n-----------  -------------  -----------------\nc-000005     陈静                         200\n")
    }

    /// With a tabular format errors go to stderr only; partial rows still print; exit 1.
    @Test func tabularErrorsGoToStderr() throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let invalid = try root.quarry("query", "{ customers { nodes { id nope } } }", "--format", "csv")
        #expect(invalid.status == 1)
        #expect(invalid.stdout == "")
        #expect(invalid.stderr == "<query>:1:26: Cannot query field \"nope\" on type \"Customer\".\n")
        let json = try root.quarry("query", "{ customers { nodes { id nope } } }")
        #expect(json.stdout.hasPrefix(#"{"errors":[{"message":"Cannot query field \"nope\" on type \"Customer\".""#))
        #expect(json.status == 1)
    }

    @Test(arguments: [["--format", "xml"], ["--format", "JSON"], ["--rows", "customers.nodez", "--format", "csv"]])
    func badFormatArgumentsAreUsageErrors(arguments: [String]) throws {
        let root = try TemporaryRoot()
        defer { root.remove() }
        let result = try QuarryProcess.run(["query", "{ customers { nodes { id } } }"] + arguments, in: root.url)
        #expect(result.status == 2)
        #expect(result.stdout == "")
        #expect(result.stderr.hasPrefix("Error: "))
    }
}
