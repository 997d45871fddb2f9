import Foundation
import QuarryExecution
import QuarryLanguage
import QuarrySchema
import QuarryStore

/// The library API (PRODUCT.md §9): open a root, or build one from in-memory SDL and documents,
/// and execute queries against its current snapshot. The command line and the server are thin
/// layers over this type.
public final class Gateway: Sendable {
    public let snapshot: StoreSnapshot
    public let computedFields: ComputedFields

    /// Opens a root folder holding `schema/` and `data/`. Throws the schema's problems; data
    /// problems are in `snapshot.problems` and never stop the gateway from serving.
    public convenience init(root: URL, computedFields: ComputedFields = .s2b2c) throws(SchemaErrors) {
        let files: [Source]
        do {
            files = try SchemaFiles.read(root: root)
        } catch let error as SchemaErrors {
            throw error
        } catch {
            throw SchemaErrors(errors: [SchemaError(file: "schema", line: 1, column: 1, message: "\(error)")])
        }
        let schema = try ServedSchema.build(files: files)
        self.init(snapshot: StoreLoader.load(root: root, schema: schema), computedFields: computedFields)
    }

    public init(snapshot: StoreSnapshot, computedFields: ComputedFields = .s2b2c) {
        self.snapshot = snapshot
        self.computedFields = computedFields
    }

    private let documents = DocumentCache(capacity: 512)

    /// Runs a query; the response's `json` is deterministic (keys in selection order).
    public func execute(_ query: String, variables: [String: JSONValue] = [:], operationName: String? = nil) -> GraphQLResponse {
        execute(GraphQLRequest(query: query, operationName: operationName, variables: variables))
    }

    /// Runs a request. Its document is parsed and validated once and reused by every later
    /// request with the same text.
    public func execute(_ request: GraphQLRequest) -> GraphQLResponse {
        let prepared = documents.prepared(request.query, sourceName: request.sourceName, schema: snapshot.schema)
        return QuarryExecution.execute(
            prepared, operationName: request.operationName, variables: request.variables, on: snapshot, computed: computedFields)
    }
}

extension ComputedFields {
    /// The computed fields of the bundled S2B2C schema.
    public static var s2b2c: ComputedFields {
        var fields = ComputedFields()
        S2B2CComputedFields.register(into: &fields)
        return fields
    }
}

/// Prepared documents by query text, for one schema. When full, the oldest half is dropped.
final class DocumentCache: @unchecked Sendable {
    private let capacity: Int
    private let lock = NSLock()
    private var entries: [QueryTextKey: Entry] = [:]
    private var clock = 0

    /// A cached document and when it was last used; a class so that a hit updates its age in
    /// place instead of hashing the query text a second time to store it back.
    private final class Entry {
        let document: PreparedDocument
        var age: Int
        init(document: PreparedDocument, age: Int) {
            self.document = document
            self.age = age
        }
    }

    init(capacity: Int) { self.capacity = capacity }

    func prepared(_ query: String, sourceName: String, schema: Schema) -> PreparedDocument {
        let key = QueryTextKey(query: query, sourceName: sourceName)
        lock.lock()
        clock += 1
        if let hit = entries[key] {
            hit.age = clock
            lock.unlock()
            return hit.document
        }
        lock.unlock()
        let document = PreparedDocument(query: query, sourceName: sourceName, schema: schema)
        lock.lock()
        if entries.count >= capacity {
            let cutoff = entries.values.map(\.age).sorted()[entries.count / 2]
            entries = entries.filter { $0.value.age > cutoff }
        }
        entries[key] = Entry(document: document, age: clock)
        lock.unlock()
        return document
    }
}
