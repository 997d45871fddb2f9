import Foundation
import HummingbirdTesting
import Quarry
import Testing

@testable import QuarryServer

/// SEMANTICS.md §12.1 and §15.5: automatic persisted queries over POST and GET, trusted documents
/// by `documentId`, and `--trusted-only`.
@Suite struct PersistedQueryTests {
    let query = "{ merchant(id: \"m-00001\") { id name } }"

    func extensions(_ hash: String) -> String { #"{"persistedQuery":{"version":1,"sha256Hash":"\#(hash)"}}"# }

    @Test func sha256IsLowercaseHex() {
        #expect(sha256Hex("".utf8) == "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855")
        #expect(sha256Hex("abc".utf8) == "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad")
    }

    @Test func apqRoundTripOverPost() async throws {
        let hash = sha256Hex(query.utf8)
        try await inMemory { client in
            let unknown = try await client.post(#"{"extensions": \#(extensions(hash))}"#)
            #expect(unknown.status == .ok)
            #expect(unknown.text == #"{"errors":[{"message":"PersistedQueryNotFound","extensions":{"code":"PERSISTED_QUERY_NOT_FOUND"}}]}"#)
            let registered = try await client.post(#"{"query": \#(json(query)), "extensions": \#(extensions(hash))}"#)
            #expect(registered.text == merchantData)
            let byHash = try await client.post(#"{"extensions": \#(extensions(hash))}"#)
            #expect(byHash.status == .ok)
            #expect(byHash.text == merchantData)
        }
    }

    @Test func apqRoundTripOverGet() async throws {
        let text = "{ merchant(id: \"m-00002\") { id } }"
        let hash = sha256Hex(text.utf8)
        try await inMemory { client in
            let unknown = try await client.get("/graphql", [("extensions", extensions(hash))])
            #expect(unknown.text.contains("PERSISTED_QUERY_NOT_FOUND"))
            let registered = try await client.get("/graphql", [("query", text), ("extensions", extensions(hash))])
            #expect(registered.text == #"{"data":{"merchant":{"id":"m-00002"}}}"#)
            let byHash = try await client.get("/graphql", [("extensions", extensions(hash))])
            #expect(byHash.text == #"{"data":{"merchant":{"id":"m-00002"}}}"#)
        }
    }

    @Test func aHashThatDoesNotMatchIs400WithoutData() async throws {
        try await inMemory { client in
            for accept in ["application/json", "application/graphql-response+json"] {
                let response = try await client.post(#"{"query": \#(json(query)), "extensions": \#(extensions(String(repeating: "0", count: 64)))}"#,
                                                     accept: accept)
                #expect(response.status == .badRequest)
                #expect(response.text == #"{"errors":[{"message":"provided sha does not match query","extensions":{"code":"PERSISTED_QUERY_HASH_MISMATCH"}}]}"#)
            }
            // Nothing was registered under the wrong hash.
            let later = try await client.post(#"{"extensions": \#(extensions(String(repeating: "0", count: 64)))}"#)
            #expect(later.text.contains("PERSISTED_QUERY_NOT_FOUND"))
        }
    }

    @Test func malformedPersistedQueryExtensionsAre400() async throws {
        try await inMemory { client in
            for persisted in [#"{"persistedQuery": 1}"#, #"{"persistedQuery": {"version": 1}}"#,
                              #"{"persistedQuery": {"version": 2, "sha256Hash": "ab"}}"#] {
                let response = try await client.post(#"{"extensions": \#(persisted)}"#)
                #expect(response.status == .badRequest, "\(persisted)")
            }
        }
    }

    @Test func trustedDocumentsRunByTheHashOfTheSavedQueryFile() async throws {
        let saved = "query Second {\n  merchant(id: \"m-2\") { name }\n}\n"
        let root = try TemporaryRoot(twoMerchants.merging(["schema/queries/second.graphql": saved]) { $1 })
        defer { root.remove() }
        let server = QuarryServer(gateway: try LiveGateway(root: root.url, watch: .off), options: ServerOptions(watch: .off))
        let id = "sha256:" + sha256Hex(saved.utf8)
        try await inMemory(server) { client in
            let post = try await client.post(#"{"documentId": "\#(id)"}"#)
            #expect(post.text == #"{"data":{"merchant":{"name":"Second"}}}"#)
            let get = try await client.get("/graphql", [("documentId", id)])
            #expect(get.text == #"{"data":{"merchant":{"name":"Second"}}}"#)
            let unknown = try await client.post(#"{"documentId": "sha256:\#(String(repeating: "a", count: 64))"}"#)
            #expect(unknown.text.contains("PERSISTED_QUERY_NOT_FOUND"))
            let trimmed = try await client.post(#"{"documentId": "sha256:\#(sha256Hex(saved.dropLast().utf8))"}"#)
            #expect(trimmed.text.contains("PERSISTED_QUERY_NOT_FOUND"))
        }
    }

    @Test func trustedOnlyRefusesFreeTextAndRegistrationButRunsTrustedDocuments() async throws {
        let saved = "{ merchant(id: \"m-1\") { name } }"
        let root = try TemporaryRoot(twoMerchants.merging(["schema/queries/first.graphql": saved]) { $1 })
        defer { root.remove() }
        let server = QuarryServer(gateway: try LiveGateway(root: root.url, watch: .off),
                                  options: ServerOptions(watch: .off, trustedOnly: true))
        try await inMemory(server) { client in
            let free = try await client.post(#"{"query": "{ __typename }"}"#, accept: "application/graphql-response+json")
            #expect(free.status == .badRequest)
            #expect(free.text.contains(#""code":"PERSISTED_QUERY_ONLY""#))
            let freeLegacy = try await client.post(#"{"query": "{ __typename }"}"#)
            #expect(freeLegacy.status == .ok)
            #expect(freeLegacy.text.contains(#""code":"PERSISTED_QUERY_ONLY""#))
            let other = "{ __typename }"
            let registration = try await client.post(#"{"query": \#(json(other)), "extensions": \#(extensions(sha256Hex(other.utf8)))}"#)
            #expect(registration.text.contains(#""code":"PERSISTED_QUERY_ONLY""#))
            let trusted = try await client.post(#"{"documentId": "sha256:\#(sha256Hex(saved.utf8))"}"#)
            #expect(trusted.text == #"{"data":{"merchant":{"name":"First"}}}"#)
            let byAPQHash = try await client.post(#"{"extensions": \#(extensions(sha256Hex(saved.utf8)))}"#)
            #expect(byAPQHash.text == #"{"data":{"merchant":{"name":"First"}}}"#)
        }
    }
}
