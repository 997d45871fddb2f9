import Foundation
import QuarryLanguage
import QuarrySchema
import QuarryStore
import QuarryValidation

/// A GraphQL request: the document text, the operation to run and its variables (spec §6.1).
public struct GraphQLRequest: Sendable {
    public var query: String
    public var operationName: String?
    public var variables: [String: JSONValue]
    /// Names the document in messages: `<query>`, `<stdin>` or a file path.
    public var sourceName: String

    public init(query: String, operationName: String? = nil, variables: [String: JSONValue] = [:], sourceName: String = "<query>") {
        self.query = query
        self.operationName = operationName
        self.variables = variables
        self.sourceName = sourceName
    }
}

/// A GraphQL response: the JSON bytes (`errors` first, then `data`, keys in selection order)
/// and the errors as data.
public struct GraphQLResponse: Sendable {
    public let json: [UInt8]
    public let errors: [GraphQLError]
    /// False when the request failed before execution (parse, validation, variables, operation
    /// selection): the response has no `data`.
    public let executed: Bool

    public var text: String { String(decoding: json, as: UTF8.self) }
}

/// A parsed and validated document: what a repeated request reuses (issue 5: a plan per
/// document is cached, so a repeated query skips parsing and validation).
public final class PreparedDocument: @unchecked Sendable {
    public let source: Source
    public let document: Document?
    /// Parse or validation errors; when not empty the document is never executed.
    public let errors: [GraphQLError]
    let operations: [OperationDefinition]
    let fragments: [String: FragmentDefinition]

    /// Parses and validates `query` against `schema`.
    public init(query: String, sourceName: String = "<query>", schema: Schema) {
        let source = Source(query, name: sourceName)
        self.source = source
        var document: Document?
        var errors: [GraphQLError] = []
        do {
            let parsed = try parse(source)
            document = parsed
            errors = validate(parsed, source: source, schema: schema)
        } catch {
            errors = [GraphQLError(message: "Syntax Error: \(error.message)", locations: [error.location], code: "GRAPHQL_PARSE_FAILED")]
        }
        self.document = document
        self.errors = errors
        var operations: [OperationDefinition] = []
        var fragments: [String: FragmentDefinition] = [:]
        for definition in document?.definitions ?? [] {
            switch definition {
            case .operation(let operation): operations.append(operation)
            case .fragment(let fragment) where fragments[fragment.name.value] == nil: fragments[fragment.name.value] = fragment
            default: break
            }
        }
        self.operations = operations
        self.fragments = fragments
    }

    /// Compiled plans by operation and variables, for the schema they were compiled against
    /// (behind `lock`: requests on many threads share a prepared document).
    private let lock = NSLock()
    private var plans: [PlanKey: SelectionPlan] = [:]
    private var planSchema: Schema?
    private var engineTypes: EngineTypes?
    /// Distinct variable sets kept per document; beyond that, plans are compiled per request.
    static let maximumPlans = 16
    /// The largest response written for this document so far (up to `maximumResponseHint`):
    /// the next request's writer starts that large, rather than doubling its way up and copying
    /// what it has written at each step (Q6: 2.9 MB from 16 KB).
    private var responseSizeHint = 16 * 1024
    static let maximumResponseHint = 64 << 20

    struct PlanKey: Hashable {
        let operation: Int
        let variables: [String: InputValue]
    }

    /// The engine's type ids for `schema`, the cached plan of an operation, if any, and the
    /// room to start the response with.
    func cached(_ key: PlanKey, schema: Schema) -> (EngineTypes, SelectionPlan?, responseCapacity: Int) {
        lock.lock()
        defer { lock.unlock() }
        if planSchema !== schema || engineTypes == nil {
            planSchema = schema
            engineTypes = EngineTypes(schema: schema)
            plans = [:]
        }
        return (engineTypes!, plans[key], responseSizeHint)
    }

    /// Remembers a response's size when it is the largest yet (rarely, so rarely locks).
    func noteResponseSize(_ size: Int, hint: Int) {
        guard size > hint, hint < Self.maximumResponseHint else { return }
        lock.lock()
        defer { lock.unlock() }
        // With some slack: a writer reserves the most a value can take before writing it.
        responseSizeHint = min(max(responseSizeHint, size + size / 8 + 1024), Self.maximumResponseHint)
    }

    func store(_ plan: SelectionPlan, for key: PlanKey, schema: Schema) {
        lock.lock()
        defer { lock.unlock() }
        guard planSchema === schema, plans.count < Self.maximumPlans else { return }
        plans[key] = plan
    }
}

/// Runs a request against a snapshot (spec §6 "Execution"): parse, validate, select the
/// operation, coerce variables, execute, write the response.
public func execute(_ request: GraphQLRequest, on snapshot: StoreSnapshot, computed: ComputedFields = ComputedFields())
    -> GraphQLResponse
{
    let prepared = PreparedDocument(query: request.query, sourceName: request.sourceName, schema: snapshot.schema)
    return execute(prepared, operationName: request.operationName, variables: request.variables, on: snapshot, computed: computed)
}

/// Runs a prepared document: select the operation, coerce variables, execute, write the response.
public func execute(
    _ prepared: PreparedDocument, operationName: String?, variables given: [String: JSONValue], on snapshot: StoreSnapshot,
    computed: ComputedFields = ComputedFields()
) -> GraphQLResponse {
    if !prepared.errors.isEmpty { return failed(prepared.errors) }
    let source = prepared.source
    let operations = prepared.operations
    let operationIndex: Int
    if let name = operationName {
        guard let named = operations.firstIndex(where: { $0.name?.value == name }) else {
            return failed([GraphQLError(message: "Unknown operation named \"\(name)\".", code: "OPERATION_RESOLUTION_FAILURE")])
        }
        operationIndex = named
    } else {
        guard operations.count == 1 else {
            return failed([GraphQLError(message: "Must provide operation name if query contains multiple operations.",
                                        code: "OPERATION_RESOLUTION_FAILURE")])
        }
        operationIndex = 0
    }
    let operation = operations[operationIndex]
    guard operation.operation == .query else {
        return failed([GraphQLError(
            message: "\(operation.operation.rawValue.capitalized) operations are not supported: Quarry serves queries only.",
            locations: [source.location(at: Int(operation.range.start))], code: "GRAPHQL_VALIDATION_FAILED")])
    }
    let variables: [String: InputValue]
    switch VariableCoercion(schema: snapshot.schema, source: source).coerce(given, for: operation) {
    case .success(let values): variables = values
    case .failure(let problems): return failed(problems.errors)
    }
    let key = PreparedDocument.PlanKey(operation: operationIndex, variables: variables)
    let (types, plan, responseCapacity) = prepared.cached(key, schema: snapshot.schema)
    let executor = Executor(snapshot: snapshot, source: source, fragments: prepared.fragments, variables: variables, computed: computed,
                            types: types, responseCapacity: responseCapacity)
    let root = plan ?? executor.plan(snapshot.schema.queryType, [operation.selectionSet])
    if plan == nil { prepared.store(root, for: key, schema: snapshot.schema) }
    // `data` is written in place; only a response with errors, which come first, is copied.
    executor.writer.raw("{\"data\":")
    executor.executeQuery(root)
    executor.writer.byte(UInt8(ascii: "}"))
    prepared.noteResponseSize(executor.writer.count, hint: responseCapacity)
    if executor.errors.isEmpty { return GraphQLResponse(json: executor.writer.bytes, errors: [], executed: true) }
    var response = JSONWriter(capacity: executor.writer.count + 256)
    response.byte(UInt8(ascii: "{"))
    response.key("errors")
    response.errors(executor.errors)
    response.byte(UInt8(ascii: ","))
    response.appendBytes(executor.writer.bytes[1...])
    return GraphQLResponse(json: response.bytes, errors: executor.errors, executed: true)
}

func failed(_ errors: [GraphQLError]) -> GraphQLResponse {
    var writer = JSONWriter(capacity: 256)
    writer.byte(UInt8(ascii: "{"))
    writer.key("errors")
    writer.errors(errors)
    writer.byte(UInt8(ascii: "}"))
    return GraphQLResponse(json: writer.bytes, errors: errors, executed: false)
}

extension JSONWriter {
    /// The spec's error entries (§7.1.2): message, locations, path, extensions.code.
    public mutating func errors(_ errors: [GraphQLError]) {
        byte(UInt8(ascii: "["))
        for (index, error) in errors.enumerated() {
            if index > 0 { byte(UInt8(ascii: ",")) }
            byte(UInt8(ascii: "{"))
            key("message")
            string(error.message)
            if !error.locations.isEmpty {
                raw(",\"locations\":[")
                for (position, location) in error.locations.enumerated() {
                    if position > 0 { byte(UInt8(ascii: ",")) }
                    raw("{\"line\":")
                    int(location.line)
                    raw(",\"column\":")
                    int(location.column)
                    byte(UInt8(ascii: "}"))
                }
                byte(UInt8(ascii: "]"))
            }
            if let path = error.path {
                raw(",\"path\":[")
                for (position, component) in path.enumerated() {
                    if position > 0 { byte(UInt8(ascii: ",")) }
                    switch component {
                    case .key(let key): string(key)
                    case .index(let index): int(index)
                    }
                }
                byte(UInt8(ascii: "]"))
            }
            if let code = error.code {
                raw(",\"extensions\":{\"code\":")
                string(code)
                byte(UInt8(ascii: "}"))
            }
            byte(UInt8(ascii: "}"))
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends what another writer wrote.
    public mutating func append(_ other: borrowing JSONWriter) { appendBytes(other.bytes) }
}
