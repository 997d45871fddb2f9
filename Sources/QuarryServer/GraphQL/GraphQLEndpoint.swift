import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Quarry
import QuarryExecution
import QuarryLanguage
import QuarryStore

/// `GET` and `POST /graphql` (PRODUCT.md §8, SEMANTICS.md §11, GraphQL-over-HTTP): reads the
/// request's parameters, resolves persisted documents, admits the document under the limits,
/// runs it on the current snapshot within the timeout, and answers the engine's bytes with the
/// status the negotiated media type prescribes.
struct GraphQLEndpoint: Sendable {
    let gateway: LiveGateway
    let options: ServerOptions
    let persisted: PersistedQueryResolution
    let metrics: ServerMetrics
    let reply: Reply
    let explorer: @Sendable () -> [UInt8]
    /// Documents that run on the request's task rather than under the watchdog.
    let quick: QuickExecutions

    func handle(_ request: Request, logger: Logger) async -> Response {
        let isGet = request.method == .get || request.method == .head
        guard isGet || request.method == .post else {
            return problem(RequestProblem(status: .methodNotAllowed, message: "Use GET or POST for /graphql.",
                                          code: "METHOD_NOT_ALLOWED", allow: "GET, POST"), media: .json, request: request)
        }
        let accept = request.headers.value(.accept)
        let media = ResponseMediaType.negotiate(accept?.isEmpty ?? true ? nil : accept, offered: isGet ? [.json, .graphQLResponse, .html]
                                                                                        : [.json, .graphQLResponse])
        if media == .html {
            return reply.bytes(explorer(), contentType: ResponseMediaType.html.contentType, for: request)
        }
        do {
            let parameters = try await readParameters(request, isGet: isGet)
            return await run(parameters, isGet: isGet, media: media, request: request, logger: logger)
        } catch {
            return problem(error, media: media ?? .json, request: request)
        }
    }

    private func readParameters(_ request: Request, isGet: Bool) async throws(RequestProblem) -> GraphQLParameters {
        if isGet { return try GraphQLParameters(queryString: request.uri.query) }
        guard let contentType = request.headers.value(.contentType).flatMap(MediaRange.init),
              contentType.specificity(for: "application", "json") == 3
        else {
            throw RequestProblem(status: .unsupportedMediaType, message: "POST /graphql takes Content-Type: application/json.",
                                 code: "UNSUPPORTED_MEDIA_TYPE")
        }
        return try GraphQLParameters(body: try await readBody(of: request, limit: options.maxBodyBytes,
                                                              timeout: options.bodyTimeout))
    }

    private func run(_ parameters: GraphQLParameters, isGet: Bool, media: ResponseMediaType?, request: Request,
                     logger: Logger) async -> Response {
        let query: String
        do {
            switch try persisted.resolve(parameters) {
            case .query(let text): query = text
            case .refused(let error, let status):
                metrics.recordGraphQL(operation: parameters.operationName, outcome: .refused)
                return answer(.refused([error]), media: media, status: status.map { HTTPResponse.Status(code: $0) }, request: request)
            }
        } catch {
            return problem(error, media: media ?? .json, request: request)
        }
        switch await execute(query, operationName: parameters.operationName, variables: parameters.variables, isGet: isGet,
                             logger: logger) {
        case .mutationOverGet:
            return problem(RequestProblem(status: .methodNotAllowed, message: "GET requests can only run queries; use POST.",
                                          code: "METHOD_NOT_ALLOWED", allow: "POST"), media: media ?? .json, request: request)
        case .timedOut:
            guard let media else { return notAcceptable(request) }
            return reply.bytes(timedOut(), contentType: media.contentType, for: request)
        case .answered(let response):
            return answer(response, media: media, request: request)
        }
    }

    /// How an execution ended.
    enum Execution {
        /// Executed, or refused before execution (limits, parse, validation, variables).
        case answered(GraphQLResponse)
        /// A mutation or subscription asked for over GET, not run.
        case mutationOverGet
        /// Not finished within `options.timeout`.
        case timedOut
    }

    /// Admits `query` under the limits and runs it on the current snapshot within the timeout,
    /// recording its metrics: what `/graphql` and `/queries/NAME` share.
    func execute(_ query: String, operationName: String?, variables: [String: JSONValue], isGet: Bool,
                 logger: Logger) async -> Execution {
        let snapshot = gateway.snapshot
        let document: PreparedDocument
        switch gateway.admit(query, for: snapshot) {
        case .refused(let response):
            metrics.recordGraphQL(operation: operationName, outcome: .refused)
            logger.notice("refused by a limit", metadata: ["code": "\(response.errors.first?.code ?? "")"])
            return .answered(response)
        case .admitted(let prepared): document = prepared
        }
        let operation = document.document.flatMap { selectedOperation(in: $0, named: operationName) }
        // A GET never runs a mutation, whatever it accepts (SEMANTICS.md §11.4, §15.5).
        if isGet, let operation, operation.operation != .query {
            metrics.recordGraphQL(operation: operationName, outcome: .badRequest)
            return .mutationOverGet
        }
        let label = operationName ?? operation?.name?.value
        guard let response = await run(document, operationName: operationName, variables: variables, on: snapshot) else {
            metrics.recordGraphQL(operation: label, outcome: .timeout)
            logger.warning("execution timed out", metadata: ["operation": "\(label ?? "anonymous")"])
            return .timedOut
        }
        let outcome: ServerMetrics.Outcome = !response.executed ? .refused : response.errors.isEmpty ? .ok : .fieldErrors
        metrics.recordGraphQL(operation: label, outcome: outcome)
        return .answered(response)
    }

    /// Runs `document` within `options.timeout`; nil when it takes longer. A run known to be
    /// quick (`QuickExecutions`) stays on this task; any other goes to a worker under the watchdog.
    private func run(_ document: PreparedDocument, operationName: String?, variables: [String: JSONValue],
                     on snapshot: StoreSnapshot) async -> GraphQLResponse? {
        let gateway = self.gateway
        let timed = { @Sendable () -> (response: GraphQLResponse, duration: Duration) in
            let started = ContinuousClock.now
            let response = gateway.execute(document, operationName: operationName, variables: variables, on: snapshot)
            return (response, ContinuousClock.now - started)
        }
        guard variables.isEmpty else { return await runWithTimeout(options.timeout, timed)?.response }
        if quick.isQuick(document, operationName: operationName, on: snapshot) {
            let run = timed()
            if run.duration > quick.limit {
                quick.record(document, operationName: operationName, on: snapshot, duration: run.duration)
            }
            // Answered as the watchdog would have answered a run this long.
            return run.duration > options.timeout ? nil : run.response
        }
        guard let run = await runWithTimeout(options.timeout, timed) else { return nil }
        quick.record(document, operationName: operationName, on: snapshot, duration: run.duration)
        return run.response
    }

    /// A GraphQL response with its status (SEMANTICS.md §11.3): 200 when executed; otherwise 400
    /// under `application/graphql-response+json` and 200 under `application/json`.
    private func answer(_ response: GraphQLResponse, media: ResponseMediaType?, status: HTTPResponse.Status? = nil,
                        request: Request) -> Response {
        guard let media else { return notAcceptable(request) }
        let chosen = status ?? (response.executed || media == .json ? .ok : .badRequest)
        return reply.bytes(response.json, status: chosen, contentType: media.contentType, for: request)
    }

    func problem(_ problem: RequestProblem, media: ResponseMediaType, request: Request) -> Response {
        if problem.status == .methodNotAllowed || problem.status == .unsupportedMediaType || problem.status == .contentTooLarge {
            metrics.recordGraphQL(operation: nil, outcome: .badRequest)
        }
        var headers: HTTPFields = [:]
        if let allow = problem.allow { headers[.allow] = allow }
        let body = GraphQLResponse.refused([GraphQLError(message: problem.message, code: problem.code)]).json
        return reply.bytes(body, status: problem.status, contentType: media.contentType, for: request, headers: headers)
    }

    private func notAcceptable(_ request: Request) -> Response {
        problem(RequestProblem(status: .notAcceptable,
                               message: "Accept application/graphql-response+json or application/json.",
                               code: "NOT_ACCEPTABLE"), media: .json, request: request)
    }

    /// Execution ran out of time: `data` is null, as for an execution that could not complete.
    func timedOut() -> [UInt8] {
        var json = JSONWriter(capacity: 160)
        json.raw("{\"errors\":")
        json.errors([GraphQLError(message: "Execution took longer than the limit of \(secondsText(options.timeout)).",
                                  code: "EXECUTION_TIMEOUT")])
        json.raw(",\"data\":null}")
        return json.bytes
    }
}

/// The operation a request runs (spec §6.1 GetOperation): the one named, or the only one; nil when
/// that is ambiguous or unknown (execution reports it).
func selectedOperation(in document: Document, named name: String?) -> OperationDefinition? {
    var found: OperationDefinition?
    for case .operation(let operation) in document.definitions {
        if let name {
            if operation.name?.value == name { return operation }
        } else {
            if found != nil { return nil }
            found = operation
        }
    }
    return found
}

/// `4 s`, `0.25 s`: a duration as messages show it.
func secondsText(_ duration: Duration) -> String {
    let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
    return String(format: "%g s", seconds)
}
