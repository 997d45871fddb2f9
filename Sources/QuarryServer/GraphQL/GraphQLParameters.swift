import Foundation
import QuarryExecution

/// The parameters of a GraphQL-over-HTTP request (SEMANTICS.md §11.1, §11.4, §12.1), read from a
/// POST body or a GET query string: `query`, `operationName`, `variables`, `extensions`, and the
/// persisted-document form's `documentId`. A parameter given as `null` is absent.
struct GraphQLParameters: Equatable {
    var query: String?
    var operationName: String?
    var variables: [String: JSONValue] = [:]
    var extensions: [String: JSONValue] = [:]
    var documentId: String?

    /// A POST body: a UTF-8 JSON object (an array, a batch, is refused).
    init(body: [UInt8]) throws(RequestProblem) {
        // ASCII is UTF-8: most bodies are checked without Foundation building a String of them.
        guard body.allSatisfy({ $0 < 0x80 }) || String(bytes: body, encoding: .utf8) != nil else {
            throw .badRequest("The request body is not valid UTF-8.")
        }
        let value: JSONValue
        do {
            value = try JSONValue.parse(body)
        } catch {
            throw .badRequest("The request body is not valid JSON: \(error)")
        }
        guard case .object(let entries) = value else {
            if case .array = value { throw .badRequest("Batched requests (a JSON array) are not supported.") }
            throw .badRequest("The request body must be a JSON object.")
        }
        for (key, value) in entries {
            switch key {
            case "query": query = try Self.string(value, key)
            case "operationName": operationName = try Self.string(value, key)
            case "documentId": documentId = try Self.string(value, key)
            case "variables": variables = try Self.object(value, key)
            case "extensions": extensions = try Self.object(value, key)
            default: continue
            }
        }
    }

    /// A GET query string: `variables` and `extensions` are JSON text.
    init(queryString: String?) throws(RequestProblem) {
        for (key, text) in try Self.pairs(queryString ?? "") {
            switch key {
            case "query": query = text
            case "operationName": operationName = text
            case "documentId": documentId = text
            case "variables": variables = try Self.object(Self.json(text, key), key)
            case "extensions": extensions = try Self.object(Self.json(text, key), key)
            default: continue
            }
        }
    }

    /// `name=value` pairs of a query string, `+` and `%XX` decoded (`QueryStringPairs`); an escape
    /// that does not decode to UTF-8 is a bad request.
    static func pairs(_ queryString: String) throws(RequestProblem) -> [(String, String)] {
        guard let pairs = QueryStringPairs.decode(queryString) else {
            throw .badRequest("The query string is not valid percent-encoded UTF-8.")
        }
        return pairs
    }

    private static func json(_ text: String, _ key: String) throws(RequestProblem) -> JSONValue {
        do {
            return try JSONValue.parse(Array(text.utf8))
        } catch {
            throw .badRequest("The \(key) parameter is not valid JSON: \(error)")
        }
    }

    private static func string(_ value: JSONValue, _ key: String) throws(RequestProblem) -> String? {
        switch value {
        case .null: return nil
        case .string(let text): return text
        default: throw .badRequest("The \(key) parameter must be a string.")
        }
    }

    private static func object(_ value: JSONValue, _ key: String) throws(RequestProblem) -> [String: JSONValue] {
        switch value {
        case .null: return [:]
        case .object(let entries): return Dictionary(entries.map { ($0.key, $0.value) }, uniquingKeysWith: { _, last in last })
        default: throw .badRequest("The \(key) parameter must be a JSON object.")
        }
    }

    static func == (lhs: GraphQLParameters, rhs: GraphQLParameters) -> Bool {
        lhs.query == rhs.query && lhs.operationName == rhs.operationName && lhs.variables == rhs.variables
            && lhs.extensions == rhs.extensions && lhs.documentId == rhs.documentId
    }
}
