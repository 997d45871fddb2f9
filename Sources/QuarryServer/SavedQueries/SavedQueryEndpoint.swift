import Foundation
import HTTPTypes
import Hummingbird
import Logging
import Quarry
import QuarryExecution

/// `GET /queries` and `GET|POST /queries/NAME` (SEMANTICS.md §12.2–§12.3, §15.5): the saved
/// queries of `schema/queries/`, listed with their variables and run by name, also under
/// `--trusted-only`. Variables come as URL parameters typed by their declarations (as `--var`),
/// as `?variables=<JSON>`, or as a POST body `{"variables": {...}}`; `?format=csv|ndjson|table`
/// (or `Accept: text/csv`) answers the rows as `quarry run` prints them.
struct SavedQueryEndpoint: Sendable {
    let root: URL
    let graphql: GraphQLEndpoint

    private var reply: Reply { graphql.reply }

    func list(_ request: Request) -> Response {
        let queries: [SavedQuery]
        do {
            queries = try SavedQueries.all(root: root)
        } catch {
            return graphql.problem(RequestProblem(status: .internalServerError, message: "The saved queries cannot be read: \(error)",
                                                  code: "INTERNAL_SERVER_ERROR"), media: .json, request: request)
        }
        var json = JSONWriter(capacity: 1024)
        json.raw("{\"queries\":[")
        for (index, query) in queries.enumerated() {
            if index > 0 { json.byte(UInt8(ascii: ",")) }
            json.raw("{\"name\":")
            json.string(query.name)
            json.raw(",\"description\":")
            if let description = query.description { json.string(description) } else { json.null() }
            json.raw(",\"variables\":[")
            for (position, variable) in query.variables.enumerated() {
                if position > 0 { json.byte(UInt8(ascii: ",")) }
                json.raw("{\"name\":")
                json.string(variable.name)
                json.raw(",\"type\":")
                json.string(variable.typeText)
                json.raw(",\"defaultValue\":")
                if let value = variable.defaultValueText { json.string(value) } else { json.null() }
                json.byte(UInt8(ascii: "}"))
            }
            json.raw("],\"url\":")
            json.string("/queries/" + query.name)
            json.byte(UInt8(ascii: "}"))
        }
        json.raw("]}")
        return reply.bytes(json.bytes, contentType: ResponseMediaType.json.contentType, for: request)
    }

    func run(_ request: Request, name: String, logger: Logger) async -> Response {
        guard let saved = try? SavedQueries.named(name, root: root) else {
            return graphql.problem(RequestProblem(status: .notFound, message: "No saved query is named \(name).", code: "NOT_FOUND"),
                                   media: .json, request: request)
        }
        let format: OutputFormat
        let variables: [String: JSONValue]
        do {
            let inputs = try await self.inputs(request)
            format = try Self.format(inputs.format, accept: request.headers[.accept])
            variables = try variableValues(saved, json: inputs.json, texts: inputs.texts)
        } catch {
            return graphql.problem(error, media: .json, request: request)
        }
        switch await graphql.execute(saved.text, operationName: saved.operationName, variables: variables,
                                     isGet: request.method == .get, logger: logger) {
        case .mutationOverGet:
            return graphql.problem(RequestProblem(status: .methodNotAllowed, message: "GET requests can only run queries; use POST.",
                                                  code: "METHOD_NOT_ALLOWED", allow: "POST"), media: .json, request: request)
        case .timedOut:
            return reply.bytes(graphql.timedOut(), contentType: ResponseMediaType.json.contentType, for: request)
        case .answered(let response):
            let status: HTTPResponse.Status = response.executed ? .ok : .badRequest
            guard format.isTabular, response.executed else {
                return reply.bytes(response.json, status: status, contentType: ResponseMediaType.json.contentType, for: request)
            }
            let columns = SelectionColumns(query: saved.text, operationName: saved.operationName, schema: graphql.gateway.snapshot.schema)
            do {
                let rows = try ResponseOutput.bytes(response.json, as: format, options: OutputOptions(columns: columns))
                return reply.bytes(rows, status: status, contentType: format.contentType, for: request)
            } catch {
                return graphql.problem(.badRequest("\(error)"), media: .json, request: request)
            }
        }
    }

    /// What a request gives: a JSON object of variables, variable texts and a format name.
    private struct Inputs {
        var json: [(key: String, value: JSONValue)] = []
        var texts: [(name: String, text: String)] = []
        var format: String?
    }

    private func inputs(_ request: Request) async throws(RequestProblem) -> Inputs {
        var inputs = Inputs()
        for (name, value) in try GraphQLParameters.pairs(request.uri.query ?? "") {
            switch name {
            case "format": inputs.format = value
            case "variables": inputs.json = try Self.variablesObject(Array(value.utf8))
            default: inputs.texts.append((name, value))
            }
        }
        if request.method == .post {
            let body = try await readBody(of: request, limit: graphql.options.maxBodyBytes, timeout: graphql.options.bodyTimeout)
            if !body.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
                let parameters = try GraphQLParameters(body: body)
                inputs.json += parameters.variables.sorted { $0.key < $1.key }.map { (key: $0.key, value: $0.value) }
            }
        }
        return inputs
    }

    private static func variablesObject(_ bytes: [UInt8]) throws(RequestProblem) -> [(key: String, value: JSONValue)] {
        guard case .object(let entries)? = try? JSONValue.parse(bytes) else {
            throw .badRequest("The variables parameter must be a JSON object.")
        }
        return entries
    }

    private func variableValues(_ saved: SavedQuery, json: [(key: String, value: JSONValue)],
                                texts: [(name: String, text: String)]) throws(RequestProblem) -> [String: JSONValue] {
        do {
            let declared = saved.syntaxError == nil ? saved.variables : nil
            return try VariableInputs(declared: declared, schema: graphql.gateway.snapshot.schema).collect(json: json, texts: texts)
        } catch {
            throw RequestProblem(status: .badRequest, message: error.description, code: "BAD_USER_INPUT")
        }
    }

    /// `?format=` first, else `Accept: text/csv` (or ndjson), else JSON.
    private static func format(_ name: String?, accept: String?) throws(RequestProblem) -> OutputFormat {
        if let name {
            guard let format = OutputFormat(rawValue: name) else {
                throw .badRequest("format must be json, table, csv or ndjson.")
            }
            return format
        }
        let ranges = MediaRange.list(accept ?? "")
        if ranges.contains(where: { $0.type == "text" && $0.subtype == "csv" && $0.quality > 0 }) { return .csv }
        if ranges.contains(where: { $0.subtype == "x-ndjson" && $0.quality > 0 }) { return .ndjson }
        return .json
    }
}
