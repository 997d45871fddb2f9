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
    private var entries: [Key: Entry] = [:]
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

    /// The query text and its source name, compared and hashed by their UTF-8 bytes: `String`'s
    /// own hashing normalises to NFC first, which cost more than the rest of a point lookup.
    /// Texts that differ only in normalisation are then different keys, a cache miss at worst.
    private struct Key: Hashable {
        let sourceName: String
        let query: String

        static func == (left: Key, right: Key) -> Bool {
            sameBytes(left.query, right.query) && sameBytes(left.sourceName, right.sourceName)
        }

        func hash(into hasher: inout Hasher) {
            Key.combine(query, into: &hasher)
            Key.combine(sourceName, into: &hasher)
        }

        /// Folds the bytes to one word, eight at a time, and lets the seeded `Hasher` mix only
        /// that word: SipHash over every byte of a query cost ~9 instructions a byte. Texts that
        /// fold alike share a bucket and are told apart by `==`; the cache's capacity bounds how
        /// many can.
        private static func combine(_ text: String, into hasher: inout Hasher) {
            let folded = text.utf8.withContiguousStorageIfAvailable { fold(UnsafeRawBufferPointer($0)) }
            hasher.combine(folded ?? Array(text.utf8).withUnsafeBytes(fold))
        }

        private static func fold(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
            let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15
            var state = UInt64(bytes.count)
            var offset = 0
            while offset + 8 <= bytes.count {
                state = (state ^ bytes.loadUnaligned(fromByteOffset: offset, as: UInt64.self)) &* multiplier
                state ^= state >> 29
                offset += 8
            }
            var tail: UInt64 = 0
            while offset < bytes.count {
                tail = tail << 8 | UInt64(bytes[offset])
                offset += 1
            }
            return (state ^ tail) &* multiplier
        }

        private static func sameBytes(_ left: String, _ right: String) -> Bool {
            let contiguous = left.utf8.withContiguousStorageIfAvailable { leftBytes in
                right.utf8.withContiguousStorageIfAvailable { rightBytes in
                    leftBytes.count == rightBytes.count
                        && (leftBytes.isEmpty || memcmp(leftBytes.baseAddress!, rightBytes.baseAddress!, leftBytes.count) == 0)
                }
            }
            return (contiguous ?? nil) ?? left.utf8.elementsEqual(right.utf8)
        }
    }

    init(capacity: Int) { self.capacity = capacity }

    func prepared(_ query: String, sourceName: String, schema: Schema) -> PreparedDocument {
        let key = Key(sourceName: sourceName, query: query)
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
