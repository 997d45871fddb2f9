import Foundation
import QuarryExecution
import QuarrySchema

/// A root given in memory (PRODUCT.md §9): SDL texts and data files, for a user's own tests.
///
///     let gateway = try Gateway(schema: [sdl], documents: ["orders": [#"{"id": "o-1", "total": "9.50"}"#]])
///
/// The files are written to a private temporary folder, loaded exactly as `Gateway(root:)`
/// loads a folder, and removed: an in-memory root is typed, indexed and checked by the same
/// code as a real one, and its problems name the same kind of paths (`data/orders/1.json`).
public struct InMemoryRoot: Sendable {
    /// Files by path relative to the root: `schema/*.graphql`, `data/<collection>/…`.
    public var files: [(path: String, text: String)] = []

    public init() {}

    /// SDL texts, each its own file (`schema/1.graphql`, …), and documents by collection folder
    /// (the `@collection` path, e.g. `orders`), each a YAML or JSON text (a JSON text starts
    /// with `{` or `[`) holding one document, a list of documents or a YAML stream.
    public init(schema: [String], documents: [String: [String]] = [:]) {
        for (index, text) in schema.enumerated() { add("schema/\(index + 1).graphql", text) }
        for collection in documents.keys.sorted() {
            for (index, text) in documents[collection]!.enumerated() {
                let first = text.first { !$0.isWhitespace }
                add("data/\(collection)/\(index + 1).\(first == "{" || first == "[" ? "json" : "yaml")", text)
            }
        }
    }

    /// Adds a file at `path` relative to the root, e.g. `data/orders/2025/o-1.yaml`.
    public mutating func add(_ path: String, _ text: String) { files.append((path, text)) }

    /// Writes the files under a new temporary folder, calls `body` with it, then removes it.
    func withFolder<T>(_ body: (URL) throws -> T) throws -> T {
        let manager = FileManager.default
        let folder = manager.temporaryDirectory.appendingPathComponent("quarry-memory-\(UUID().uuidString)", isDirectory: true)
        defer { try? manager.removeItem(at: folder) }
        try manager.createDirectory(at: folder.appendingPathComponent("schema"), withIntermediateDirectories: true)
        try manager.createDirectory(at: folder.appendingPathComponent("data"), withIntermediateDirectories: true)
        for (path, text) in files {
            guard !path.split(separator: "/").contains("..") else { throw InMemoryRootError(path: path) }
            let file = folder.appendingPathComponent(path)
            try manager.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(text.utf8).write(to: file)
        }
        return try body(folder)
    }
}

/// A file path of an in-memory root that would leave the root.
public struct InMemoryRootError: Error, Sendable, CustomStringConvertible {
    public let path: String
    public var description: String { "\(path): an in-memory root's paths stay inside it." }
}

extension Gateway {
    /// A gateway over SDL texts and documents given in memory (see `InMemoryRoot`). Throws the
    /// schema's problems (`SchemaErrors`) like `Gateway(root:)`; data problems are in
    /// `snapshot.problems`.
    public convenience init(schema: [String], documents: [String: [String]] = [:], computedFields: ComputedFields = .s2b2c) throws {
        try self.init(InMemoryRoot(schema: schema, documents: documents), computedFields: computedFields)
    }

    /// A gateway over an in-memory root.
    public convenience init(_ root: InMemoryRoot, computedFields: ComputedFields = .s2b2c) throws {
        let snapshot = try root.withFolder { folder in try Gateway(root: folder, computedFields: computedFields).snapshot }
        self.init(snapshot: snapshot, computedFields: computedFields)
    }
}
