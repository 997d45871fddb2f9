import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

@testable import QuarryServer

/// SEMANTICS.md §11 over Hummingbird's in-memory router: every status code and media type case.
@Suite struct GraphQLOverHTTPTests {
    @Test func postRunsAQueryAndAnswersTheEnginesBytes() async throws {
        try await inMemory { client in
            let response = try await client.post(#"{"query": \#(json(merchantQuery))}"#)
            #expect(response.status == .ok)
            #expect(response.headers[.contentType] == jsonType)
            #expect(response.text == merchantData)
        }
    }

    @Test func getGivesTheSameDataAsPost() async throws {
        try await inMemory { client in
            let response = try await client.get("/graphql", [("query", merchantQuery)])
            #expect(response.status == .ok)
            #expect(response.text == merchantData)
        }
    }

    @Test func variablesOperationNameAndExtensionsOverGetAreJSONText() async throws {
        try await inMemory { client in
            let query = "query A { x: __typename } query B($id: ID!) { merchant(id: $id) { id } }"
            let response = try await client.get("/graphql", [("query", query), ("operationName", "B"),
                                                             ("variables", #"{"id":"m-00002"}"#), ("extensions", "{}")])
            #expect(response.text == #"{"data":{"merchant":{"id":"m-00002"}}}"#)
            let bad = try await client.get("/graphql", [("query", query), ("variables", "[1]")])
            #expect(bad.status == .badRequest)
            #expect(bad.text.contains("The variables parameter must be a JSON object."))
            let notJSON = try await client.get("/graphql", [("query", query), ("variables", "{id")])
            #expect(notJSON.status == .badRequest)
        }
    }

    @Test func postParametersMustHaveTheirTypesAndNullMeansAbsent() async throws {
        try await inMemory { client in
            let withNulls = try await client.post(
                #"{"query": \#(json(merchantQuery)), "operationName": null, "variables": null, "extensions": null}"#)
            #expect(withNulls.text == merchantData)
            for body in [#"{"query": 1}"#, #"{"query": "{ __typename }", "variables": "{}"}"#,
                         #"{"query": "{ __typename }", "operationName": []}"#, #"{"query": "{ __typename }", "extensions": 3}"#,
                         #"{"variables": {}}"#, #"{"query": null}"#] {
                let response = try await client.post(body)
                #expect(response.status == .badRequest, "\(body)")
                #expect(response.text.hasPrefix(#"{"errors":[{"message":"#), "\(body)")
            }
        }
    }

    @Test func aBodyThatIsNotAJSONObjectIs400() async throws {
        try await inMemory { client in
            for body in ["{", "", "\"query\"", "42", "null"] {
                let response = try await client.post(body)
                #expect(response.status == .badRequest, "\(body)")
            }
            let batch = try await client.post(#"[{"query": "{ __typename }"}]"#)
            #expect(batch.status == .badRequest)
            #expect(batch.text == #"{"errors":[{"message":"Batched requests (a JSON array) are not supported.","extensions":{"code":"BAD_REQUEST"}}]}"#)
            let notUTF8 = try await client.execute(uri: "/graphql", method: .post, headers: [.contentType: "application/json"],
                                                   body: ByteBuffer(bytes: Array(#"{"query": "{ __typename "#.utf8) + [0xC3, 0x28, 0x22, 0x7D]))
            #expect(notUTF8.status == .badRequest)
            #expect(notUTF8.text.contains("not valid UTF-8"))
        }
    }

    @Test func postNeedsApplicationJSON() async throws {
        try await inMemory { client in
            for contentType in [nil, "text/plain", "application/graphql", "application/x-www-form-urlencoded",
                                "application/json; charset=utf-16"] {
                let response = try await client.post(#"{"query": "{ __typename }"}"#, contentType: contentType)
                #expect(response.status == .unsupportedMediaType, "\(contentType ?? "none")")
            }
            let withCharset = try await client.post(#"{"query": "{ __typename }"}"#, contentType: "application/json; charset=UTF-8")
            #expect(withCharset.status == .ok)
        }
    }

    @Test func acceptChoosesTheMediaTypeByQualityThenOrder() async throws {
        try await inMemory { client in
            let cases: [(String?, String)] = [
                (nil, jsonType), ("*/*", jsonType), ("application/json", jsonType),
                ("application/graphql-response+json", graphQLResponseType),
                ("application/graphql-response+json, application/json", graphQLResponseType),
                ("application/json, application/graphql-response+json", jsonType),
                ("application/graphql-response+json;q=0.5, application/json", jsonType),
                ("application/json;q=0.9, application/graphql-response+json", graphQLResponseType),
                ("text/html;q=0.9, application/graphql-response+json;charset=utf-8", graphQLResponseType),
                ("application/*", jsonType),
            ]
            for (accept, expected) in cases {
                let response = try await client.post(#"{"query": "{ __typename }"}"#, accept: accept)
                #expect(response.status == .ok, "\(accept ?? "none")")
                #expect(response.headers[.contentType] == expected, "\(accept ?? "none")")
                #expect(response.text == #"{"data":{"__typename":"Query"}}"#)
            }
        }
    }

    @Test func anAcceptWithNeitherJSONTypeIs406() async throws {
        try await inMemory { client in
            for accept in ["text/plain", "application/xml", "application/json; charset=utf-16", "application/json;q=0"] {
                let response = try await client.post(#"{"query": "{ __typename }"}"#, accept: accept)
                #expect(response.status == .notAcceptable, "\(accept)")
            }
        }
    }

    @Test func preExecutionFailuresAre400UnderGraphQLResponseJSONAnd200UnderJSON() async throws {
        let failures = [
            (#"{ merchant(id: "m-00001") { id "#, "GRAPHQL_PARSE_FAILED"),
            ("{ nope }", "GRAPHQL_VALIDATION_FAILED"),
            ("query Q($id: ID!) { merchant(id: $id) { id } }", "BAD_USER_INPUT"),
            ("query A { __typename } query B { __typename }", "OPERATION_RESOLUTION_FAILURE"),
            ("mutation { __typename }", "GRAPHQL_VALIDATION_FAILED"),
        ]
        try await inMemory { client in
            for (query, code) in failures {
                let strict = try await client.post(#"{"query": \#(json(query))}"#, accept: "application/graphql-response+json")
                #expect(strict.status == .badRequest, "\(query)")
                #expect(strict.text.contains(#""code":"\#(code)""#), "\(query): \(strict.text)")
                #expect(!strict.text.contains(#""data""#))
                let legacy = try await client.post(#"{"query": \#(json(query))}"#, accept: "application/json")
                #expect(legacy.status == .ok, "\(query)")
                #expect(legacy.text == strict.text)
            }
        }
    }

    @Test func aFieldErrorStillAnswers200WithData() async throws {
        try await inMemory { client in
            let response = try await client.post(#"{"query": "{ merchant(id: \"m-99999\") { id } }"}"#,
                                                 accept: "application/graphql-response+json")
            #expect(response.status == .ok)
            #expect(response.text == #"{"data":{"merchant":null}}"#)
        }
    }

    @Test func aMutationOverGetIs405WithAllowPostWhateverTheAccept() async throws {
        try await inMemory { client in
            for accept in [nil, "application/graphql-response+json", "text/plain"] {
                let response = try await client.get("/graphql", [("query", "mutation { __typename }")], accept: accept)
                #expect(response.status == .methodNotAllowed, "\(accept ?? "none")")
                #expect(response.headers[.allow] == "POST")
            }
            let named = try await client.get("/graphql", [("query", "query Q { __typename } mutation M { __typename }"),
                                                          ("operationName", "M")])
            #expect(named.status == .methodNotAllowed)
            let query = try await client.get("/graphql", [("query", "query Q { __typename } mutation M { __typename }"),
                                                          ("operationName", "Q")])
            #expect(query.status == .ok)
        }
    }

    @Test func otherMethodsAre405AndAGetWithoutQueryIs400() async throws {
        try await inMemory { client in
            for method in [HTTPRequest.Method.put, .delete, .patch] {
                let response = try await client.execute(uri: "/graphql", method: method)
                #expect(response.status == .methodNotAllowed)
                #expect(response.headers[.allow] == "GET, POST")
            }
            let missing = try await client.get("/graphql", [("operationName", "Q")])
            #expect(missing.status == .badRequest)
            #expect(missing.text.contains("The request has no query."))
        }
    }

    @Test func aBrowserGetsTheExplorer() async throws {
        try await inMemory { client in
            let browser = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8"
            for path in ["/graphql", "/"] {
                let response = try await client.get(path, accept: browser)
                #expect(response.status == .ok)
                #expect(response.headers[.contentType] == "text/html; charset=utf-8")
                #expect(response.body.readableBytesView.elementsEqual(explorerPage()))
            }
            let page = String(decoding: explorerPage(), as: UTF8.self)
            #expect(!page.contains("http://") && !page.contains("https://") && !page.contains("//cdn"))
        }
    }
}
