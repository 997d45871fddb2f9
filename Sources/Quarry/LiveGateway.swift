import Foundation
import QuarryExecution
import QuarryLanguage
import QuarrySchema
import QuarryStore

/// A root served live (PRODUCT.md §8, SEMANTICS.md §13.3): every request runs on the snapshot
/// that is current when it starts and keeps it to the end, while the `LiveStore` swaps in new
/// ones as files change. Documents are admitted by the gateway's `QueryLimits`, then parsed and
/// validated once per schema and reused by later requests with the same text.
public final class LiveGateway: Sendable {
    public let store: LiveStore
    public let computedFields: ComputedFields
    public let limits: QueryLimits
    private let documents = AdmittedDocuments(capacity: 1024)

    public init(store: LiveStore, limits: QueryLimits = QueryLimits(), computedFields: ComputedFields = .s2b2c) {
        self.store = store
        self.limits = limits
        self.computedFields = computedFields
    }

    /// Opens `root` and, unless `watch` is `.off`, watches it. Throws the schema's problems.
    public convenience init(root: URL, watch: LiveStore.WatchMode = .automatic, limits: QueryLimits = QueryLimits(),
                            computedFields: ComputedFields = .s2b2c, progress: (@Sendable (Int, Int) -> Void)? = nil) throws {
        self.init(store: try LiveStore(root: root, options: LiveStore.Options(watch: watch), progress: progress), limits: limits,
                  computedFields: computedFields)
    }

    /// The snapshot to serve now.
    public var snapshot: StoreSnapshot { store.current }

    /// A document as a request gets it: refused by a limit, or prepared (possibly with parse or
    /// validation errors, which `execute` reports).
    public enum Admission: Sendable {
        case refused(GraphQLResponse)
        case admitted(PreparedDocument)
    }

    /// Admits and prepares `query` for the schema of `snapshot`.
    public func admit(_ query: String, for snapshot: StoreSnapshot) -> Admission {
        // Checked before any hashing, so an oversized text costs only its length.
        if query.utf8.count > limits.maxQueryBytes, let refusal = limits.refusal(of: Source(query)) {
            return .refused(.refused([refusal]))
        }
        return documents.admission(query, schema: snapshot.schema) {
            let source = Source(query)
            if let refusal = limits.refusal(of: source) { return .refused(.refused([refusal])) }
            return .admitted(PreparedDocument(query: query, schema: snapshot.schema))
        }
    }

    /// Runs a prepared document on `snapshot`.
    public func execute(_ document: PreparedDocument, operationName: String?, variables: [String: JSONValue],
                        on snapshot: StoreSnapshot) -> GraphQLResponse {
        QuarryExecution.execute(document, operationName: operationName, variables: variables, on: snapshot,
                                computed: computedFields)
    }

    /// Runs a request on the current snapshot, limits applied.
    public func execute(_ request: GraphQLRequest) -> GraphQLResponse {
        let snapshot = self.snapshot
        switch admit(request.query, for: snapshot) {
        case .refused(let response): return response
        case .admitted(let document):
            return execute(document, operationName: request.operationName, variables: request.variables, on: snapshot)
        }
    }
}

/// Admissions by query text (keyed by its UTF-8 bytes, `QueryTextKey`) for the schema being
/// served. A new schema starts an empty cache (its documents validate differently); when full,
/// the cache starts over, which keeps a flood of distinct texts from costing more than one
/// preparation each.
final class AdmittedDocuments: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var schema: ObjectIdentifier?
    private var entries: [QueryTextKey: LiveGateway.Admission] = [:]

    init(capacity: Int) { self.capacity = capacity }

    func admission(_ query: String, schema: Schema, prepare: () -> LiveGateway.Admission) -> LiveGateway.Admission {
        let id = ObjectIdentifier(schema)
        let key = QueryTextKey(query: query)
        lock.lock()
        if self.schema == id, let known = entries[key] {
            lock.unlock()
            return known
        }
        lock.unlock()
        let admission = prepare()
        lock.lock()
        if self.schema != id {
            self.schema = id
            entries = [:]
        } else if entries.count >= capacity {
            entries = [:]
        }
        entries[key] = admission
        lock.unlock()
        return admission
    }
}
