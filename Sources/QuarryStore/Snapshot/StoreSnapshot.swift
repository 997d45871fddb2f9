import Foundation
import QuarrySchema

/// An immutable view of the whole tree: the schema, every collection's documents and indexes,
/// and the problems of the load. A reload builds a new snapshot and swaps one reference;
/// readers keep the snapshot they started with and never see half of a change. A snapshot
/// derived by a reload shares all that did not change with the one before it (see
/// `CollectionData`), so building it costs what the change costs.
public final class StoreSnapshot: Sendable {
    public let schema: Schema
    public let layouts: SchemaLayouts
    /// Grows with every reload.
    public let generation: Int
    public let collections: [CollectionData]
    /// Problems of the load, in this order: files that cannot be read as data (symbolic links
    /// leaving the root, loops); then for each file in file order (collections in schema
    /// order, paths in code point order) its reading and typing problems and its duplicate
    /// ids; then every dangling reference, in file order.
    public let problems: [DataProblem]
    public let fileCount: Int
    public let byteCount: Int
    private let collectionOfType: [Int32]
    private let derivedValues = DerivedValues()

    init(schema: Schema, layouts: SchemaLayouts, generation: Int, collections: [CollectionData], problems: [DataProblem],
         fileCount: Int, byteCount: Int) {
        self.schema = schema
        self.layouts = layouts
        self.generation = generation
        self.collections = collections
        self.problems = problems
        self.fileCount = fileCount
        self.byteCount = byteCount
        var collectionOfType = [Int32](repeating: -1, count: schema.types.count)
        for (position, collection) in collections.enumerated() { collectionOfType[Int(collection.type.index)] = Int32(position) }
        self.collectionOfType = collectionOfType
    }

    /// A snapshot of a schema with no documents (introspection needs nothing more).
    public static func empty(schema: Schema) -> StoreSnapshot {
        let layouts = SchemaLayouts(schema: schema)
        let collections = schema.collections.map { CollectionBuilder(type: $0, layout: layouts[$0]!, sorted: [StoredDocument]()).snapshot() }
        return StoreSnapshot(schema: schema, layouts: layouts, generation: 0, collections: collections, problems: [],
                             fileCount: 0, byteCount: 0)
    }

    /// The same data under the next generation (the schema's errors changed, not the data).
    func nextGeneration() -> StoreSnapshot {
        StoreSnapshot(schema: schema, layouts: layouts, generation: generation + 1, collections: collections, problems: problems,
                      fileCount: fileCount, byteCount: byteCount)
    }

    /// The index in `collections` of a stored type's collection.
    public func collectionIndex(of type: TypeID) -> Int? {
        let position = collectionOfType[Int(type.index)]
        return position < 0 ? nil : Int(position)
    }

    /// The collection of a stored type.
    public func collection(_ type: TypeID) -> CollectionData? {
        let position = collectionOfType[Int(type.index)]
        return position < 0 ? nil : collections[Int(position)]
    }

    public var documentCount: Int { collections.reduce(0) { $0 + $1.documents.count } }

    /// A value derived from this snapshot (an index a computed field needs, such as units sold
    /// per product), computed once on first use and kept as long as the snapshot lives.
    public func derived<Value: Sendable>(_ key: String, _ build: () -> Value) -> Value {
        derivedValues.value(key, build)
    }
}

/// The derived values of one snapshot, behind a lock: computed fields may run on many threads.
/// Each value is kept in a class box, so that reading it back is a class cast rather than a
/// cast out of an existential: the engine asks for one on every request.
private final class DerivedValues: @unchecked Sendable {
    private let lock = NSLock()
    private var values: [String: AnyObject] = [:]

    private final class Box<Value>: @unchecked Sendable {
        let value: Value
        init(_ value: Value) { self.value = value }
    }

    func value<Value: Sendable>(_ key: String, _ build: () -> Value) -> Value {
        lock.lock()
        if let existing = values[key] as? Box<Value> {
            lock.unlock()
            return existing.value
        }
        lock.unlock()
        let built = build()
        lock.lock()
        values[key] = Box(built)
        lock.unlock()
        return built
    }
}
