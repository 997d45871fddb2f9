import Foundation
import HummingbirdTesting
import Quarry
import QuarryLanguage
import Testing

@testable import QuarryServer

/// SEMANTICS.md §10.10, §15.5: limits refuse before execution with stable codes; hostile requests
/// are refused quickly.
@Suite struct LimitTests {
    @Test func depthIsCountedThroughFragments() {
        let limits = QueryLimits(maxDepth: 3)
        #expect(limits.refusal(of: Source("{ a { b { c } } }")) == nil)
        let deep = limits.refusal(of: Source("{ a { b { c { d } } } }"))
        #expect(deep == GraphQLError(message: "Query is nested 4 fields deep, more than the limit of 3.", code: "QUERY_TOO_COMPLEX"))
        let throughFragment = limits.refusal(of: Source("{ a { ...F } } fragment F on T { b { c { d } } }"))
        #expect(throughFragment?.message == "Query is nested 4 fields deep, more than the limit of 3.")
    }

    @Test func fieldsAreCountedPerSpreadWithoutExpandingFanOuts() {
        let limits = QueryLimits(maxFields: 10)
        #expect(limits.refusal(of: Source("{ a b c d e f g h i j }")) == nil)
        #expect(limits.refusal(of: Source("{ a b c d e f g h i j k }"))?.message
                == "Query selects 11 fields, more than the limit of 10.")
        #expect(limits.refusal(of: Source("{ ...F ...F } fragment F on Q { a b c d e f }"))?.message
                == "Query selects 12 fields, more than the limit of 10.")
        // 2^64 fields if expanded: counted (saturating) without expanding, refused.
        var fanOut = "{ ...F0 } fragment F64 on Q { a }"
        for level in 0..<64 { fanOut += " fragment F\(level) on Q { ...F\(level + 1) ...F\(level + 1) }" }
        #expect(QueryLimits().refusal(of: Source(fanOut))?.message == "Query selects too many fields, more than the limit of 10000.")
    }

    @Test func textAndTokensAreQueryTooLarge() {
        #expect(QueryLimits(maxQueryBytes: 10).refusal(of: Source("{ __typename }"))
                == GraphQLError(message: "Query text is 14 bytes, more than the limit of 10.", code: "QUERY_TOO_LARGE"))
        let tokens = QueryLimits(maxTokens: 5).refusal(of: Source("{ a b c d e }"))
        #expect(tokens?.code == "QUERY_TOO_LARGE")
        #expect(tokens?.message == "Document contains more than 5 tokens. Parsing aborted.")
    }

    @Test func aMegabyteOfBracketsIsRefusedWithALimitsCode() async throws {
        let hostile = [
            (String(repeating: "{", count: 1 << 20), "GRAPHQL_PARSE_FAILED"),
            (String(repeating: "{a", count: 1 << 19), "QUERY_TOO_COMPLEX"),
            ("{ a(x: " + String(repeating: "[", count: (1 << 20) - 8), "QUERY_TOO_COMPLEX"),
        ]
        try await inMemory { client in
            for (query, code) in hostile {
                // Refused, not run; how fast is measured in release by Benchmarks/http-bench.sh (no
                // timed unit tests).
                let response = try await client.post(#"{"query": "\#(query)"}"#, accept: "application/graphql-response+json")
                #expect(response.status == .badRequest)
                #expect(response.text.contains(#""code":"\#(code)""#), "\(response.text.prefix(200))")
            }
            let nestedJSON = String(repeating: "[", count: 1 << 20)
            let variables = try await client.post(#"{"query": "{ __typename }", "variables": {"a": \#(nestedJSON)}}"#)
            #expect(variables.status == .badRequest)
        }
    }

    @Test func thousandsOfAliasesAreRefusedBeforeExecution() async throws {
        let aliases = (0..<20_000).map { "a\($0): __typename" }.joined(separator: " ")
        try await inMemory { client in
            let response = try await client.post(#"{"query": "{ \#(aliases) }"}"#)
            #expect(response.status == .ok)
            #expect(response.text == #"{"errors":[{"message":"Query selects 20000 fields, more than the limit of 10000.","extensions":{"code":"QUERY_TOO_COMPLEX"}}]}"#)
        }
    }

    @Test func workOverTheTimeoutIsAbandonedAndWorkWithinItAnswers() async {
        let slow = await runWithTimeout(.milliseconds(20)) { Thread.sleep(forTimeInterval: 0.5); return 1 }
        #expect(slow == nil)
        let quick = await runWithTimeout(.seconds(5)) { 2 }
        #expect(quick == 2)
    }

    @Test func theServerFlagsSetTheLimits() async throws {
        let server = sampleServer {
            $0.limits.maxDepth = 2
            $0.limits.maxQueryBytes = 60
            $0.limits.introspection = false
        }
        try await inMemory(server) { client in
            let deep = try await client.post(#"{"query": "{ merchant(id: \"m-00001\") { suppliers { id } } }"}"#)
            #expect(deep.text.contains("Query is nested 3 fields deep, more than the limit of 2."))
            let long = try await client.post(#"{"query": "{ __typename \#(String(repeating: " ", count: 60)) }"}"#,
                                             accept: "application/graphql-response+json")
            #expect(long.status == .badRequest)
            #expect(long.text.contains(#""code":"QUERY_TOO_LARGE""#))
            let introspection = try await client.post(#"{"query": "{ __type(name: \"Query\") { name } }"}"#)
            #expect(introspection.text == #"{"errors":[{"message":"GraphQL introspection is disabled on this server.","locations":[{"line":1,"column":3}],"extensions":{"code":"INTROSPECTION_DISABLED"}}]}"#)
            let typename = try await client.post(#"{"query": "{ __typename }"}"#)
            #expect(typename.text == #"{"data":{"__typename":"Query"}}"#)
        }
    }

    @Test func anOversizedBodyIs413() async throws {
        let server = sampleServer { $0.maxBodyBytes = 100 }
        try await inMemory(server) { client in
            let response = try await client.post(#"{"query": "{ __typename }", "x": "\#(String(repeating: "x", count: 200))"}"#)
            #expect(response.status == .contentTooLarge)
            #expect(response.text.contains(#""code":"QUERY_TOO_LARGE""#))
        }
    }

    @Test func anExecutionOverTheTimeoutAnswersAnError() async throws {
        let server = sampleServer { $0.timeout = .milliseconds(1) }
        try await inMemory(server) { client in
            // 400 copies of every order with its customer: far more than a millisecond of work.
            let query = "{ " + (0..<400).map { "o\($0): orders(first: 1000) { nodes { id customer { name } } }" }.joined(separator: " ") + " }"
            let response = try await client.post(#"{"query": \#(json(query))}"#)
            #expect(response.status == .ok)
            #expect(response.text.prefix(200) == #"{"errors":[{"message":"Execution took longer than the limit of 0.001 s.","extensions":{"code":"EXECUTION_TIMEOUT"}}],"data":null}"#)
        }
    }
}
