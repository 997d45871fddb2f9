import Foundation
import HTTPTypes
import Quarry
import QuarryExecution
import Testing

@testable import QuarryServer

/// The pieces of the request path made cheap for the HTTP benchmark (issue 6): they must read
/// exactly what the general code reads.
@Suite struct RequestPathTests {
    @Test func mediaRangesReadTypeParametersAndQuality() {
        #expect(read(" Application/JSON ;\tCharset=\"UTF-8\" ; q=0.5 ") == "application/json charset=utf-8 q=0.5")
        #expect(read("*/*") == "*/* q=1.0")
        #expect(read("text/html;;level=1;novalue;Format=Flowed") == "text/html format=flowed,level=1 q=1.0")
        #expect(read("a/b; x = \"\"") == "a/b x= q=1.0")
        #expect(read("a/b; x=\"") == "a/b x=\" q=1.0")
        #expect(read("a /b") == "a /b q=1.0")
        // Empty parts are skipped; a first part of only whitespace is an empty type.
        #expect(read(";;application/json") == "application/json q=1.0")
        #expect(read(" ;application/json") == nil)
        for unreadable in ["", "  ", "json", "/json", "application/", "a/b/c", "a/b;q=2", "a/b;q=x", "a/b;q=-0.1"] {
            #expect(read(unreadable) == nil, "\(unreadable)")
        }
    }

    @Test func nonASCIIMediaRangesAreReadByUnicodeRules() {
        // A no-break space is whitespace to trim; an accented capital is lowercased.
        #expect(read("application/json;\u{A0}charset=UTF-8\u{A0}") == "application/json charset=utf-8 q=1.0")
        #expect(read("TEXT/É") == "text/é q=1.0")
        #expect(read("\u{A0};a/b") == nil)
    }

    /// `type/subtype name=value,... q=quality`, parameters sorted by name.
    private func read(_ text: String) -> String? {
        MediaRange(text).map { range in
            let parameters = range.parameters.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: ",")
            return "\(range.type)/\(range.subtype)\(parameters.isEmpty ? "" : " " + parameters) q=\(range.quality)"
        }
    }

    @Test func aHeaderValueIsReadAsTheSubscriptReadsIt() {
        var fields: HTTPFields = [.contentType: "application/json", .accept: "text/html"]
        #expect(fields.value(.contentType) == "application/json")
        #expect(fields.value(.contentLength) == nil)
        fields.append(HTTPField(name: .accept, value: "application/json;q=0.5"))
        #expect(fields.value(.accept) == "text/html, application/json;q=0.5")
        #expect(fields.value(.accept) == fields[.accept])
    }

    @Test func acceptEncodingAllowsGzipByItsOwnQualityThenByTheWildcard() {
        #expect(AcceptEncoding.allowsGzip(["gzip, deflate, br, zstd"]))
        #expect(AcceptEncoding.allowsGzip(["br;q=1, GZip ;Q=0.8"]))
        #expect(AcceptEncoding.allowsGzip(["x-gzip"]))
        #expect(AcceptEncoding.allowsGzip(["deflate", "*;q=0.1"]))
        #expect(AcceptEncoding.allowsGzip(["gzip;q=0.001"]))
        #expect(AcceptEncoding.allowsGzip(["gzip;level=1;q=1.000"]))
        // A quality of zero, in any spelling, refuses; an explicit gzip outranks `*`.
        #expect(!AcceptEncoding.allowsGzip(["gzip;q=0"]))
        #expect(!AcceptEncoding.allowsGzip(["gzip; q=0.000"]))
        #expect(!AcceptEncoding.allowsGzip(["gzip;q=0, *"]))
        #expect(AcceptEncoding.allowsGzip(["*;q=0, gzip"]))
        #expect(!AcceptEncoding.allowsGzip(["*;q=0."]))
        #expect(!AcceptEncoding.allowsGzip(["identity"]))
        #expect(!AcceptEncoding.allowsGzip(["gzipped, xgzip, , ;q=1"]))
        #expect(!AcceptEncoding.allowsGzip([]))
        #expect(!AcceptEncoding.allowsGzip([""]))
    }

    @Test func queryStringPairsDecodePlusAndPercentEscapesOverUTF8() throws {
        let pairs = try #require(QueryStringPairs.decode("query=%7B+a%20b%2B%7D&&operationName=Q%C3%A9&flag&=empty&x=1=2"))
        #expect(pairs.map(\.0) == ["query", "operationName", "flag", "", "x"])
        #expect(pairs.map(\.1) == ["{ a b+}", "Qé", "", "empty", "1=2"])
        #expect(QueryStringPairs.decode("")?.isEmpty == true)
        #expect(QueryStringPairs.decode("name=caf\u{E9}")?.first?.1 == "caf\u{E9}")
        for malformed in ["a=%", "a=%4", "a=%zz", "a=%4G", "%=1", "a=%C3", "a=%FF%FE"] {
            #expect(QueryStringPairs.decode(malformed) == nil, "\(malformed)")
        }
    }

    @Test func requestCountersKeepTwoHundredOperationNamesThenCountOther() {
        let metrics = ServerMetrics()
        metrics.recordGraphQL(operation: nil, outcome: .ok)
        metrics.recordGraphQL(operation: nil, outcome: .ok)
        metrics.recordGraphQL(operation: nil, outcome: .timeout)
        for index in 0..<200 { metrics.recordGraphQL(operation: "Op\(index)", outcome: .fieldErrors) }
        metrics.recordGraphQL(operation: "Op7", outcome: .fieldErrors)
        metrics.recordGraphQL(operation: "Late", outcome: .refused)
        metrics.recordGraphQL(operation: "Later", outcome: .refused)
        metrics.recordGraphQL(operation: "Op199", outcome: .badRequest)
        let text = String(decoding: metrics.exposition(snapshot: sampleGateway.snapshot), as: UTF8.self)
        let lines = text.split(separator: "\n").filter { $0.hasPrefix("quarry_graphql_requests_total{") }
        #expect(lines.count == 204)
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="anonymous",outcome="ok"} 2"#))
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="anonymous",outcome="timeout"} 1"#))
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="Op0",outcome="field_errors"} 1"#))
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="Op7",outcome="field_errors"} 2"#))
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="other",outcome="refused"} 2"#))
        #expect(lines.contains(#"quarry_graphql_requests_total{operation="Op199",outcome="bad_request"} 1"#))
    }

    @Test func aBodyReadToItsDeclaredLengthLeavesTheConnectionReadyForTheNextRequest() async throws {
        try await sampleServer { $0.port = 0 }.application(logger: quietLogger).test(.live) { client in
            let port = try #require(client.port)
            let raw = try RawHTTPClient(port: port)
            let body = #"{"query": "{ merchant(id: \"m-00001\") { id } }"}"#
            let request = "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + "Content-Length: \(body.utf8.count)\r\n"
            // Two requests in one write, the second closing the connection.
            raw.send(request + "\r\n" + body + request + "Connection: close\r\n\r\n" + body)
            let responses = await runWithTimeout(.seconds(10)) { raw.receiveAll() } ?? ""
            let answer = #"{"data":{"merchant":{"id":"m-00001"}}}"#
            #expect(responses.components(separatedBy: "HTTP/1.1 200 OK\r\n").count == 3)
            #expect(responses.components(separatedBy: "\r\n\r\n" + answer).count == 3)
        }
    }
}
