import QuarrySchema
import QuarryStore

/// What a compiled filter, sort key, aggregate or group reads a value from: a stored document
/// (its collection and position, which computed fields need) or an embedded value.
///
/// The values are borrowed, not copied: a scan over thousands of documents must not retain
/// and release each document's values, because every atomic reference count operation waits
/// for its cache miss, and the misses can then no longer overlap (measured 10–20× slower on a
/// 10 000-document filter). A subject lives only inside `withDocument`/`withEmbedded`.
struct Subject {
    let values: UnsafeBufferPointer<StoredValue>
    /// The collection index of a stored document, -1 for an embedded value.
    let collection: Int
    let position: Int32
}

/// Runs `body` on the document at `position` of `documents` (hoisted by the caller out of its
/// loop: reading it through a `CollectionData` per document copies the whole struct).
@inline(__always)
func withDocument<Result>(
    _ documents: DocumentTable, collection: Int, position: Int32, _ body: (Subject) throws(FieldFailure) -> Result
) throws(FieldFailure) -> Result {
    try documents[position].values.withUnsafeBufferPointer { (values) throws(FieldFailure) -> Result in
        try body(Subject(values: values, collection: collection, position: position))
    }
}

/// Runs `body` on an embedded value.
@inline(__always)
func withEmbedded<Result>(_ values: [StoredValue], _ body: (Subject) throws(FieldFailure) -> Result) throws(FieldFailure) -> Result {
    try values.withUnsafeBufferPointer { (values) throws(FieldFailure) -> Result in
        try body(Subject(values: values, collection: -1, position: -1))
    }
}

/// How one field of a type is read, decided once when a filter, sort or aggregate is compiled:
/// a slot of the type's `FieldLayout`, the Swift code of a computed field (SEMANTICS.md §8.7),
/// or nothing (a field the layout does not store reads as null).
enum ValueAccess {
    case slot(Int)
    /// The code and the memo of its values for the documents of the type's collection.
    case computed(key: String, ComputedFields.Resolver, ComputedColumn?)
    case absent
}

/// The values of one computed field for every document of its collection, computed on first
/// use and kept with the snapshot (values depend on the snapshot only, SEMANTICS.md §8.7): a
/// filter, a sort and aggregates over the field then call the code once per document per
/// snapshot, not per request. The code runs for every document once, so a failure is kept as
/// its message and reported where a request reads that document's value. The column holds no
/// reference to the snapshot (the snapshot keeps the column).
final class ComputedColumn: Sendable {
    /// By position; null at vacant positions.
    let values: [StoredValue]
    let failures: [Int32: String]

    init(snapshot: StoreSnapshot, collection: Int, resolver: ComputedFields.Resolver) {
        let data = snapshot.collections[collection]
        var values = [StoredValue](repeating: .null, count: data.positionLimit)
        var failures: [Int32: String] = [:]
        for position in data.documents.positions {
            do {
                values[Int(position)] = try resolver(ComputedInput(snapshot: snapshot, collection: collection, position: position))
            } catch let reason as FieldFailureReason {
                failures[position] = reason.message
            } catch {
                failures[position] = "\(error)"
            }
        }
        self.values = values
        self.failures = failures
    }

    /// The value at `position`, or the failure of the code there.
    @inline(__always)
    func value(at position: Int32) throws(FieldFailure) -> StoredValue {
        if !failures.isEmpty, let message = failures[position] { throw FieldFailure(message) }
        return Int(position) < values.count ? values[Int(position)] : .null
    }
}

/// The computed columns one request has looked up, by `Type.field` (the snapshot's lookup
/// takes a lock and casts; a request asks for the same column once per aggregate and group).
final class ComputedMemo {
    private var columns: [String: ComputedColumn] = [:]
    /// `access(named:of:)` answers: every group's aggregates ask for the same fields.
    var accesses: [AccessKey: (FieldDef, ValueAccess)?] = [:]

    struct AccessKey: Hashable {
        let type: TypeID
        let name: String
    }

    init() {}

    func column(_ key: String, snapshot: StoreSnapshot, collection: Int, computed: ComputedFields) -> ComputedColumn? {
        if let column = columns[key] { return column }
        guard let resolver = computed.resolvers[key] else { return nil }
        let column = snapshot.derived("QuarryExecution.ComputedColumn.\(key).\(computed.identity)") {
            ComputedColumn(snapshot: snapshot, collection: collection, resolver: resolver)
        }
        columns[key] = column
        return column
    }
}

/// A stored collection a compiled condition or key reaches through a `@ref` or `@reverse`.
struct Target {
    let index: Int
    let data: CollectionData
    /// The documents by position (hoisted: reading them through `data` per document copies it).
    let documents: DocumentTable

    init(index: Int, data: CollectionData) {
        self.index = index
        self.data = data
        self.documents = data.table
    }
}

/// Reads documents of one snapshot for the connection machinery: field accesses compiled
/// once per connection field, values read per document without looking names up.
struct DocumentReader {
    let snapshot: StoreSnapshot
    let computed: ComputedFields
    var memo = ComputedMemo()

    var schema: Schema { snapshot.schema }

    /// How to read `field` (the field at `index` of `type`).
    func access(_ field: FieldDef, at index: Int, of type: TypeID) throws(FieldFailure) -> ValueAccess {
        switch field.source {
        case .stored, .reference:
            guard let layout = snapshot.layouts[type], let slot = layout.slotOfField[index] else { return .absent }
            return .slot(slot)
        case .computed:
            let key = "\(schema[type].name).\(field.name)"
            guard let resolver = computed.resolvers[key] else {
                throw FieldFailure("No Swift code is registered for the computed field \(key).")
            }
            let column = snapshot.collectionIndex(of: type).flatMap { memo.column(key, snapshot: snapshot, collection: $0, computed: computed) }
            return .computed(key: key, resolver, column)
        case .reverse, .connection, .engine:
            return .absent
        }
    }

    /// How to read the field named `name` of `type`; nil when the type has no such field.
    func access(named name: String, of type: TypeID) throws(FieldFailure) -> (FieldDef, ValueAccess)? {
        let key = ComputedMemo.AccessKey(type: type, name: name)
        if let known = memo.accesses[key] { return known }
        guard let index = schema[type].fieldIndex(named: name) else { return nil }
        let field = schema[type].fields[index]
        let found = (field, try access(field, at: index, of: type))
        memo.accesses[key] = found
        return found
    }

    /// The collection of a stored type.
    func target(_ type: TypeID) -> Target? {
        guard let index = snapshot.collections.firstIndex(where: { $0.type == type }) else { return nil }
        return Target(index: index, data: snapshot.collections[index])
    }

    @inline(__always)
    func read(_ access: ValueAccess, _ subject: Subject) throws(FieldFailure) -> StoredValue {
        switch access {
        case .slot(let slot): return slot < subject.values.count ? subject.values[slot] : .null
        case .absent: return .null
        case .computed(_, let resolver, let column):
            guard subject.collection >= 0 else { return .null }
            if let column { return try column.value(at: subject.position) }
            do {
                return try resolver(ComputedInput(snapshot: snapshot, collection: subject.collection, position: subject.position))
            } catch let reason as FieldFailureReason {
                throw FieldFailure(reason.message)
            } catch {
                throw FieldFailure("\(error)")
            }
        }
    }

    /// The value of a field of the document at `position`, read in place: the hot loops over
    /// whole collections (scans, sort keys, aggregates, groups) use this rather than a
    /// `Subject`, so that no reference count is touched per document.
    @inline(__always)
    func value(_ access: ValueAccess, in documents: DocumentTable, collection: Int, position: Int32)
        throws(FieldFailure) -> StoredValue
    {
        switch access {
        case .slot(let slot):
            return slot < documents[position].values.count ? documents[position].values[slot] : .null
        case .absent:
            return .null
        case .computed(_, _, let column?):
            return try column.value(at: position)
        case .computed:
            return try withDocument(documents, collection: collection, position: position) {
                (subject) throws(FieldFailure) -> StoredValue in try read(access, subject)
            }
        }
    }

    /// Reads the slot of every document in a loop that touches no reference count, so that
    /// the processor overlaps the cache misses of the scattered documents; the pass that
    /// follows (which copies strings, hashes, retains) then finds them in cache.
    @inline(never)
    func warm(_ documents: DocumentTable, _ positions: [Int32], slot: Int) -> Int {
        var nulls = 0
        for position in positions where slot < documents[position].values.count {
            if case .null = documents[position].values[slot] { nulls += 1 }
        }
        return nulls
    }

    /// The position of the document a `@ref` value names, nil when null or dangling
    /// (SEMANTICS.md §1.6).
    @inline(__always)
    func follow(_ value: StoredValue, into target: Target) -> Int32? {
        guard case .reference(let id) = value else { return nil }
        return target.data.position(of: id)
    }
}
