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

    /// Runs a query; the response's `json` is deterministic (keys in selection order).
    public func execute(_ query: String, variables: [String: JSONValue] = [:], operationName: String? = nil) -> GraphQLResponse {
        QuarryExecution.execute(
            GraphQLRequest(query: query, operationName: operationName, variables: variables), on: snapshot,
            computed: computedFields)
    }

    public func execute(_ request: GraphQLRequest) -> GraphQLResponse {
        QuarryExecution.execute(request, on: snapshot, computed: computedFields)
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
