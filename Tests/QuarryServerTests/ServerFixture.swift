import Foundation
import HTTPTypes
import Hummingbird
import Logging
import HummingbirdTesting
import Quarry
import QuarryStore

@testable import QuarryServer

let repositoryRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
    .deletingLastPathComponent()

/// The bundled sample root, loaded once, not watched: every in-memory test serves it.
let sampleGateway = try! LiveGateway(root: repositoryRoot, watch: .off)

/// A server on the sample root with `options` (watching is the gateway's business).
func sampleServer(_ configure: (inout ServerOptions) -> Void = { _ in }) -> QuarryServer {
    var options = ServerOptions(watch: .off)
    configure(&options)
    return QuarryServer(gateway: LiveGateway(store: sampleGateway.store, limits: options.limits), options: options)
}

/// Runs `test` against `server`'s router in memory (HummingbirdTesting `.router`).
func inMemory<Value: Sendable>(_ server: QuarryServer = sampleServer(),
                               _ test: @Sendable (any TestClientProtocol) async throws -> Value) async throws -> Value {
    try await server.application(logger: quietLogger).test(.router, test)
}

/// Tests log only errors.
let quietLogger: Logger = {
    var logger = Logger(label: "quarry-test")
    logger.logLevel = .error
    return logger
}()

extension TestClientProtocol {
    /// `POST /graphql` with a JSON body and `Content-Type: application/json` unless told otherwise.
    func post(_ body: String, path: String = "/graphql", accept: String? = nil, contentType: String? = "application/json",
              headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        if let contentType { headers[.contentType] = contentType }
        if let accept { headers[.accept] = accept }
        return try await execute(uri: path, method: .post, headers: headers, body: ByteBuffer(string: body))
    }

    /// `GET` of `path` with query parameters percent-encoded.
    func get(_ path: String = "/graphql", _ parameters: [(String, String)] = [], accept: String? = nil,
             headers extra: HTTPFields = [:]) async throws -> TestResponse {
        var headers = extra
        if let accept { headers[.accept] = accept }
        return try await execute(uri: path + queryString(parameters), method: .get, headers: headers)
    }
}

/// `?a=1&b=2`, each value percent-encoded as a form would (space as %20).
func queryString(_ parameters: [(String, String)]) -> String {
    guard !parameters.isEmpty else { return "" }
    var allowed = CharacterSet.alphanumerics
    allowed.insert(charactersIn: "-._~")
    return "?" + parameters.map { "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: allowed)!)" }
        .joined(separator: "&")
}

extension TestResponse {
    var text: String { String(buffer: body) }
}

/// A JSON string literal for `text`, for building request bodies.
func json(_ text: String) -> String {
    let data = try! JSONSerialization.data(withJSONObject: [text], options: [.withoutEscapingSlashes])
    return String(String(decoding: data, as: UTF8.self).dropFirst().dropLast())
}

let merchantQuery = #"{ merchant(id: "m-00001") { id name } }"#
let merchantData = #"{"data":{"merchant":{"id":"m-00001","name":"云岭茶业 Yunling Tea"}}}"#
let graphQLResponseType = "application/graphql-response+json; charset=utf-8"
let jsonType = "application/json; charset=utf-8"
