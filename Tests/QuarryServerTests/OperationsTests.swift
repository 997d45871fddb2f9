import CompressNIO
import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Quarry
import Testing

@testable import QuarryServer

/// `/healthz`, `/metrics`, gzip, CORS and request ids (SEMANTICS.md §13.1–§13.2, PRODUCT.md §8).
@Suite struct OperationsTests {
    @Test func healthzReportsReadinessGenerationAndTheLastLoadsErrors() async throws {
        let root = try TemporaryRoot(twoMerchants.merging(["data/merchants/m-3.yaml": "id: m-3\nname: [broken\n"]) { $1 })
        defer { root.remove() }
        let server = QuarryServer(gateway: try LiveGateway(root: root.url, watch: .off), options: ServerOptions(watch: .off))
        try await inMemory(server) { client in
            let response = try await client.get("/healthz")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == jsonType)
            let health = try JSONSerialization.jsonObject(with: Data(response.text.utf8)) as! [String: Any]
            #expect(health["ready"] as? Bool == true)
            #expect(health["generation"] as? Int == server.gateway.snapshot.generation)
            #expect(health["watching"] as? String == "off")
            let errors = health["errors"] as! [[String: Any]]
            #expect(errors.count == 1)
            #expect(errors.first?["file"] as? String == "data/merchants/m-3.yaml")
            // libyaml reports the unclosed flow sequence where the input ends.
            #expect(errors.first?["line"] as? Int == 3)
            #expect((errors.first?["message"] as? String)?.isEmpty == false)
        }
    }

    @Test func metricsArePrometheusTextWithRequestsDocumentsAndGeneration() async throws {
        try await inMemory { client in
            _ = try await client.post(#"{"query": "query Lookup { merchant(id: \"m-00001\") { id } }"}"#)
            _ = try await client.post(#"{"query": "query Lookup { merchant(id: \"m-00001\") { id } }"}"#)
            _ = try await client.post(#"{"query": "{ nope }"}"#)
            let response = try await client.get("/metrics")
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == "text/plain; version=0.0.4; charset=utf-8")
            let text = response.text
            #expect(text.contains("# TYPE quarry_graphql_requests_total counter"))
            #expect(text.contains(#"quarry_graphql_requests_total{operation="Lookup",outcome="ok"} 2"#))
            #expect(text.contains(#"quarry_graphql_requests_total{operation="anonymous",outcome="refused"} 1"#))
            #expect(text.contains("# TYPE quarry_http_request_duration_seconds histogram"))
            #expect(text.contains("quarry_http_request_duration_seconds_count 3"))
            let merchants = sampleGateway.snapshot.collections.first { sampleGateway.snapshot.schema[$0.type].name == "Merchant" }!
            #expect(text.contains(#"quarry_documents{collection="Merchant"} \#(Double(merchants.count))"#))
            #expect(text.contains("# HELP quarry_data_generation"))
            #expect(text.contains("# TYPE quarry_reloads_total counter"))
        }
    }

    @Test func responsesAreGzippedWhenAcceptedAndLongEnough() async throws {
        try await inMemory { client in
            let query = #"{"query": "{ merchants(first: 20) { nodes { id name } } }"}"#
            let plain = try await client.post(query)
            #expect(plain.headers[.contentEncoding] == nil)
            #expect(plain.body.readableBytes > 512)
            let zipped = try await client.post(query, headers: [.acceptEncoding: "br;q=1, gzip;q=0.8"])
            #expect(zipped.headers[.contentEncoding] == "gzip")
            #expect(zipped.headers[.vary] == "Accept-Encoding")
            #expect(zipped.body.readableBytes < plain.body.readableBytes)
            var compressed = zipped.body
            let inflated = try compressed.decompress(with: .gzip())
            #expect(inflated == plain.body)
            let refused = try await client.post(query, headers: [.acceptEncoding: "gzip;q=0"])
            #expect(refused.headers[.contentEncoding] == nil)
            let short = try await client.post(#"{"query": "{ __typename }"}"#, headers: [.acceptEncoding: "gzip"])
            #expect(short.headers[.contentEncoding] == nil)
        }
    }

    @Test func corsAllowsTheConfiguredOriginsAndAnswersPreflights() async throws {
        let server = sampleServer { $0.corsOrigins = ["https://app.example"] }
        try await inMemory(server) { client in
            let allowed = try await client.post(#"{"query": "{ __typename }"}"#, headers: [.origin: "https://app.example"])
            #expect(allowed.headers[.accessControlAllowOrigin] == "https://app.example")
            let other = try await client.post(#"{"query": "{ __typename }"}"#, headers: [.origin: "https://evil.example"])
            #expect(other.headers[.accessControlAllowOrigin] == nil)
            let preflight = try await client.execute(uri: "/graphql", method: .options, headers: [
                .origin: "https://app.example", .accessControlRequestMethod: "POST", .accessControlRequestHeaders: "content-type",
            ])
            #expect(preflight.status == .noContent)
            #expect(preflight.headers[.accessControlAllowMethods] == "GET, POST, OPTIONS")
            #expect(preflight.headers[.accessControlAllowHeaders] == "content-type")
        }
        try await inMemory(sampleServer { $0.corsOrigins = ["*"] }) { client in
            let any = try await client.post(#"{"query": "{ __typename }"}"#, headers: [.origin: "https://anyone.example"])
            #expect(any.headers[.accessControlAllowOrigin] == "*")
        }
        try await inMemory { client in
            let none = try await client.post(#"{"query": "{ __typename }"}"#, headers: [.origin: "https://app.example"])
            #expect(none.headers[.accessControlAllowOrigin] == nil)
        }
    }

    @Test func everyResponseCarriesARequestID() async throws {
        try await inMemory { client in
            let first = try await client.get("/healthz")
            let second = try await client.get("/healthz")
            let ids = [first, second].compactMap { $0.headers[HTTPField.Name("X-Request-Id")!] }
            #expect(ids.count == 2 && ids[0] != ids[1])
        }
    }

    @Test func theHelloRouteExistsOnlyWhenAsked() async throws {
        try await inMemory(sampleServer { $0.helloRoute = true }) { client in
            let response = try await client.get("/hello")
            #expect(response.text == "Hello, world!")
        }
        try await inMemory { client in
            let missing = try await client.get("/hello")
            #expect(missing.status == .notFound)
        }
    }
}
