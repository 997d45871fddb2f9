import Foundation
import HummingbirdTesting
import Quarry
import Testing

@testable import QuarryServer

/// `GET /queries` and `GET|POST /queries/NAME` (SEMANTICS.md §12.2–§12.3, §15.5).
@Suite struct SavedQueryTests {
    static let files = twoMerchants.merging([
        "schema/queries/merchant.graphql": "# One merchant by id.\nquery Merchant($id: ID!) { merchant(id: $id) { id name } }\n",
        "schema/queries/merchants.graphql": "query Merchants($first: Int = 10) { merchants(first: $first) { nodes { id name } } }\n",
    ]) { $1 }

    func withServer(trustedOnly: Bool = false, _ test: @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        let root = try TemporaryRoot(Self.files)
        defer { root.remove() }
        let server = QuarryServer(gateway: try LiveGateway(root: root.url, watch: .off),
                                  options: ServerOptions(watch: .off, trustedOnly: trustedOnly))
        try await inMemory(server, test)
    }

    @Test func theListNamesEveryQueryWithItsVariables() async throws {
        try await withServer { client in
            let response = try await client.get("/queries")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == jsonType)
            #expect(response.text == #"{"queries":[{"name":"merchant","description":"One merchant by id.","variables":[{"name":"id","type":"ID!","defaultValue":null}],"url":"/queries/merchant"},{"name":"merchants","description":null,"variables":[{"name":"first","type":"Int","defaultValue":"10"}],"url":"/queries/merchants"}]}"#)
        }
    }

    @Test func getRunsWithURLParametersTypedByTheirDeclarations() async throws {
        try await withServer { client in
            let one = try await client.get("/queries/merchant", [("id", "m-2")])
            #expect(one.status == .ok)
            #expect(one.text == #"{"data":{"merchant":{"id":"m-2","name":"Second"}}}"#)
            let defaults = try await client.get("/queries/merchants")
            #expect(defaults.text == #"{"data":{"merchants":{"nodes":[{"id":"m-1","name":"First"},{"id":"m-2","name":"Second"}]}}}"#)
            let typed = try await client.get("/queries/merchants", [("first", "1")])
            #expect(typed.text == #"{"data":{"merchants":{"nodes":[{"id":"m-1","name":"First"}]}}}"#)
            let json = try await client.get("/queries/merchants", [("variables", #"{"first":1}"#)])
            #expect(json.text == typed.text)
        }
    }

    @Test func postTakesAVariablesObjectOrNothing() async throws {
        try await withServer { client in
            let one = try await client.post(#"{"variables": {"id": "m-1"}}"#, path: "/queries/merchant")
            #expect(one.text == #"{"data":{"merchant":{"id":"m-1","name":"First"}}}"#)
            let empty = try await client.post("", path: "/queries/merchants", contentType: nil)
            #expect(empty.status == .ok)
            #expect(empty.text.hasPrefix(#"{"data":{"merchants":{"nodes":[{"id":"m-1""#))
        }
    }

    @Test func unknownNamesAre404AndBadVariablesAre400() async throws {
        try await withServer { client in
            #expect(try await client.get("/queries/nope").status == .notFound)
            #expect(try await client.get("/queries/..%2Fschema").status == .notFound)
            let badInt = try await client.get("/queries/merchants", [("first", "many")])
            #expect(badInt.status == .badRequest)
            #expect(badInt.text.contains("first"))
            let missing = try await client.get("/queries/merchant")
            #expect(missing.status == .badRequest)
            let undeclared = try await client.get("/queries/merchant", [("id", "m-1"), ("other", "x")])
            #expect(undeclared.status == .badRequest)
        }
    }

    @Test func formatsAnswerTheRowsAsQuarryRunPrintsThem() async throws {
        try await withServer { client in
            let csv = try await client.get("/queries/merchants", [("format", "csv")])
            #expect(csv.headers[.contentType] == "text/csv; charset=utf-8")
            #expect(csv.text == "id,name\r\nm-1,First\r\nm-2,Second\r\n")
            let byAccept = try await client.get("/queries/merchants", accept: "text/csv")
            #expect(byAccept.text == csv.text)
            let ndjson = try await client.get("/queries/merchants", [("format", "ndjson")])
            #expect(ndjson.text == "{\"id\":\"m-1\",\"name\":\"First\"}\n{\"id\":\"m-2\",\"name\":\"Second\"}\n")
            let table = try await client.get("/queries/merchants", [("format", "table")])
            let response = try await client.get("/queries/merchants")
            let printed = try ResponseOutput.bytes(Array(response.body.readableBytesView), as: .table)
            #expect(Array(table.body.readableBytesView) == printed)
            #expect(table.text.hasPrefix("id   name"))
            let unknown = try await client.get("/queries/merchants", [("format", "xml")])
            #expect(unknown.status == .badRequest)
        }
    }

    @Test func savedQueriesRunUnderTrustedOnly() async throws {
        try await withServer(trustedOnly: true) { client in
            let one = try await client.get("/queries/merchant", [("id", "m-1")])
            #expect(one.text == #"{"data":{"merchant":{"id":"m-1","name":"First"}}}"#)
        }
    }
}
